package org.inclusivecities.platform.people;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	@Test
	void acceptsALongPassphrase() {
		assertThat(PasswordPolicy.problems("correct horse battery staple", "ann@example.org")).isEmpty();
	}

	@Test
	void refusesShortCommonRepetitiveOrEmailBasedPasswords() {
		assertThat(PasswordPolicy.problems("short", null)).containsExactly("password.too-short");
		assertThat(PasswordPolicy.problems("Password1234", null)).contains("password.too-common");
		assertThat(PasswordPolicy.problems("aaaaaaaaaaaaaaaa", null)).contains("password.too-common");
		assertThat(PasswordPolicy.problems("annemarie-secret-2026", "annemarie@example.org"))
			.contains("password.contains-email");
		assertThat(PasswordPolicy.problems("x".repeat(64) + "y".repeat(64) + "zw", null)).contains("password.too-long");
	}

}
