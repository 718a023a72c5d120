package org.inclusivecities.platform.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be (NIST SP 800-63B style): long enough, not too long, not a well-known password,
 * not the email address. Returns message keys, so every form and the bootstrap can say what is wrong.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiopas", "passwordpassword",
			"welcome12345", "changeme1234", "administrator", "letmein12345", "iloveyou1234", "inclusivecities",
			"000000000000", "111111111111", "abcdefghijkl", "password123!", "admin1234567");

	private PasswordPolicy() {
	}

	/** Message keys of every rule the password breaks; empty when it is acceptable. */
	public static List<String> problems(String password, String email) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.length() < MIN_LENGTH) {
			problems.add("password.too-short");
			return problems;
		}
		if (password.length() > MAX_LENGTH) {
			problems.add("password.too-long");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
			problems.add("password.too-common");
		}
		if (email != null && !email.isBlank() && lower.contains(email.toLowerCase(Locale.ROOT).split("@")[0])
				&& email.split("@")[0].length() >= 4) {
			problems.add("password.contains-email");
		}
		return problems;
	}

	public static boolean acceptable(String password, String email) {
		return problems(password, email).isEmpty();
	}

}
