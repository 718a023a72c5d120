package org.inclusivecities.platform.browser;

import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.inclusivecities.platform.browser.Browser.Width;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SharesContext
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PublicPagesJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@ParameterizedTest
	@EnumSource(Width.class)
	void informationPagesAreAccessibleInBothLanguagesOnADesktopAndAPhone(Width width) {
		String base = "http://localhost:" + port;
		browser.at(width).open(base + "/");
		assertThat(browser.text()).contains("Cities where no one walks the recovery path alone");
		browser.click("Nederlands");
		assertThat(browser.text()).contains("Steden waar niemand het herstelpad alleen loopt");
		browser.click("Over het netwerk").click("Privacy")
			.jumpTo(base + "/no-such-page", "a mistyped address: no link leads to it");
		assertThat(browser.text()).contains("Pagina niet gevonden");
	}

}
