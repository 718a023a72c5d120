package org.inclusivecities.platform.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundle has EN and NL with the same keys, every message key a template uses exists, no template shows
 * hard-coded text to the user, and no message with arguments loses its apostrophes to {@code MessageFormat}.
 */
class I18nPropertiesSyncTest {

	private static final Path I18N = Path.of("src/main/resources/i18n");

	private static final List<Path> TEMPLATE_ROOTS = List.of(Path.of("src/main/resources/templates"),
			Path.of("../platform-review/src/main/resources/templates"));

	@Test
	void englishAndDutchBundlesHaveTheSameKeys() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.list(I18N)) {
			for (Path english : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
				Path dutch = english.resolveSibling(english.getFileName().toString().replace(".properties", "_nl.properties"));
				Set<String> en = load(english).stringPropertyNames();
				Set<String> nl = Files.exists(dutch) ? load(dutch).stringPropertyNames() : Set.of();
				diff(en, nl).forEach(k -> problems.add(dutch.getFileName() + " lacks " + k));
				diff(nl, en).forEach(k -> problems.add(english.getFileName() + " lacks " + k));
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * A message with arguments goes through {@code MessageFormat}, where a lone apostrophe starts a quoted section:
	 * the apostrophe disappears and every later placeholder shows as "{0}". Such messages use the typographic
	 * apostrophe (\u2019) or a doubled one.
	 */
	@Test
	void messagesWithArgumentsHaveNoLoneApostrophe() throws IOException {
		Pattern placeholder = Pattern.compile("\\{\\d");
		Pattern lone = Pattern.compile("(?<!')'(?!')");
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.list(I18N)) {
			for (Path file : files.toList()) {
				Properties messages = load(file);
				for (String key : messages.stringPropertyNames()) {
					String message = messages.getProperty(key);
					if (placeholder.matcher(message).find() && lone.matcher(message).find()) {
						problems.add(file.getFileName() + ": " + key);
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Set<String> known = new TreeSet<>();
		try (Stream<Path> files = Files.list(I18N)) {
			for (Path file : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
				known.addAll(load(file).stringPropertyNames());
			}
		}
		Pattern key = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = key.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!known.contains(matcher.group(1))) {
					missing.add(template.getFileName() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		// text between tags that is not replaced by th:text/th:utext is what a user would see untranslated
		Pattern element = Pattern.compile("<([a-z0-9]+)([^<>]*)>([^<>]*[A-Za-z]{3,}[^<>]*)</\\1>");
		List<String> hardCoded = new ArrayList<>();
		for (Path template : templates()) {
			if (template.toString().contains("/mail/")) {
				continue;
			}
			Matcher matcher = element.matcher(Files.readString(template));
			while (matcher.find()) {
				String attributes = matcher.group(2);
				String tag = matcher.group(1);
				boolean replaced = attributes.contains("th:text") || attributes.contains("th:utext")
						|| attributes.contains("th:replace") || attributes.contains("th:remove");
				boolean languageName = attributes.contains("lang=");
				if (!replaced && !languageName && !tag.equals("script") && !tag.equals("style") && !tag.equals("title")) {
					hardCoded.add(template.getFileName() + ": " + matcher.group(0));
				}
			}
		}
		assertThat(hardCoded).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		List<Path> all = new ArrayList<>();
		for (Path root : TEMPLATE_ROOTS) {
			if (Files.isDirectory(root)) {
				try (Stream<Path> walk = Files.walk(root)) {
					walk.filter(p -> p.toString().endsWith(".html")).forEach(all::add);
				}
			}
		}
		return all;
	}

	private static Set<String> diff(Set<String> a, Set<String> b) {
		Set<String> d = new TreeSet<>(a);
		d.removeAll(b);
		return d;
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
