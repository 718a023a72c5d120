package org.inclusivecities.platform.accreditation.reviewer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.bson.Document;
import org.inclusivecities.platform.browser.HtmlChecker;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.Mission;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.PlanPublisher;
import org.inclusivecities.platform.plan.monitoring.Frequency;
import org.inclusivecities.platform.plan.monitoring.Indicator;
import org.inclusivecities.platform.plan.monitoring.IndicatorDefinition;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.plan.monitoring.Measurement;
import org.inclusivecities.platform.plan.monitoring.MonitoringReport;
import org.inclusivecities.platform.plan.monitoring.MonitoringReportService;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.AccreditationService;
import org.inclusivecities.platform.request.EvidenceFile;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A request freezes the published plan, the latest submitted monitoring report with the indicators, and the
 * uploaded evidence: later plan edits, measurements and reports do not change what the reviewer sees. Evidence is
 * downloadable by the city's members, the reviewers who accepted and the secretariat only; bad files are field
 * errors and store nothing.
 */
@PlatformIntegrationTest
@AutoConfigureMockMvc
@Import(ReviewerFixture.Setup.class)
class RequestEvidenceIntegrationTest {

	static final Editor EDITOR = new Editor("tester", "Tester");

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	ReviewerFixture fixture;

	@Autowired
	AccreditationService accreditation;

	@Autowired
	ActionPlanService plans;

	@Autowired
	PlanPublisher publisher;

	@Autowired
	IndicatorService indicators;

	@Autowired
	MonitoringReportService reports;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Clock clock;

	@Autowired
	org.inclusivecities.platform.city.CityPortability portability;

	@Test
	void theSnapshotStaysAsSubmittedAndOnlyTheRightPeopleDownloadTheEvidence() throws Exception {
		fixture.network("f");
		City city = fixture.city("Frozenham");
		Person admin = fixture.person("ada-frozenham@example.org", "Ada", city, Role.CITY_ADMIN);
		Person council = fixture.person("cora-frozenham@example.org", "Cora", city, Role.COUNCIL_MEMBER);
		LocalDate today = LocalDate.now(clock);
		int lastYear = today.getYear() - 1;
		plans.save(city.getId(), PlanPart.MISSION, 0, new Mission("Mission as frozen", "Vision as frozen"), EDITOR);
		plans.save(city.getId(), PlanPart.ACTIVITIES, 0, new org.inclusivecities.platform.plan.Activities(List.of(
				new org.inclusivecities.platform.plan.Activity(null, "Recovery walk",
						org.inclusivecities.platform.plan.ActivityType.RECOVERY_WALK, today.plusDays(60),
						today.plusDays(60), new org.inclusivecities.platform.plan.Place("Park", null, null),
						Set.of(org.inclusivecities.platform.plan.Aim.MAKE_RECOVERY_VISIBLE), List.of(), true, true))),
				EDITOR);
		publisher.publish(city.getId(), EDITOR);
		Indicator walkers = indicators.define(city.getId(), new IndicatorDefinition("Walk participants", "people", null,
				null, 500.0, today.plusYears(1), Frequency.YEARLY, Set.of(), List.of()));
		indicators.record(city.getId(), walkers.getId(),
				List.of(new Measurement(null, today.minusDays(10), 321, "Count at the finish", null)));
		submitReport(city, lastYear, "Reflection as frozen");
		String other = fixture.ask(fixture.city("Otherham"));

		String page = "/my/cities/" + city.getSlug() + "/accreditation";
		as(admin, requestForm(page).file(file(0, "minutes.pdf", "application/pdf", PDF))
			.file(file(1, "walk.txt", "text/plain", png()))
			.param("evidenceTitles[0]", "Council minutes")
			.param("evidenceTitles[1]", "Photo of the walk")).andExpect(status().is3xxRedirection());
		String id = accreditation.ownRequests(city.getId()).getFirst().requestId();
		AccreditationRequest request = fixture.request(id);
		List<EvidenceFile> evidence = request.getSnapshot().evidence();
		assertThat(evidence).extracting(EvidenceFile::title, EvidenceFile::contentType, EvidenceFile::size)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Council minutes", "application/pdf", (long) PDF.length),
					org.assertj.core.groups.Tuple.tuple("Photo of the walk", "image/png", (long) png().length));
		assertThat(evidence.getFirst().sha256()).hasSize(64);
		assertThat(request.getTopics()).as("the published plan's activity types: routing matches reviewers' expertise")
			.containsExactly("recovery-walk");
		assertThat(storedFiles(Criteria.where("metadata.requestId").is(id).and("metadata.cityId").is(city.getId())))
			.isEqualTo(2);
		assertThat(request.getSnapshot().monitoring().report().reflection()).isEqualTo("Reflection as frozen");

