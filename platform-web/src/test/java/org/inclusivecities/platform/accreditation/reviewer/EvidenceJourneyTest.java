package org.inclusivecities.platform.accreditation.reviewer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.monitoring.MonitoringReport;
import org.inclusivecities.platform.plan.monitoring.MonitoringReportService;
import org.inclusivecities.platform.pool.Period;
import org.inclusivecities.platform.request.EvidenceUpload;
import org.inclusivecities.platform.request.PlanSnapshot;
import org.inclusivecities.platform.request.ReviewInvitations;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city admin attaches evidence to the request form (a wrong file first, then a PDF), and a reviewer reads the
 * frozen monitoring report and the evidence list; axe-core scans every page on the way. On a desktop and at 390 px,
 * each width with its own network, cities and people.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(ReviewerFixture.Setup.class)
class EvidenceJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	ReviewerFixture fixture;

	@Autowired
	MonitoringReportService reports;

	@Autowired
	ReviewInvitations invitations;

	@TempDir
	Path files;

	@ParameterizedTest
	@EnumSource(Width.class)
	void cityAttachesEvidenceAndReviewerReadsIt(Width width) throws Exception {
		String suffix = width == Width.DESKTOP ? "" : " 390";
		fixture.network(width == Width.DESKTOP ? "v" : "v390");
		City reviewed = fixture.city("Reportville" + suffix);
		Editor editor = new Editor("tester", "Tester");
		int year = LocalDate.now(fixture.clock).getYear() - 1;
		MonitoringReport report = reports.report(reviewed.getId(), year);
		report = reports.write(reviewed.getId(), year, report.getVersion(), "We walked twice as often", "More cafes",
				editor);
		reports.submit(reviewed.getId(), year, report.getVersion(), editor);
		Person reviewedAdmin = fixture.person("ada-" + reviewed.getSlug() + "@example.org", "Ada", reviewed,
				Role.CITY_ADMIN);
		LocalDate today = LocalDate.ofInstant(fixture.clock.instant(), ZoneOffset.UTC);
		byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		String id = fixture.accreditation.submit(reviewed.getId(), reviewedAdmin.getId(),
				new PlanSnapshot(ReviewerFixture.plan(), 1, fixture.clock.instant()), Set.of("en"), Set.of(),
				new Period(today.plusDays(10), today.plusDays(40)), List.of(new EvidenceUpload("Council decision", pdf)));
		fixture.routeAndConfirm(id);
		Person reviewer = fixture.reviewerOf(id, 0);
		invitations.accept(reviewer.getId(), id);

		City asking = fixture.city("Askingham" + suffix);
		Person admin = fixture.person("ada-" + asking.getSlug() + "@example.org", "Ada", asking, Role.CITY_ADMIN);
		Path text = Files.writeString(files.resolve("minutes.pdf"), "not really a PDF");
		Path real = Files.write(files.resolve("decision.pdf"), pdf);
		String base = "http://localhost:" + port;

		browser.at(width);
		signIn(base, admin);
		browser.clickInNavigation("My workspace").click(asking.getName()).click("Accreditation");
		browser.type("reviewFrom", today.plusDays(10).toString()).type("reviewTo", today.plusDays(40).toString());
		browser.type("evidenceTitles0", "Council minutes");
		browser.find(By.id("evidenceFiles0")).sendKeys(text.toString());
		browser.click("Ask for accreditation");
		assertThat(browser.text()).contains("There is a problem", "Evidence file 1 must be a PDF, PNG or JPEG");
		browser.find(By.id("evidenceFiles0")).sendKeys(real.toString());
		browser.click("Ask for accreditation");
		assertThat(browser.text()).contains("Your request for accreditation has been sent", "Evidence you sent",
				"Council minutes (PDF, 1 KB)");
		browser.clickInNavigation("Sign out");

		signIn(base, reviewer);
		browser.clickInNavigation("My workspace").click("Submit your review of " + reviewed.getName());
		assertThat(browser.text()).contains("Monitoring report on " + year, "We walked twice as often",
				"Files sent with the request", "Council decision");
	}

	private void signIn(String base, Person person) {
		browser.signIn(base, person.getEmail(), ReviewerFixture.PASSWORD);
	}

}
