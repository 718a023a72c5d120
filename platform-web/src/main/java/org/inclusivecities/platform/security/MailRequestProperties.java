package org.inclusivecities.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on the anonymous forms that make the platform send a mail (password reset, subscribe), so nobody can use
 * them to flood inboxes or the outbox.
 *
 * @param perAddress requests per client IP address within {@code window}; more get 429 Too Many Requests
 * @param window the period the requests are counted over
 */
@ConfigurationProperties("platform.web.mail-requests")
public record MailRequestProperties(@DefaultValue("10") int perAddress, @DefaultValue("PT15M") Duration window) {
}