		fixture.routeAndConfirm(id, other);
		Person reviewer = fixture.reviewerOf(id, 0);
		Person invitedOnly = fixture.reviewerOf(id, 1);
		Person otherReviewer = fixture.reviewerOf(other, 0);
		as(reviewer, post("/my/reviews/" + id + "/accept")).andExpect(status().is3xxRedirection());

		// later: the plan changes and is published again, a new measurement, a newer report
		plans.save(city.getId(), PlanPart.MISSION, 1, new Mission("Mission changed later", "Vision changed later"), EDITOR);
		publisher.publish(city.getId(), EDITOR);
		indicators.record(city.getId(), walkers.getId(),
				List.of(new Measurement(null, today.minusDays(1), 987654, "Recorded later", null)));
		submitReport(city, today.getYear(), "Reflection written later");

		String shown = body(as(reviewer, get("/my/reviews/" + id)).andExpect(status().isOk()));
		assertThat(shown).contains("Mission as frozen", "Monitoring report on " + lastYear, "Reflection as frozen",
				"Walk participants", "321", "Count at the finish", "Council minutes", "Photo of the walk",
				"href=\"/my/reviews/" + id + "/evidence/" + evidence.getFirst().fileId() + "\"", evidence.get(1).sha256())
			.doesNotContain("Mission changed later", "Reflection written later", "987654", "Recorded later");
		HtmlChecker.assertValid(shown, "reviewer page with monitoring and evidence");
		assertThat(body(as(reviewer, get("/my/reviews/" + id).param("lang", "nl")))).contains("Monitoringsrapport over",
				"Bewijsstukken");
		String secretariatPage = body(as(fixture.secretariat, get("/admin/accreditation/" + id)).andExpect(status().isOk()));
		assertThat(secretariatPage).contains("Council minutes",
				"href=\"/admin/accreditation/" + id + "/evidence/" + evidence.get(1).fileId() + "\"");
		assertThat(body(as(council, get(page)))).contains("Evidence you sent",
				"href=\"" + page + "/" + id + "/evidence/" + evidence.getFirst().fileId() + "\"");

