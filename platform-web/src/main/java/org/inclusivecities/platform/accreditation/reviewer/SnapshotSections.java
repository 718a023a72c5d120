package org.inclusivecities.platform.accreditation.reviewer;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.inclusivecities.platform.layout.EnumLabels;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.plan.AttendeeGroup;
import org.inclusivecities.platform.plan.CouncilMember;
import org.inclusivecities.platform.plan.CouncilProfile;
import org.inclusivecities.platform.plan.EngagementLevel;
import org.inclusivecities.platform.plan.GoalTerm;
import org.inclusivecities.platform.plan.Level;
import org.inclusivecities.platform.plan.Recurrence;
import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.plan.monitoring.Frequency;

/**
 * Turns the frozen plan (an opaque document) into readable sections for reviewers: the known plan parts first,
 * anything else the snapshot holds after them. Technical fields and personal identifiers are left out, and a
 * council member's name and organisation only show while the member's consent to be named to the network is in force
 * (asked at each rendering, {@code named}: so a withdrawal after the plan was frozen reaches the reviewers too).
 */
final class SnapshotSections {

	private static final List<String> ORDER = List.of("mission", "council", "goals", "baseline", "activities",
			"kickoff", "communication", "monitoring", "indicators", "evidence");

	private static final Set<String> HIDDEN = Set.of("_class", "_id", "id", "personId", "namePublic", "latitude",
			"longitude");

	private static final String ENUM = "[A-Z][A-Z0-9_]+";

	/** The enum of the fields of the frozen plan that hold constants, by field name. */
	private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.ofEntries(
			Map.entry("influence", Level.class), Map.entry("interest", Level.class),
			Map.entry("engagement", EngagementLevel.class), Map.entry("sector", Sector.class),
			Map.entry("profile", CouncilProfile.class), Map.entry("type", ActivityType.class),
			Map.entry("aims", Aim.class), Map.entry("group", AttendeeGroup.class), Map.entry("term", GoalTerm.class),
			Map.entry("recurrence", Recurrence.class), Map.entry("frequency", Frequency.class));

	private SnapshotSections() {
	}

	/** One part of the plan: fields about the part itself, then repeated items (members, activities...). */
	record Section(String key, List<Field> fields, List<Group> groups) {

		public String titleKey() {
			return "plan.part." + key;
		}

		public String fallbackTitle() {
			return humanise(key);
		}

	}

	/** The repeated entries of one list of a part (council members, activities...). */
	record Group(String listKey, List<Item> items) {

		public String labelKey() {
			return "reviewer.plan.list." + listKey;
		}

		public String fallbackLabel() {
			return humanise(listKey);
		}

	}

	/** One repeated entry. */
	record Item(String listKey, List<Field> fields) {
	}

	/**
	 * A label and its value; {@code link} when the value is a web address (evidence); {@code valueKey} a message
	 * key for the value; {@code constants} when the value is one or more constants of a plan enum (shown through
	 * {@code @labels}).
	 */
	record Field(String key, String value, boolean link, String valueKey, List<Enum<?>> constants, LocalDate day) {

		Field(String key, String value, boolean link, String valueKey) {
			this(key, value, link, valueKey, List.of(), null);
		}

		/** Shown as it is: not a message, constants or a day. */
		public boolean plain() {
			return valueKey == null && constants.isEmpty() && day == null;
		}

		public String labelKey() {
			int dot = key.indexOf('.');
			return "plan.field." + (dot < 0 ? key : key.substring(0, dot));
		}

		public String fallbackLabel() {
			return humanise(key);
		}

	}

	static List<Section> of(Map<String, Object> document, Predicate<String> named) {
		Map<String, Object> ordered = new LinkedHashMap<>();
		ORDER.stream().filter(document::containsKey).forEach(k -> ordered.put(k, document.get(k)));
		document.forEach(ordered::putIfAbsent);
		List<Section> sections = new ArrayList<>();
		ordered.forEach((key, value) -> {
			if (HIDDEN.contains(key) || value == null) {
				return;
			}
			List<Field> fields = new ArrayList<>();
			List<Item> items = new ArrayList<>();
			if (value instanceof Map<?, ?> map) {
				collect(map, fields, items, named);
			}
			else if (value instanceof List<?> list) {
				list.forEach(element -> item(key, element, items, named));
			}
			else {
				field(key, value, "", fields);
			}
			Map<String, List<Item>> grouped = new LinkedHashMap<>();
			items.forEach(i -> grouped.computeIfAbsent(i.listKey(), k -> new ArrayList<>()).add(i));
			List<Group> groups = grouped.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
			if (!fields.isEmpty() || !groups.isEmpty()) {
				sections.add(new Section(key, fields, groups));
			}
		});
		return sections;
	}

