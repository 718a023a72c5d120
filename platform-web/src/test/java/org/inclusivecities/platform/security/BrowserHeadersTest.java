package org.inclusivecities.platform.security;

import java.time.Duration;

import org.inclusivecities.platform.directory.MapProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Content-Security-Policy lets images come from the configured tile server only, and from none without maps. */
class BrowserHeadersTest {

	private static String images(String tiles) {
		String csp = BrowserHeaders.contentSecurityPolicy(new MapProperties(tiles, "© OpenStreetMap", Duration.ofSeconds(10)));
		return csp.substring(csp.indexOf("img-src"), csp.indexOf(';', csp.indexOf("img-src")));
	}

	@Test
	void mapsAreOffUntilATileServerIsChosen() {
		assertThat(new MapProperties(MapProperties.NONE, "", Duration.ofSeconds(10)).enabled()).isFalse();
		assertThat(new MapProperties(" None ", "", Duration.ofSeconds(10)).enabled()).isFalse();
		assertThat(new MapProperties("/tiles/{z}/{x}/{y}.png", "", Duration.ofSeconds(10)).enabled()).isTrue();
	}

	@Test
	void withoutMapsImagesComeFromThisSiteOnly() {
		assertThat(images("none")).isEqualTo("img-src 'self' data:");
		assertThat(images("NONE")).isEqualTo("img-src 'self' data:");
		assertThat(images("")).isEqualTo("img-src 'self' data:");
	}

	@Test
	void aTileServerOfItsOwnIsTheOnlyOtherImageSource() {
		assertThat(images("https://tiles.example.org/osm/{z}/{x}/{y}.png"))
			.isEqualTo("img-src 'self' data: https://tiles.example.org");
		assertThat(images("https://{s}.tile.example.org/{z}/{x}/{y}.png"))
			.isEqualTo("img-src 'self' data: https://*.tile.example.org");
	}

	@Test
	void tilesServedByThisSiteNeedNoOtherSource() {
		assertThat(images("/tiles/{z}/{x}/{y}.png")).isEqualTo("img-src 'self' data:");
		assertThat(images("//tiles.example.org/{z}/{x}/{y}.png")).isEqualTo("img-src 'self' data: https://tiles.example.org");
	}

}
