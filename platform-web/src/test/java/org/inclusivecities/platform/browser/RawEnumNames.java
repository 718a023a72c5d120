package org.inclusivecities.platform.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * Fails when a page shows a constant of one of the platform's enums as it is named in code ("HIGH", "ACCREDIT"):
 * a reader should see its label from the bundles. The enums are discovered by scanning the platform's packages, so
 * a new enum is covered the day it is written. A text node of the page (scripts and styles left out) counts when it
 * is exactly a constant's name; words in sentences and codes in attributes do not.
 * <p>
 * {@link HtmlChecker#assertValid} runs it on every page it checks, so every integration test that validates its
 * pages also guards them against raw enum names.
 */
public final class RawEnumNames {

	private static final Pattern TEXT = Pattern.compile(">([^<>]+)<");

	private static final Pattern SCRIPTS = Pattern.compile("(?is)<(script|style)\\b.*?</\\1>");

	/** Written the same in every language or by the people themselves: never a label to translate. */
	private static final Set<String> NOT_LABELS = Set.of("PDF", "CSV", "JSON", "XLSX", "ODS", "ICS", "SHA-256", "OK",
			"EN", "NL");

	private static volatile Set<String> names;

	private RawEnumNames() {
	}

	public static void assertNone(String html, String what) {
		List<String> raw = find(html);
		if (!raw.isEmpty()) {
			throw new AssertionError("%s shows enum constants by their code name instead of a label: %s".formatted(what, raw));
		}
	}

	/** The text nodes of the page that are exactly the name of a constant of a platform enum. */
	public static List<String> find(String html) {
		Set<String> constants = names();
		List<String> raw = new ArrayList<>();
		Matcher m = TEXT.matcher(SCRIPTS.matcher(html).replaceAll(""));
		while (m.find()) {
			String text = HtmlUtils.htmlUnescape(m.group(1)).strip();
			if (constants.contains(text) && !NOT_LABELS.contains(text)) {
				raw.add(text);
			}
		}
		return raw;
	}

	/** Names of the constants of every enum under {@code org.inclusivecities.platform} (two characters or more). */
	static Set<String> names() {
		Set<String> known = names;
		if (known != null) {
			return known;
		}
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return true;
			}

		};
		scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
		Set<String> found = new TreeSet<>();
		for (BeanDefinition definition : scanner.findCandidateComponents("org.inclusivecities.platform")) {
			try {
				Class<?> type = ClassUtils.forName(definition.getBeanClassName(), RawEnumNames.class.getClassLoader());
				if (type.isEnum() && !type.getName().contains("Test")) {
					for (Object constant : type.getEnumConstants()) {
						String name = ((Enum<?>) constant).name();
						if (name.length() > 1) {
							found.add(name);
						}
					}
				}
			}
			catch (ClassNotFoundException | LinkageError ex) {
				// not loadable here: not on this page either
			}
		}
		names = Set.copyOf(found);
		return names;
	}

}
