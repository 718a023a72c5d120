package org.inclusivecities.platform.layout;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site speaks Dutch in one voice, the formal "u/uw" (README, design choices): no informal pronoun in any value of
 * the NL bundles, whoever adds the string.
 */
class DutchVoiceTest {

	private static final Path I18N = Path.of("src/main/resources/i18n");

	/** je, jij, jou, jouw, jezelf, jullie as words; "jeugd" or "project" do not count. */
	private static final Pattern INFORMAL = Pattern.compile("(?iu)(?<![\\p{L}])(je|jij|jou|jouw|jouwe|jezelf|jullie)(?![\\p{L}])");

	@Test
	void theDutchBundlesAddressTheReaderAsU() throws IOException {
		List<String> informal = new ArrayList<>();
		try (Stream<Path> files = Files.list(I18N)) {
			for (Path dutch : files.filter(p -> p.getFileName().toString().endsWith("_nl.properties")).sorted().toList()) {
				Properties values = new Properties();
				try (Reader reader = Files.newBufferedReader(dutch, StandardCharsets.UTF_8)) {
					values.load(reader);
				}
				values.stringPropertyNames()
					.stream()
					.sorted()
					.filter(key -> INFORMAL.matcher(values.getProperty(key)).find())
					.forEach(key -> informal.add(dutch.getFileName() + " " + key + "=" + values.getProperty(key)));
			}
		}
		assertThat(informal).as("informal Dutch; the site says u and uw").isEmpty();
	}

	@Test
	void theCheckRecognisesTheInformalForms() {
		assertThat(INFORMAL.matcher("Stel je stad kandidaat").find()).isTrue();
		assertThat(INFORMAL.matcher("Jouw rollen").find()).isTrue();
		assertThat(INFORMAL.matcher("Meld uw stad aan voor het jeugdproject").find()).isFalse();
	}

}
