package org.inclusivecities.platform.accreditation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.inclusivecities.platform.accreditation.CertificateFixture.Accredited;
import org.inclusivecities.platform.browser.HtmlChecker;
import org.inclusivecities.platform.city.CityBadges;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.AuditEntry;
import org.inclusivecities.platform.request.Decisions;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The certificate's PDF (its text read back, its QR code decoded back to the verification URL), the badge snippet on
 * the city's page, and revocation by the secretariat: refused without a reason or by anyone else, then audited,
 * mailed to the city's admins and said, with its date and public reason, by every representation.
 */
@SharesContext
@PlatformIntegrationTest
@AutoConfigureMockMvc
@Import({ AccreditationNetwork.Setup.class, AccreditationNetwork.Clock.class })
class CertificateDocumentsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccreditationNetwork network;

	@Autowired
	Decisions decisions;

	@Autowired
	RequestsInReview requests;

	@Autowired
	Outbox outbox;

	@Autowired
	List<CityBadges> badges;

	@Test
	void thePdfShowsTheCertificateAndItsQrCodeLeadsToTheVerificationPage() throws Exception {
		Accredited a = new CertificateFixture(network, decisions).accredit("Pdfton");
		String url = "http://localhost/accreditations/" + a.code();

		byte[] pdf = pdf(a.code(), "en");
		String text = text(pdf);
		assertThat(text).contains("Pdfton City", "Accredited with conditions", "Decided on 4 January 2027",
				"Valid until 4 January 2030", "Status: Accredited until 4 January 2030", "Conditions",
				"Publish the baseline (due by 1 September 2027)", "Verification code: " + a.code(), url);
		CertificateStatesIntegrationTest.assertBlind(a, text, "PDF");
		assertThat(qrCode(pdf)).isEqualTo(url);
		assertThat(text(pdf(a.code(), "nl"))).contains("Besloten op 4 januari 2027", "Geldig tot 4 januari 2030",
				"Publish the baseline (uiterlijk 1 september 2027)", "Verificatiecode: " + a.code());

		// the city's page offers the badge to copy: the image linked to the verification page, absolute addresses
		String cityPage = mvc.perform(get("/my/cities/" + a.city().getSlug() + "/accreditation")
			.with(authentication(signedIn(a.admin()))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(cityPage).contains("Show your accreditation on your website", "id=\"badge-snippet\"",
				"&lt;a href=&quot;" + url + "&quot;&gt;&lt;img src=&quot;" + url + "/badge.svg?lang=en&quot;",
				"alt=&quot;Pdfton City: accreditation certificate of Inclusive Cities&quot;",
				"src=\"/accreditations/" + a.code() + "/badge.svg?lang=en\"");
		assertThat(cityPage).contains("View the certificate (valid until 4 January 2030)");
		HtmlChecker.assertValid(cityPage, "city page with the badge snippet");
		CertificateStatesIntegrationTest.assertBlind(a, cityPage, "city page");
	}

	@Test
	void theSecretariatRevokesACertificateWithAReasonAndEveryRepresentationSaysSo() throws Exception {
		Accredited a = new CertificateFixture(network, decisions).accredit("Revokeham");
		String revoke = "/admin/accreditation/" + a.requestId() + "/revoke";
		Long version = requests.byId(a.requestId()).orElseThrow().getVersion();

		// only the secretariat; a reason is required (a field error), and nothing changes until then
		mvc.perform(post(revoke).with(authentication(signedIn(a.admin()))).with(csrf()).param("reason", "No"))
			.andExpect(status().isForbidden());
		String refused = mvc.perform(post(revoke).with(authentication(signedIn(a.secretariat()))).with(csrf())
			.param("reason", "  ").param("publicReason", "Shown"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("href=\"#revoke-reason\"", "Say why the certificate is revoked", ">Shown</textarea>");
		HtmlChecker.assertValid(refused, "request page with a revocation error");
		assertThat(requests.byId(a.requestId()).orElseThrow().getVersion()).isEqualTo(version);

		mvc.perform(post(revoke).with(authentication(signedIn(a.secretariat()))).with(csrf())
			.param("reason", "The council withdrew the action plan in a vote")
			.param("publicReason", "The city no longer has an action plan"))
			.andExpect(status().is3xxRedirection());
		AccreditationRequest revoked = requests.byId(a.requestId()).orElseThrow();
		assertThat(revoked.getAudit()).extracting(AuditEntry::action, AuditEntry::actorId)
			.contains(org.assertj.core.groups.Tuple.tuple("certificate-revoked", a.secretariat().getId()));
		mvc.perform(post(revoke).with(authentication(signedIn(a.secretariat()))).with(csrf()).param("reason", "Again"))
			.andExpect(status().isConflict());

		// the public: revoked, on which day, with the public reason only
		String page = mvc.perform(get("/accreditations/" + a.code()).header("Accept-Language", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("The accreditation of Revokeham City was revoked on 4 January 2027", "Revoked",
				"Reason: The city no longer has an action plan").doesNotContain("withdrew the action plan in a vote");
		HtmlChecker.assertValid(page, "revoked certificate");
		mvc.perform(get("/api/v1/accreditations/" + a.code())).andExpect(jsonPath("$.state").value("revoked"))
			.andExpect(jsonPath("$.stateSince").value("2027-01-04"));
		assertThat(mvc.perform(get("/accreditations/" + a.code() + "/badge.svg")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("Revoked on 4 January 2027");
		assertThat(text(pdf(a.code(), "en"))).contains("Status: Revoked on 4 January 2027");
		assertThat(badges.stream().filter(b -> b.key().equals("accredited")).findFirst().orElseThrow().cityIds())
			.doesNotContain(a.city().getId());
		assertThat(mvc.perform(get("/cities/" + a.city().getSlug())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("/accreditations/" + a.code());
		// the city's own page names the certificate by its state, as the public page does, no longer "valid until"
		assertThat(mvc.perform(get("/my/cities/" + a.city().getSlug() + "/accreditation")
			.with(authentication(signedIn(a.admin())))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("id=\"badge-snippet\"")
			.contains("View the certificate (Revoked)")
			.doesNotContain("View the certificate (valid until");

		// the city's admins are told, with both reasons; the secretariat's page says it was revoked
		OutboxMail mail = outbox.findAllByRecipientOrderByCreatedAtDesc(a.admin().getEmail())
			.stream()
			.filter(m -> m.getTemplate().equals("accreditation-revoked"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no revocation mail"));
		assertThat(mail.getSubject()).isEqualTo("The accreditation certificate of Revokeham City has been revoked");
		assertThat(mail.getTextBody()).contains(a.code(), "The council withdrew the action plan in a vote",
				"The city no longer has an action plan");
		CertificateStatesIntegrationTest.assertBlind(a, mail.getTextBody(), "revocation mail");
		assertThat(mvc.perform(get("/admin/accreditation/" + a.requestId())
			.with(authentication(signedIn(a.secretariat())))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("Revoked on 4 January 2027: The council withdrew",
					"Certificate revoked");
	}

	private byte[] pdf(String code, String language) throws Exception {
		return mvc.perform(get("/accreditations/" + code + "/certificate.pdf").header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static String text(byte[] pdf) throws IOException {
		try (PdfReader reader = new PdfReader(pdf)) {
			return new PdfTextExtractor(reader).getTextFromPage(1);
		}
	}

	/** Decodes the page's one image as a QR code: its raw grey pixels, each drawn 4 × 4 for the detector. */
	private static String qrCode(byte[] pdf) throws Exception {
		try (PdfReader reader = new PdfReader(pdf)) {
			PdfDictionary resources = reader.getPageN(1).getAsDict(PdfName.RESOURCES);
			PdfDictionary images = resources.getAsDict(PdfName.XOBJECT);
			assertThat(images).as("the page's images").isNotNull();
			for (PdfName name : images.getKeys()) {
				PdfObject object = PdfReader.getPdfObject(images.get(name));
				if (object instanceof PRStream stream && PdfName.IMAGE.equals(stream.getAsName(PdfName.SUBTYPE))) {
					int width = stream.getAsNumber(PdfName.WIDTH).intValue();
					int height = stream.getAsNumber(PdfName.HEIGHT).intValue();
					byte[] grey = PdfReader.getStreamBytes(stream);
					int scale = 4;
					byte[] big = new byte[width * scale * height * scale];
					for (int y = 0; y < height * scale; y++) {
						for (int x = 0; x < width * scale; x++) {
							big[y * width * scale + x] = grey[(y / scale) * width + x / scale];
						}
					}
					PlanarYUVLuminanceSource source = new PlanarYUVLuminanceSource(big, width * scale, height * scale, 0,
							0, width * scale, height * scale, false);
					return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
				}
			}
		}
		throw new AssertionError("no image in the PDF");
	}

}
