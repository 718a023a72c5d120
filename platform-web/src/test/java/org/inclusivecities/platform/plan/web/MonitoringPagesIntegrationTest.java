package org.inclusivecities.platform.plan.web;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.events.MovableClock;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/* own context: its deliberate bad requests must not show up in the metrics other tests inspect */
@PlatformIntegrationTest(properties = "platform.test.context=plan")
@AutoConfigureMockMvc
@Import(MonitoringPagesIntegrationTest.Time.class)
class MonitoringPagesIntegrationTest {

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	IndicatorService indicators;

	@Autowired
	MovableClock clock;

	PlanTestCities seed;

	String base;

	@BeforeEach
	void seed() {
		clock.set(clock.instant());
		seed = PlanTestCities.seed(cities, people, clock, String.valueOf(System.nanoTime()));
		base = "/my/cities/" + seed.a().getSlug() + "/plan";
	}

	private String defineIndicator() throws Exception {
		mvc.perform(post(base + "/indicators").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.param("name", "Visitors").param("unit", "people").param("baselineValue", "120")
			.param("baselineDate", "2026-01-01").param("frequency", "YEARLY").param("aims", "MAKE_RECOVERY_VISIBLE"))
			.andExpect(status().is3xxRedirection());
		return indicators.list(seed.a().getId()).getFirst().getId();
	}