		String pdf = evidence.getFirst().fileId();
		String reviewerUrl = "/my/reviews/" + id + "/evidence/" + pdf;
		String cityUrl = page + "/" + id + "/evidence/" + pdf;
		String adminUrl = "/admin/accreditation/" + id + "/evidence/" + pdf;
		for (var allowed : List.of(as(reviewer, get(reviewerUrl)), as(council, get(cityUrl)), as(admin, get(cityUrl)),
				as(fixture.secretariat, get(adminUrl)))) {
			allowed.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "application/pdf"))
				.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
			assertThat(allowed.andReturn().getResponse().getContentAsByteArray()).isEqualTo(PDF);
		}

		// everyone else: not found (or sent to sign in), never the file
		City elsewhere = fixture.city("Elsewhere");
		Person otherAdmin = fixture.person("admin-elsewhere@example.org", "Eli", elsewhere, Role.CITY_ADMIN);
		as(otherAdmin, get(cityUrl)).andExpect(status().isNotFound());
		as(otherAdmin, get("/my/cities/" + elsewhere.getSlug() + "/accreditation/" + id + "/evidence/" + pdf))
			.andExpect(status().isNotFound());
		as(otherAdmin, get(reviewerUrl)).andExpect(status().isNotFound());
		as(otherReviewer, get(reviewerUrl)).andExpect(status().isNotFound());
		as(otherReviewer, get("/my/reviews/" + other + "/evidence/" + pdf)).andExpect(status().isNotFound());
		as(invitedOnly, get(reviewerUrl)).andExpect(status().isNotFound());
		as(reviewer, get(cityUrl)).andExpect(status().isNotFound());
		as(admin, get(reviewerUrl)).andExpect(status().isNotFound());
		as(admin, get(adminUrl)).andExpect(status().isForbidden());
		as(admin, get(page + "/" + id + "/evidence/000000000000000000000000")).andExpect(status().isNotFound());
		as(admin, get(page + "/" + id + "/evidence/not-an-id")).andExpect(status().isNotFound());
		for (String url : List.of(cityUrl, reviewerUrl, adminUrl)) {
			ResultActions anonymous = mvc.perform(get(url)).andExpect(status().is3xxRedirection());
			assertThat(anonymous.andReturn().getResponse().getContentAsByteArray()).isNotEqualTo(PDF);
		}
		assertThat(storedFiles(Criteria.where("metadata.cityId").is(city.getId()))).isEqualTo(2);

		// the city's export carries its evidence files with their bytes; another city's export does not
		assertThat(portability.export(city.getId())).contains("\"accreditation_evidence\"", pdf,
				java.util.Base64.getEncoder().encodeToString(PDF));
		assertThat(portability.export(elsewhere.getId())).doesNotContain(pdf);
	}

	@Test
	void badFilesAreFieldErrorsAndNothingIsStored() throws Exception {
		City city = fixture.city("Badfileham");
		Person admin = fixture.person("ada-badfileham@example.org", "Ada", city, Role.CITY_ADMIN);
		String page = "/my/cities/" + city.getSlug() + "/accreditation";

		String refused = body(as(admin, requestForm(page)
			.file(file(0, "report.pdf", "application/pdf", "just text pretending".getBytes(StandardCharsets.UTF_8)))
			.file(file(1, "walk.png", "image/png", png()))
			.file(file(3, "big.pdf", "application/pdf", big()))
			.param("evidenceTitles[0]", "Fake PDF")
			.param("evidenceTitles[1]", "")
			.param("evidenceTitles[2]", "Title without a file")
			.param("evidenceTitles[3]", "Too big")).andExpect(status().isOk()));
		assertThat(refused).contains("There is a problem", "href=\"#evidenceFiles0\"", "id=\"evidenceFiles0\"", "id=\"evidenceFiles[0]-error\"",
				"Evidence file 1 must be a PDF, PNG or JPEG", "href=\"#evidenceTitles1\"",
				"Enter a title for evidence file 2", "Choose a file for evidence file 3, or clear its title",
				"Evidence file 4 must be 5 MB or smaller", "value=\"Title without a file\"");
		HtmlChecker.assertValid(refused, "request form with evidence errors");
		assertThat(accreditation.ownRequests(city.getId())).isEmpty();
		assertThat(storedFiles(Criteria.where("metadata.cityId").is(city.getId()))).isZero();

		// valid files, but the city already has an open request: refused, and no file stays behind
		fixture.ask(city);
		as(admin, requestForm(page).file(file(0, "minutes.pdf", "application/pdf", PDF))
			.param("evidenceTitles[0]", "Council minutes")).andExpect(status().isOk());
		assertThat(accreditation.ownRequests(city.getId())).hasSize(1);
		assertThat(storedFiles(Criteria.where("metadata.cityId").is(city.getId()))).isZero();
		assertThat(fixture.request(accreditation.ownRequests(city.getId()).getFirst().requestId())
			.getSnapshot()
			.monitoring()
			.hasReport()).isFalse();
		// leave no request waiting for reviewers: the other test routes the whole (small) pool
		accreditation.withdraw(city.getId(), accreditation.ownRequests(city.getId()).getFirst().requestId(), admin.getId(),
				"Our council is being renewed");
	}

	private void submitReport(City city, int year, String reflection) {
		MonitoringReport report = reports.report(city.getId(), year);
		report = reports.write(city.getId(), year, report.getVersion(), reflection, "Next steps", EDITOR);
		reports.submit(city.getId(), year, report.getVersion(), EDITOR);
	}

	private MockMultipartHttpServletRequestBuilder requestForm(String page) {
		LocalDate today = LocalDate.now(clock);
		MockMultipartHttpServletRequestBuilder form = multipart(page);
		form.param("reviewFrom", today.plusDays(10).toString()).param("reviewTo", today.plusDays(40).toString());
		return form;
	}

	private static MockMultipartFile file(int slot, String name, String type, byte[] content) {
		return new MockMultipartFile("evidenceFiles[" + slot + "]", name, type, content);
	}

	private long storedFiles(Criteria criteria) {
		return mongo.count(Query.query(criteria), Document.class, "accreditation_evidence.files");
	}

	private ResultActions as(Person person, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return mvc.perform(request.with(authentication(signedIn(person))).with(csrf()));
	}

	private static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static byte[] png() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	private static byte[] big() {
		byte[] content = new byte[(int) (5L * 1024 * 1024) + 1];
		System.arraycopy(PDF, 0, content, 0, PDF.length);
		return content;
	}

}
