package org.inclusivecities.platform.security;

import org.inclusivecities.platform.PlatformApplication;
import org.inclusivecities.platform.people.ApiTokens;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.SecretTokens;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformIntegrationTest(properties = { "platform.bootstrap.admin-email=" + AdminBootstrapIntegrationTest.EMAIL,
		"platform.bootstrap.admin-password=" + AdminBootstrapIntegrationTest.PASSWORD,
		"platform.bootstrap.admin-display-name=Network Secretariat",
		"platform.bootstrap.api-token=" + AdminBootstrapIntegrationTest.TOKEN })
@AutoConfigureMockMvc
class AdminBootstrapIntegrationTest {

	static final String EMAIL = "Secretariat@Example.org";

	static final String PASSWORD = "a long bootstrap secret";

	static final String TOKEN = "icp_bootstrapTokenForProvisioningScripts0123";

	@Autowired
	People people;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AdminBootstrap bootstrap;

	@Autowired
	MockMvc mvc;

	@Test
	void emptyPlatformGetsItsFirstNetworkAdminWithTokenOnceOnly() throws Exception {
		Person admin = people.findByEmail("secretariat@example.org").orElseThrow();
		assertThat(admin.isNetworkAdmin()).isTrue();
		assertThat(admin.getDisplayName()).isEqualTo("Network Secretariat");
		assertThat(encoder.matches(PASSWORD, admin.getPasswordHash())).isTrue();
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.networkAdmin").value(true))
			.andExpect(jsonPath("$.id").value(admin.getId()));

		admin.changePassword(encoder.encode("changed since the first start"));
		people.save(admin);
		bootstrap.afterPropertiesSet();

		assertThat(people.count()).isEqualTo(1);
		assertThat(apiTokens.findAllByPersonIdOrderByCreatedAtDesc(admin.getId())).hasSize(1);
		assertThat(apiTokens.findByHash(SecretTokens.hash(TOKEN))).isPresent();
		assertThat(encoder.matches("changed since the first start",
				people.findById(admin.getId()).orElseThrow().getPasswordHash())).isTrue();
	}

	@Test
	void weakBootstrapPasswordRefusesToStart() {
		assertThatThrownBy(() -> start("platform.bootstrap.admin-password=password1234"))
			.hasStackTraceContaining("platform.bootstrap.admin-password is not acceptable")
			.hasStackTraceContaining("too easy to guess");
		assertThatThrownBy(() -> start("platform.bootstrap.admin-password=short"))
			.hasStackTraceContaining("platform.bootstrap.admin-password is not acceptable")
			.hasStackTraceContaining("at least 12 characters");
	}

	@Test
	void malformedBootstrapTokenRefusesToStart() {
		assertThatThrownBy(() -> start("platform.bootstrap.admin-password=" + PASSWORD,
				"platform.bootstrap.api-token=abc_notOurFormatButLongEnoughToPassTheLengthCheck"))
			.hasStackTraceContaining("platform.bootstrap.api-token must start with icp_");
		assertThatThrownBy(() -> start("platform.bootstrap.admin-password=" + PASSWORD, "platform.bootstrap.api-token=icp_short"))
			.hasStackTraceContaining("platform.bootstrap.api-token must start with icp_");
	}

	private static void start(String... properties) {
		new SpringApplicationBuilder(PlatformApplication.class).web(WebApplicationType.NONE)
			.initializers(new TestDatabaseInitializer())
			.properties("platform.bootstrap.admin-email=admin@example.org", "spring.main.banner-mode=off")
			.properties(properties)
			.run()
			.close();
	}

}
