package org.inclusivecities.platform.plan.web;

import java.util.Arrays;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.inclusivecities.platform.plan.Activity;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.plan.CommunicationRow;
import org.inclusivecities.platform.plan.ConsentBasis;
import org.inclusivecities.platform.plan.CouncilConsentScope;
import org.inclusivecities.platform.plan.CouncilMember;
import org.inclusivecities.platform.plan.CouncilProfile;
import org.inclusivecities.platform.plan.EngagementLevel;
import org.inclusivecities.platform.plan.Goal;
import org.inclusivecities.platform.plan.GoalTerm;
import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.KickOff;
import org.inclusivecities.platform.plan.Attendance;
import org.inclusivecities.platform.plan.AttendeeGroup;
import org.inclusivecities.platform.plan.Level;
import org.inclusivecities.platform.plan.Mission;
import org.inclusivecities.platform.plan.Place;
import org.inclusivecities.platform.plan.Practice;
import org.inclusivecities.platform.plan.Recurrence;
import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.plan.Stakeholder;

import org.springframework.validation.BindingResult;

/**
 * The form records of the plan pages: text only (bound from requests; documents are never bound). {@code check}
 * lists every missing or unreadable field at once; {@code to…} builds the domain value (which adds its own rules).
 */
final class Forms {

	private Forms() {
	}

	/**
	 * {@code personId}: optionally, the member's own account on the platform (a member of this city); {@code consent}:
	 * the scope the member agreed to be named for ({@link CouncilConsentScope}), blank when they did not, with how
	 * and when they gave it.
	 */
	record MemberForm(String name, String organisation, String profile, String personId, String consent, String basis,
			String givenOn) {
		static final MemberForm EMPTY = new MemberForm(null, null, null, null, null, null, null);

		void check(BindingResult errors, LocalDate today) {
			Parse.required(errors, "name", name);
			Parse.check(errors, () -> Parse.choice("profile", profile, CouncilProfile.class));
			Parse.required(errors, "profile", profile);
			Parse.check(errors, () -> Parse.choice("consent", consent, CouncilConsentScope.class));
			if (consent != null && !consent.isBlank()) {
				consentForm().check(errors, today, "consent");
			}
		}

		CouncilMember toMember() {
			return CouncilMember.create(name, organisation, Parse.choice("profile", profile, CouncilProfile.class),
					personId == null || personId.isBlank() ? null : personId);
		}

		/** The consent given with the member, if any. */
		Optional<ConsentForm> given() {
			return consent == null || consent.isBlank() ? Optional.empty() : Optional.of(consentForm());
		}

		private ConsentForm consentForm() {
			return new ConsentForm(consent, basis, givenOn);
		}
	}

	/** A council member's consent to be named: the scope, how it was given (not by themselves) and on which date. */
	record ConsentForm(String scope, String basis, String givenOn) {
		static final ConsentForm EMPTY = new ConsentForm(null, null, null);

		/** The bases someone may record on a member's behalf; a member's own choice is recorded as such. */
		static final List<ConsentBasis> RECORDED_BASES = List.of(ConsentBasis.IN_WRITING, ConsentBasis.IN_PERSON);

		/** {@code scopeField}: the form's name of the scope field ({@code consent} on the member form). */
		void check(BindingResult errors, LocalDate today, String scopeField) {
			checkScope(errors, scopeField);
			Parse.required(errors, "basis", basis);
			Parse.check(errors, () -> {
				ConsentBasis chosen = Parse.choice("basis", basis, ConsentBasis.class);
				if (chosen != null && !RECORDED_BASES.contains(chosen)) {
					throw new InvalidPlanContent("basis", "plan.error.choice");
				}
			});
			Parse.required(errors, "givenOn", givenOn);
			Parse.check(errors, () -> {
				LocalDate date = Parse.date("givenOn", givenOn);
				if (date != null && (date.isAfter(today) || date.getYear() < 2000)) {
					throw new InvalidPlanContent("givenOn", "plan.consent.error.givenOn");
				}
			});
		}

		void checkScope(BindingResult errors, String scopeField) {
			Parse.required(errors, scopeField, scope);
			Parse.check(errors, () -> Parse.choice(scopeField, scope, CouncilConsentScope.class));
		}

		CouncilConsentScope toScope() {
			return Parse.choice("scope", scope, CouncilConsentScope.class);
		}

		ConsentBasis toBasis() {
			return Parse.choice("basis", basis, ConsentBasis.class);
		}

		LocalDate toGivenOn() {
			return Parse.date("givenOn", givenOn);
		}
	}

	record MissionForm(String mission, String vision) {
		static MissionForm of(Mission mission) {
			return new MissionForm(mission.mission(), mission.vision());
		}

