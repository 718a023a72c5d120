package org.inclusivecities.platform.people;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretTokensTest {

	@Test
	void tokensAreLongRandomUrlSafeAndStoredOnlyAsDigest() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 100; i++) {
			String token = SecretTokens.generate(ApiToken.PREFIX);
			assertThat(token).matches("icp_[A-Za-z0-9_-]{43}");
			assertThat(seen.add(token)).isTrue();
		}
		String token = SecretTokens.generate("");
		assertThat(SecretTokens.hash(token)).hasSize(64).isEqualTo(SecretTokens.hash(token)).doesNotContain(token);
		ApiToken apiToken = ApiToken.of("p1", "script", "icp_" + token, Instant.EPOCH, null);
		assertThat(apiToken.getHash()).isEqualTo(SecretTokens.hash("icp_" + token));
		assertThatThrownBy(() -> ApiToken.of("p1", "script", token, Instant.EPOCH, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void resetLinkWorksOnceAndForOneHour() {
		Instant at = Instant.parse("2026-01-01T10:00:00Z");
		PasswordResetToken token = PasswordResetToken.of("p1", "secret", at);
		assertThat(token.isUsable(at.plusSeconds(3599))).isTrue();
		assertThat(token.isUsable(at.plusSeconds(3600))).isFalse();
		token.use(at.plusSeconds(60));
		assertThat(token.isUsable(at.plusSeconds(61))).isFalse();
		assertThatThrownBy(() -> token.use(at.plusSeconds(62))).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void apiTokenExpiresAtItsMoment() {
		Instant at = Instant.parse("2026-01-01T10:00:00Z");
		assertThat(ApiToken.of("p", "n", "icp_x", at, at.plusSeconds(10)).isExpired(at.plusSeconds(9))).isFalse();
		assertThat(ApiToken.of("p", "n", "icp_x", at, at.plusSeconds(10)).isExpired(at.plusSeconds(10))).isTrue();
		assertThat(ApiToken.of("p", "n", "icp_x", at, null).isExpired(at.plusSeconds(999_999_999))).isFalse();
	}

}
