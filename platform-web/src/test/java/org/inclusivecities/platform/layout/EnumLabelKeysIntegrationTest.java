package org.inclusivecities.platform.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One way to label an enum constant: a template never builds the message key of a registered enum's label from a
 * string ({@code #messages.msg('plan.type.' + a.type)}, {@code #{'plan.level.' + ${x}}}); it asks {@code @labels}.
 * The prefixes are those the features register ({@link LabelledEnums}), so a newly registered enum is covered at once.
 */
@SharesContext
@PlatformIntegrationTest
class EnumLabelKeysIntegrationTest {

	/**
	 * Keys built from values that are names held as strings, not constants (so {@code @labels} cannot take them), each
	 * with its reason: the readiness rules' details are aim names; a reviewer's frozen plan snapshot keeps its values as
	 * stored, possibly of an older version of the enum.
	 */
	private static final Map<String, Set<String>> STRING_VALUED = Map.of("plan/indicators.html", Set.of("plan.aim"),
			"plan/overview.html", Set.of("plan.aim"), "accreditation/reviewer/snapshot.html", Set.of("plan.frequency"));

	@Autowired
	List<LabelledEnums> registered;

	@Test
	void noTemplateBuildsTheLabelKeyOfARegisteredEnum() throws IOException {
		Set<String> prefixes = registered.stream()
			.flatMap(r -> r.prefixes().values().stream())
			.collect(Collectors.toSet());
		assertThat(prefixes).contains("plan.type", "review.outcome", "matching.status", "meetings.kind");
		Pattern built = Pattern.compile("'(" + prefixes.stream().map(Pattern::quote).collect(Collectors.joining("|"))
				+ ")\\.'\\s*\\+");
		List<String> found = new ArrayList<>();
		for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
			String path = template.getURL().toString().replaceFirst("^.*/templates/", "");
			String html = template.getContentAsString(StandardCharsets.UTF_8);
			Matcher m = built.matcher(html);
			while (m.find()) {
				if (!STRING_VALUED.getOrDefault(path, Set.of()).contains(m.group(1))) {
					int line = html.substring(0, m.start()).split("\n", -1).length;
					found.add(path + ":" + line + " builds " + m.group(1) + ".… (use @labels.of)");
				}
			}
		}
		assertThat(found).isEmpty();
	}

}