		Mission toMission() {
			return new Mission(mission, vision);
		}
	}

	record GoalForm(String text, String term, String targetDate) {
		static final GoalForm EMPTY = new GoalForm(null, null, null);

		static GoalForm of(Goal goal) {
			return new GoalForm(goal.text(), goal.term().name(),
					goal.targetDate() == null ? null : goal.targetDate().toString());
		}

		void check(BindingResult errors) {
			Parse.required(errors, "text", text);
			Parse.check(errors, () -> Parse.choice("term", term, GoalTerm.class));
			Parse.required(errors, "term", term);
			Parse.check(errors, () -> Parse.date("targetDate", targetDate));
		}

		Goal toGoal() {
			return new Goal(text, Parse.choice("term", term, GoalTerm.class), Parse.date("targetDate", targetDate));
		}
	}

	/** {@code practiceSector}, not {@code sector}: the stakeholder form on the same page has a sector field. */
	record PracticeForm(String practiceSector, String existing, String gaps) {
		static final PracticeForm EMPTY = new PracticeForm(null, null, null);

		static PracticeForm of(Practice practice) {
			return new PracticeForm(practice.sector().name(), practice.existing(), practice.gaps());
		}

		void check(BindingResult errors) {
			Parse.check(errors, () -> Parse.choice("practiceSector", practiceSector, Sector.class));
			Parse.required(errors, "practiceSector", practiceSector);
		}

		Practice toPractice() {
			return new Practice(Parse.choice("practiceSector", practiceSector, Sector.class), existing, gaps);
		}
	}

	record StakeholderForm(String organisation, String sector, String role, String influence, String interest,
			String engagement) {
		static final StakeholderForm EMPTY = new StakeholderForm(null, null, null, null, null, null);

		static StakeholderForm of(Stakeholder s) {
			return new StakeholderForm(s.organisation(), s.sector() == null ? null : s.sector().name(), s.role(),
					s.influence().name(), s.interest().name(), s.engagement().name());
		}

		void check(BindingResult errors) {
			Parse.required(errors, "organisation", organisation);
			Parse.check(errors, () -> Parse.choice("sector", sector, Sector.class));
			for (String[] level : new String[][] { { "influence", influence }, { "interest", interest } }) {
				Parse.check(errors, () -> Parse.choice(level[0], level[1], Level.class));
				Parse.required(errors, level[0], level[1]);
			}
			Parse.check(errors, () -> Parse.choice("engagement", engagement, EngagementLevel.class));
			Parse.required(errors, "engagement", engagement);
		}

		Stakeholder toStakeholder() {
			return new Stakeholder(organisation, Parse.choice("sector", sector, Sector.class), role,
					Parse.choice("influence", influence, Level.class), Parse.choice("interest", interest, Level.class),
					Parse.choice("engagement", engagement, EngagementLevel.class));
		}
	}

	record ActivityForm(String title, String type, String startDate, String endDate, String place, String latitude,
			String longitude, List<String> aims, String partners, String coDefined, String publicActivity,
			String startTime, String endTime, String recurrence, String repeatUntil, String description) {
		static final ActivityForm EMPTY = new ActivityForm(null, null, null, null, null, null, null, List.of(), null,
				null, "true", null, null, null, null, null);

		void check(BindingResult errors) {
			Parse.required(errors, "title", title);
			Parse.check(errors, () -> Parse.choice("type", type, ActivityType.class));
			Parse.required(errors, "type", type);
			Parse.check(errors, () -> Parse.date("startDate", startDate));
			Parse.required(errors, "startDate", startDate);
			Parse.check(errors, () -> Parse.date("endDate", endDate));
			Parse.required(errors, "place", place);
			Parse.check(errors, () -> Parse.number("latitude", latitude));
			Parse.check(errors, () -> Parse.number("longitude", longitude));
			Parse.check(errors, () -> Parse.choices("aims", aims, Aim.class));
			if (aims == null || aims.isEmpty()) {
				errors.rejectValue("aims", "plan.error.aimsRequired");
			}
			Parse.check(errors, () -> Parse.time("startTime", startTime));
			Parse.check(errors, () -> Parse.time("endTime", endTime));
			Parse.check(errors, () -> parsedRecurrence());
			Parse.check(errors, () -> Parse.date("repeatUntil", repeatUntil));
		}

		private Recurrence parsedRecurrence() {
			return recurrence == null || recurrence.isBlank() ? Recurrence.NONE
					: Parse.choice("recurrence", recurrence, Recurrence.class);
		}

		Activity toActivity() {
			if (place == null || place.isBlank()) {
				throw new InvalidPlanContent("place", "plan.error.required");
			}
			List<String> partnerList = partners == null ? List.of()
					: Arrays.stream(partners.split("[,\\n]")).map(String::strip).filter(p -> !p.isEmpty()).toList();
			return new Activity(null, title, Parse.choice("type", type, ActivityType.class),
					Parse.date("startDate", startDate), Parse.date("endDate", endDate),
					new Place(place, Parse.number("latitude", latitude), Parse.number("longitude", longitude)),
					Parse.choices("aims", aims, Aim.class), partnerList, Parse.yes(coDefined), Parse.yes(publicActivity),
					Parse.time("startTime", startTime), Parse.time("endTime", endTime), parsedRecurrence(),
					Parse.date("repeatUntil", repeatUntil), description);
		}

		public boolean hasAim(Aim aim) {
			return aims != null && aims.contains(aim.name());
		}
	}