	private static void collect(Map<?, ?> map, List<Field> fields, List<Item> items, Predicate<String> named) {
		map.forEach((k, v) -> {
			String key = String.valueOf(k);
			if (HIDDEN.contains(key) || v == null) {
				return;
			}
			if (v instanceof List<?> list && list.stream().anyMatch(e -> e instanceof Map)) {
				list.forEach(element -> item(key, element, items, named));
			}
			else {
				field(key, v, "", fields);
			}
		});
	}

	private static void item(String listKey, Object element, List<Item> items, Predicate<String> named) {
		List<Field> fields = new ArrayList<>();
		if (element instanceof Map<?, ?> map) {
			boolean withheld = "members".equals(listKey) && !named.test(memberId(map));
			map.forEach((k, v) -> {
				String key = String.valueOf(k);
				if (withheld && key.equals("name")) {
					fields.add(new Field("name", "", false, "reviewer.plan.nameWithheld"));
				}
				else if (withheld && key.equals("organisation")) {
					return;
				}
				else if (!HIDDEN.contains(key) && v != null) {
					field(key, v, "", fields);
				}
			});
		}
		else if (element != null) {
			field(listKey, element, "", fields);
		}
		if (!fields.isEmpty()) {
			items.add(new Item(listKey, fields));
		}
	}

	/** A council member's id, also for members frozen before members had one. */
	private static String memberId(Map<?, ?> member) {
		Object id = member.get("id");
		return id instanceof String s ? s
				: CouncilMember.legacyId(String.valueOf(member.get("name")),
						member.get("organisation") == null ? null : String.valueOf(member.get("organisation")),
						String.valueOf(member.get("profile")));
	}

	private static void field(String key, Object value, String prefix, List<Field> fields) {
		String name = prefix.isEmpty() ? key : prefix + "." + key;
		if (value instanceof Map<?, ?> nested) {
			nested.forEach((k, v) -> {
				if (!HIDDEN.contains(String.valueOf(k)) && v != null) {
					field(String.valueOf(k), v, name, fields);
				}
			});
			return;
		}
		if (value instanceof Boolean flag) {
			fields.add(new Field(name, "", false, flag ? "reviewer.plan.yes" : "reviewer.plan.no"));
			return;
		}
		List<Enum<?>> constants = constants(name.substring(name.lastIndexOf('.') + 1), value);
		if (!constants.isEmpty()) {
			fields.add(new Field(name, humanise(String.valueOf(value)), false, null, constants, null));
			return;
		}
		if (value instanceof Date date) {
			LocalDate day = date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
			fields.add(new Field(name, day.toString(), false, null, List.of(), day));
			return;
		}
		if (value instanceof String code && code.matches(ENUM)) {
			fields.add(new Field(name, humanise(code), false, "plan." + name.substring(name.lastIndexOf('.') + 1) + "." + code));
			return;
		}
		String text = text(value);
		if (!text.isBlank()) {
			boolean link = text.startsWith("https://") || text.startsWith("http://");
			fields.add(new Field(name, text, link, null));
		}
	}

	/** The constants a field of a known enum holds (one, or a list such as the aims); empty otherwise. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static List<Enum<?>> constants(String field, Object value) {
		Class type = ENUMS.get(field);
		if (type == null) {
			return List.of();
		}
		List<?> codes = value instanceof List<?> list ? list : List.of(value);
		List<Enum<?>> constants = new ArrayList<>();
		for (Object code : codes) {
			Optional<Enum<?>> constant = EnumLabels.constant(type, String.valueOf(code));
			if (constant.isEmpty()) {
				return List.of();
			}
			constants.add(constant.get());
		}
		return constants;
	}

	private static String text(Object value) {
		if (value instanceof Date date) {
			return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
		}
		if (value instanceof List<?> list) {
			return String.join(", ", list.stream().map(SnapshotSections::text).toList());
		}
		String text = String.valueOf(value);
		return text.matches(ENUM) ? humanise(text) : text;
	}

	/** {@code livedExperience} → "Lived experience", {@code SHORT_TERM} → "Short term". */
	static String humanise(String key) {
		String last = key.substring(key.lastIndexOf('.') + 1);
		String words = last.contains("_") || last.equals(last.toUpperCase(Locale.ROOT))
				? last.replace('_', ' ').toLowerCase(Locale.ROOT)
				: last.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
