package org.inclusivecities.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings.
 *
 * @param maxFailures failed password attempts per email address from one client address within {@code window}
 * before sign-in to that account from that client address is refused until the window has passed (from any
 * other address the owner still gets in)
 * @param maxFailuresPerAddress the same per client IP address (higher: many people may share one address)
 * @param window the period the failures are counted over
 */
@ConfigurationProperties("platform.web.sign-in")
public record SignInProperties(@DefaultValue("5") int maxFailures, @DefaultValue("20") int maxFailuresPerAddress,
		@DefaultValue("PT15M") Duration window) {
}