	/**
	 * The kick-off form: one count field per stakeholder group, named after the group ({@link #GROUPS}), so that
	 * every field merges on its own.
	 */
	record KickOffForm(String date, String place, String stakeholdersInvited, String peopleInRecovery, String families,
			String employment, String housing, String welfare, String health, String education, String culture,
			String justice, String policy, String other, String outcomeNotes, String followUp) {

		/** The count fields, in the order of the groups. */
		static final java.util.Map<String, AttendeeGroup> GROUPS = groups();

		private static java.util.Map<String, AttendeeGroup> groups() {
			java.util.Map<String, AttendeeGroup> groups = new java.util.LinkedHashMap<>();
			for (AttendeeGroup group : AttendeeGroup.values()) {
				String[] words = group.name().toLowerCase(java.util.Locale.ROOT).split("_");
				StringBuilder field = new StringBuilder(words[0]);
				for (int i = 1; i < words.length; i++) {
					field.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
				}
				groups.put(field.toString(), group);
			}
			return java.util.Collections.unmodifiableMap(groups);
		}

		static KickOffForm of(KickOff k) {
			java.util.Map<String, String> values = new java.util.HashMap<>();
			values.put("date", k.date() == null ? null : k.date().toString());
			values.put("place", k.place());
			values.put("stakeholdersInvited", k.stakeholdersInvited());
			GROUPS.forEach((field, group) -> values.put(field,
					k.attendees(group) == 0 ? null : String.valueOf(k.attendees(group))));
			values.put("outcomeNotes", k.outcomeNotes());
			values.put("followUp", k.followUp());
			return FieldForms.build(KickOffForm.class, values);
		}

		void check(BindingResult errors) {
			Parse.check(errors, () -> Parse.date("date", date));
			java.util.Map<String, String> values = FieldForms.values(this);
			GROUPS.keySet().forEach(field -> Parse.check(errors, () -> count(field, values.get(field))));
		}

		KickOff toKickOff() {
			java.util.Map<String, String> values = FieldForms.values(this);
			List<Attendance> attendance = new java.util.ArrayList<>();
			GROUPS.forEach((field, group) -> {
				Integer count = count(field, values.get(field));
				if (count != null && count > 0) {
					attendance.add(new Attendance(group, count));
				}
			});
			return new KickOff(Parse.date("date", date), place, stakeholdersInvited, attendance, outcomeNotes,
					followUp);
		}

		private static Integer count(String field, String text) {
			Integer count = Parse.whole(field, text);
			if (count != null && (count < 0 || count > 100_000)) {
				throw new InvalidPlanContent(field, count < 0 ? "plan.error.negative" : "plan.error.tooLargeCount");
			}
			return count;
		}
	}

	/** A task on a plan part (fields named apart from the part's own form on the same page). */
	record TaskForm(String taskTitle, String taskAssignee, String taskDueBy) {
		static final TaskForm EMPTY = new TaskForm(null, null, null);

		void check(BindingResult errors) {
			Parse.required(errors, "taskTitle", taskTitle);
			Parse.required(errors, "taskAssignee", taskAssignee);
			Parse.check(errors, () -> Parse.date("taskDueBy", taskDueBy));
			Parse.required(errors, "taskDueBy", taskDueBy);
		}
	}

	/** A comment on a plan part. */
	record CommentForm(String commentText) {
		static final CommentForm EMPTY = new CommentForm(null);
	}

	record CommunicationForm(String audience, String message, String channel, String owner, String timing) {
		static final CommunicationForm EMPTY = new CommunicationForm(null, null, null, null, null);

		void check(BindingResult errors) {
			Parse.required(errors, "audience", audience);
			Parse.required(errors, "message", message);
			Parse.required(errors, "channel", channel);
		}

		CommunicationRow toRow() {
			return new CommunicationRow(audience, message, channel, owner, timing);
		}
	}

}
