package org.inclusivecities.platform.security;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.inclusivecities.platform.people.ApiToken;
import org.inclusivecities.platform.people.ApiTokens;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.PasswordPolicy;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.SecretTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Gives an empty platform its first network admin (and optionally their API token) from
 * {@code platform.bootstrap.*}. Runs at every start and changes nothing once a network admin exists;
 * refuses to start with a password the policy rejects or a malformed token.
 */
@Component
class AdminBootstrap implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final BootstrapProperties properties;

	private final People people;

	private final ApiTokens apiTokens;

	private final PasswordEncoder encoder;

	private final MessageSource messages;

	private final Clock clock;

	AdminBootstrap(BootstrapProperties properties, People people, ApiTokens apiTokens, PasswordEncoder encoder,
			MessageSource messages, Clock clock) {
		this.properties = properties;
		this.people = people;
		this.apiTokens = apiTokens;
		this.encoder = encoder;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		if (properties.adminEmail() == null || properties.adminEmail().isBlank()) {
			return;
		}
		String email = Person.normalise(properties.adminEmail());
		validate(email);
		if (!people.existsByNetworkAdminTrue()) {
			Person admin = people.findByEmail(email)
				.orElseGet(() -> Person.create(email, properties.adminDisplayName(), Language.EN, clock.instant()));
			admin.makeNetworkAdmin();
			admin.changePassword(encoder.encode(properties.adminPassword()));
			people.save(admin);
			log.info("Bootstrap: created the first network admin from platform.bootstrap.admin-email");
		}
		String token = properties.apiToken();
		if (token != null && !token.isBlank() && !apiTokens.existsByHash(SecretTokens.hash(token))) {
			people.findByEmail(email).filter(Person::isNetworkAdmin).ifPresent(admin -> {
				apiTokens.save(ApiToken.of(admin.getId(), "bootstrap", token, clock.instant(), null));
				log.info("Bootstrap: registered platform.bootstrap.api-token for the network admin");
			});
		}
	}

	private void validate(String email) {
		List<String> problems = PasswordPolicy.problems(properties.adminPassword(), email);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("platform.bootstrap.admin-password is not acceptable: " + String.join("; ",
					problems.stream().map(key -> messages.getMessage(key, null, key, Locale.ENGLISH)).toList()));
		}
		String token = properties.apiToken();
		if (token != null && !token.isBlank()
				&& (!token.startsWith(ApiToken.PREFIX) || token.length() < BootstrapProperties.MIN_API_TOKEN_LENGTH)) {
			throw new IllegalStateException("platform.bootstrap.api-token must start with " + ApiToken.PREFIX
					+ " and be at least " + BootstrapProperties.MIN_API_TOKEN_LENGTH + " characters long");
		}
	}

}
