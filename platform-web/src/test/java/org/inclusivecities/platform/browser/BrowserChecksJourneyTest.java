package org.inclusivecities.platform.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.inclusivecities.platform.browser.Browser.Width;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The journeys' own checks can fail: axe-core finds a violation on a page (also the second time the same page is
 * shown, since only clean pages are remembered), a constant shown by its code name fails the page, and the phone width
 * finds a page wider than the screen. Pages are
 * given as data: URLs, so no application is started.
 */
class BrowserChecksJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	private static final String CLEAN = page("<main><h1>Clean</h1><p>Nothing wrong here.</p></main>");

	private static final String IMAGE_WITHOUT_TEXT = page(
			"<main><h1>Broken</h1><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></main>");

	private static final String TOO_WIDE = page("<main><h1>Wide</h1><div style=\"width:900px\">wide</div></main>");

	@Test
	void aViolationFailsThePageEveryTimeItIsShown() {
		assertThatThrownBy(() -> browser.open(IMAGE_WITHOUT_TEXT)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("image-alt");
		assertThatThrownBy(() -> browser.openFromMail(IMAGE_WITHOUT_TEXT)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("image-alt");
	}

	@Test
	void aCleanPagePassesAgainAndAgain() {
		assertThatCode(() -> browser.open(CLEAN).openFromMail(CLEAN)).doesNotThrowAnyException();
	}

	@Test
	void aConstantShownByItsCodeNameFailsThePage() {
		assertThatThrownBy(() -> browser.open(page("<main><h1>Council</h1><p>PERSON_IN_RECOVERY</p></main>")))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("PERSON_IN_RECOVERY");
	}

	@Test
	void aPageWiderThanThePhoneFailsAtThePhoneWidthOnly() {
		assertThatCode(() -> browser.open(TOO_WIDE)).doesNotThrowAnyException();
		assertThatThrownBy(() -> browser.at(Width.PHONE).openFromMail(TOO_WIDE)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("horizontal overflow");
	}

	private static String page(String body) {
		String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Check</title></head><body>"
				+ body + "</body></html>";
		return "data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
