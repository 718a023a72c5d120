package org.inclusivecities.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first secretariat account of an empty platform.
 *
 * @param adminEmail email address of the first network admin; nothing happens without it
 * @param adminPassword their password; must meet the password policy or the application refuses to start
 * @param adminDisplayName their name as shown on the platform
 * @param apiToken optional personal API token (icp_..., at least 40 characters) registered for that admin,
 * e.g. for provisioning scripts
 */
@ConfigurationProperties("platform.bootstrap")
public record BootstrapProperties(String adminEmail, String adminPassword,
		@DefaultValue("Secretariat") String adminDisplayName, String apiToken) {

	static final int MIN_API_TOKEN_LENGTH = 40;

	@Override
	public String toString() {
		return "BootstrapProperties[adminEmail=" + (adminEmail == null ? "unset" : "set") + "]";
	}

}