	@Test
	void indicatorWithMeasurementsShowsAChartAndTheSameDataAsATable() throws Exception {
		String id = defineIndicator();
		mvc.perform(post(base + "/indicators/" + id + "/measurements").with(authentication(signedIn(seed.councilA())))
			.with(csrf()).param("date", "2026-06-01").param("value", "150").param("source", "Head count"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(base + "/indicators/" + id).with(authentication(signedIn(seed.councilA()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<canvas id=\"indicator-chart\"")))
			.andExpect(content().string(containsString("chart.umd.min.js")))
			.andExpect(content().string(containsString("&quot;values&quot;:[150.0]")))
			.andExpect(content().string(containsString("Head count")))
			// a count shows as a count, with the unit as the city typed it
			.andExpect(content().string(containsString("govuk-table__cell--numeric\">150</td>")))
			.andExpect(content().string(containsString("120 people (")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("150.0<"))))
			// the table holds what the chart draws: the baseline line too, each date as the reader's language writes it
			.andExpect(content().string(containsString("1 January 2026 (baseline)</th>")))
			.andExpect(content().string(containsString("govuk-table__cell--numeric\">120</td>")))
			.andExpect(content().string(containsString("1 June 2026</th>")));
	}

	@Test
	void aUnitThatLooksLikeMarkupStaysChartDataAndThePageAfterItSurvives() throws Exception {
		String unit = "<!--<script>";
		mvc.perform(post(base + "/indicators").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.param("name", "Visitors</script>").param("unit", unit).param("frequency", "YEARLY"))
			.andExpect(status().is3xxRedirection());
		String id = indicators.list(seed.a().getId()).getFirst().getId();
		mvc.perform(post(base + "/indicators/" + id + "/measurements").with(authentication(signedIn(seed.councilA())))
			.with(csrf()).param("date", "2026-06-01").param("value", "150").param("source", "Head count"))
			.andExpect(status().is3xxRedirection());
		String html = mvc.perform(get(base + "/indicators/" + id).with(authentication(signedIn(seed.councilA()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		// parsed as a browser does (the HTML5 algorithm): with the data in an inline script, "<!--<script>" made
		// the parser read everything up to the next script's end tag as script, so the table after it vanished
		Document page = new HtmlDocumentBuilder().parse(new InputSource(new StringReader(html)));
		assertThat(page.getElementsByTagName("table").getLength()).isEqualTo(1);
		assertThat(page.getElementsByTagName("footer").getLength()).isEqualTo(1);
		NodeList scripts = page.getElementsByTagName("script");
		for (int i = 0; i < scripts.getLength(); i++) {
			assertThat(scripts.item(i).getTextContent()).doesNotContain("Visitors");
		}
		Element canvas = (Element) page.getElementsByTagName("canvas").item(0);
		JsonNode chart = JsonMapper.builder().build().readTree(canvas.getAttribute("data-chart"));
		assertThat(chart.get("name").asString()).isEqualTo("Visitors</script> (" + unit + ")");
		assertThat(chart.get("values").get(0).asDouble()).isEqualTo(150.0);
	}

	@Test
	void anIndicatorIsChangedFromItsVersionAndAStaleChangeIsRefused() throws Exception {
		String id = defineIndicator();
		mvc.perform(get(base + "/indicators/" + id + "/edit").with(authentication(signedIn(seed.councilA()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"120\"")));
		mvc.perform(post(base + "/indicators/" + id + "/edit").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.param("version", "0").param("name", "Visitors (all)").param("unit", "people").param("frequency", "YEARLY"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(base + "/indicators/" + id + "/edit").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.param("version", "0").param("name", "Stale").param("unit", "people").param("frequency", "YEARLY"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this indicator")));
		assertThat(indicators.get(seed.a().getId(), id).getDefinition().name()).isEqualTo("Visitors (all)");
		mvc.perform(get(base + "/indicators/" + id + "/edit").with(authentication(signedIn(seed.readerA()))))
			.andExpect(status().isNotFound());
	}

	@Test
	void badIndicatorAndMeasurementInputIsAFieldError() throws Exception {
		mvc.perform(post(base + "/indicators").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.param("name", "Visitors").param("unit", "people").param("baselineValue", "-5")
			.param("baselineDate", "2026-01-01").param("frequency", "YEARLY"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a number of zero or more")));
		mvc.perform(post(base + "/indicators").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.param("name", "Visitors").param("unit", "people").param("baselineValue", "5")
			.param("baselineDate", "2026-01-01").param("targetValue", "9").param("targetDate", "2025-01-01")
			.param("frequency", "NOT_A_FREQUENCY"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose one of the options")));
		String id = defineIndicator();
		mvc.perform(post(base + "/indicators/" + id + "/measurements").with(authentication(signedIn(seed.councilA())))
			.with(csrf()).param("date", "2026-06-01").param("value", "1e300"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a number up to one billion")));
		mvc.perform(post(base + "/indicators/no-such-id/measurements").with(authentication(signedIn(seed.councilA())))
			.with(csrf()).param("date", "2026-06-01").param("value", "1"))
			.andExpect(status().isNotFound());
		assertThat(indicators.get(seed.a().getId(), id).getMeasurements()).isEmpty();
	}

	@Test
	void csvWithABadRowImportsNothingAndListsEveryBadLine() throws Exception {
		String id = defineIndicator();
		String csv = "indicator_id,date,value\n" + id + ",2026-02-01,10\n" + id + ",2026-02-30,11\nother,2026-03-01,12\n";
		mvc.perform(multipart(base + "/indicators/import")
			.file(new MockMultipartFile("file", "m.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(authentication(signedIn(seed.councilA()))).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Line 3, column date:")))
			.andExpect(content().string(containsString("Line 4, column indicator_id:")));
		assertThat(indicators.get(seed.a().getId(), id).getMeasurements()).isEmpty();

		mvc.perform(get(base + "/indicators/template.csv").with(authentication(signedIn(seed.councilA()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(id + ",Visitors")));
		mvc.perform(multipart(base + "/indicators/import")
			.file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
			.with(authentication(signedIn(seed.councilA()))).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The file is empty: it has neither column headings nor rows.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Line 0"))));
		mvc.perform(multipart(base + "/indicators/import")
			.file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
			.with(authentication(signedIn(seed.councilA()))).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose a CSV or Excel file.")));
	}

	@Test
	void anExcelFileIsPreviewedThenImportedAndImportingItAgainDoublesNothing() throws Exception {
		String id = defineIndicator();
		String excel = "\uFEFFindicator_id;indicator_name;date;value;source;note\r\n" + id + ";Visitors;01-02-2026;10;;\r\n"
				+ id + ";Visitors;01-03-2026;12,5;;\r\n";

		String preview = upload("Bezoekers.csv", excel.getBytes(StandardCharsets.UTF_8));
		assertThat(preview).contains("Check what the import will change", "Bezoekers.csv", "2 new", "0 changed",
				"0 unchanged", "12.5 people", "Confirm the import");
		assertThat(indicators.get(seed.a().getId(), id).getMeasurements()).as("a preview writes nothing").isEmpty();

		confirm(preview);
		assertThat(indicators.get(seed.a().getId(), id).getMeasurements()).extracting(m -> m.value()).containsExactly(10d, 12.5);

		String again = upload("Bezoekers.csv", excel.getBytes(StandardCharsets.UTF_8));
		assertThat(again).contains("0 new", "0 changed", "2 unchanged",
				"Every row is already recorded with the same value: importing this file changes nothing.")
			.doesNotContain("Confirm the import");

		String corrected = excel.replace("12,5", "13") + id + ";Visitors;01-04-2026;15;;\r\n";
		String changes = upload("Bezoekers.csv", corrected.getBytes(StandardCharsets.UTF_8));
		assertThat(changes).contains("1 new", "1 changed", "1 unchanged");
		confirm(changes);
		assertThat(indicators.get(seed.a().getId(), id).getMeasurements()).extracting(m -> m.value())
			.containsExactly(10d, 13d, 15d);
	}

	@Test
	void aMeasurementDatedAfterTodayIsRefusedUntilThatDayComes() throws Exception {
		String id = defineIndicator();
		clock.set(Instant.parse("2026-06-15T10:00:00Z"));
		String csv = "indicator_id,date,value\n" + id + ",2026-06-16,10\n";
		mvc.perform(multipart(base + "/indicators/import")
			.file(new MockMultipartFile("file", "m.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(authentication(signedIn(seed.councilA()))).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(
					"Line 2, column date: the date 2026-06-16 is in the future; only values measured already can be imported.")));
		mvc.perform(post(base + "/indicators/" + id + "/measurements").with(authentication(signedIn(seed.councilA())))
			.with(csrf()).param("date", "2026-06-16").param("value", "10"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The date of a measurement must be today or in the past")));

		clock.set(Instant.parse("2026-06-16T08:00:00Z"));
		assertThat(upload("m.csv", csv.getBytes(StandardCharsets.UTF_8))).contains("1 new");
	}

	@Test
	void anActivityIsHeldAndABaselineMeasuredOnlyOnOrBeforeToday() throws Exception {
		clock.set(Instant.parse("2026-06-15T10:00:00Z"));
		String report = base + "/reports/2026";
		mvc.perform(get(report).with(authentication(signedIn(seed.councilA())))).andExpect(status().isOk());
		mvc.perform(post(report + "/held").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.param("version", "0").param("title", "Walk").param("date", "2026-06-20").param("attendance", "30"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("An activity that was held has a date of today or in the past")));
		mvc.perform(post(report + "/held").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.param("version", "0").param("title", "Walk").param("date", "2026-06-15").param("attendance", "30"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(post(base + "/indicators").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.param("name", "Visitors").param("unit", "people").param("baselineValue", "120")
			.param("baselineDate", "2026-07-01").param("frequency", "YEARLY").param("aims", "MAKE_RECOVERY_VISIBLE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The baseline is a value measured already: its date must be today or in the past")));
		mvc.perform(post(base + "/indicators").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.param("name", "Visitors").param("unit", "people").param("targetValue", "500")
			.param("targetDate", "1999-12-31").param("frequency", "YEARLY").param("aims", "MAKE_RECOVERY_VISIBLE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a date between the years 2000 and 2100")));
	}

	private String upload(String name, byte[] file) throws Exception {
		return mvc.perform(multipart(base + "/indicators/import")
			.file(new MockMultipartFile("file", name, "text/csv", file))
			.with(authentication(signedIn(seed.councilA()))).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private void confirm(String preview) throws Exception {
		java.util.regex.Matcher upload = java.util.regex.Pattern.compile("name=\"upload\" value=\"([^\"]+)\"").matcher(preview);
		assertThat(upload.find()).isTrue();
		mvc.perform(multipart(base + "/indicators/import/confirm").param("upload", upload.group(1))
			.with(authentication(signedIn(seed.councilA()))).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void yearlyReportIsWrittenAndSubmitted() throws Exception {
		int year = LocalDate.now(clock).getYear();
		String report = base + "/reports/" + year;
		mvc.perform(get(report).with(authentication(signedIn(seed.councilA())))).andExpect(status().isOk());
		mvc.perform(post(report + "/held").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.param("version", "0").param("title", "Walk").param("date", year + "-05-01").param("attendance", "-3"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a number of zero or more")));
		mvc.perform(post(report + "/submit").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.param("version", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Write the reflection and the next steps")));
		mvc.perform(post(report).with(authentication(signedIn(seed.councilA()))).with(csrf())
			.param("version", "0").param("reflection", "Good year").param("nextSteps", "More walks"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(report + "/submit").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.param("version", "1"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(report).with(authentication(signedIn(seed.councilA()))))
			.andExpect(content().string(containsString("Submitted, waiting for the secretariat")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Submit the report<"))));
		mvc.perform(get(base + "/reports/1999").with(authentication(signedIn(seed.councilA()))))
			.andExpect(status().isBadRequest());
	}

}
