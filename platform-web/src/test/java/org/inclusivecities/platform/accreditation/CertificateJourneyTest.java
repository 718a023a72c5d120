package org.inclusivecities.platform.accreditation;

import java.util.EnumMap;
import java.util.Map;

import org.inclusivecities.platform.accreditation.CertificateFixture.Accredited;
import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.request.Decision;
import org.inclusivecities.platform.request.Decisions;
import org.inclusivecities.platform.scoring.Recommendation;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor verifies a replaced certificate, at both widths, from the home page: the accredited city's profile badge
 * leads to its current certificate (the appeal's), which names the certificate it replaced; that one says it was
 * replaced, when, and leads back to the current one; a mistyped code gets its own page with a form to try again.
 * Nobody who reviewed the city is named anywhere; axe-core scans every page.
 */
@SharesContext
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ AccreditationNetwork.Setup.class, AccreditationNetwork.Clock.class })
class CertificateJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	/** One city per width, both seeded before the first page, so the directory lists both from the start. */
	static final Map<Width, Replaced> SEEDED = new EnumMap<>(Width.class);

	@LocalServerPort
	int port;

	@Autowired
	AccreditationNetwork network;

	@Autowired
	Decisions decisions;

	record Replaced(Accredited accredited, String current) {
	}

	@ParameterizedTest
	@EnumSource(Width.class)
	void aVisitorFollowsTheBadgeToTheCurrentCertificateAndBackFromTheOneItReplaced(Width width) {
		Replaced seeded = seed().get(width);
		Accredited a = seeded.accredited();
		String city = a.city().getName();
		String first = a.code();
		String current = seeded.current();

		browser.at(width).open("http://localhost:" + port + "/");
		browser.clickInNavigation("Member cities").click(city);
		browser.click("Accredited until 4 January 2030");
		assertThat(browser.text()).contains(city + " is accredited until 4 January 2030", "Valid", current,
				"The earlier certificate " + first);
		CertificateStatesIntegrationTest.assertBlind(a, browser.driver().getPageSource(), "current certificate");

		browser.click("The earlier certificate " + first);
		assertThat(browser.text()).contains("This certificate was replaced on 4 January 2027", "Replaced", first,
				"Publish the baseline (due by 1 September 2027)");
		CertificateStatesIntegrationTest.assertBlind(a, browser.driver().getPageSource(), "replaced certificate");
		browser.click("View the current certificate");
		assertThat(browser.text()).contains(city + " is accredited until 4 January 2030", current);

		// a mistyped code: a page of its own, with the form to try again
		browser.click("Check another certificate");
		browser.type("code", current.substring(1)).click("Check the certificate");
		assertThat(browser.text()).contains("No such certificate", current.substring(1), "Try another code");
		browser.type("code", current.toLowerCase(java.util.Locale.ROOT)).click("Check the certificate");
		assertThat(browser.text()).contains(city + " is accredited until 4 January 2030");
		browser.click("Nederlands");
		assertThat(browser.text()).contains(city + " is geaccrediteerd tot 4 januari 2030", "Het eerdere certificaat");
		browser.click("English");
	}

	private synchronized Map<Width, Replaced> seed() {
		if (SEEDED.isEmpty()) {
			CertificateFixture fixture = new CertificateFixture(network, decisions);
			for (Width width : Width.values()) {
				Accredited a = fixture.accredit("Journeyhaven " + width.name().charAt(0)
						+ width.name().substring(1).toLowerCase(java.util.Locale.ROOT));
				fixture.appeal(a, "The indicators were in the annex");
				Decision again = fixture.decideAgain(a, Recommendation.ACCREDIT);
				SEEDED.put(width, new Replaced(a, again.certificateCode()));
			}
		}
		return SEEDED;
	}

}
