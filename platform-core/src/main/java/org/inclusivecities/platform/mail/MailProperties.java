package org.inclusivecities.platform.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the platform sends mail.
 *
 * @param from sender address of every platform mail
 * @param connectTimeout longest wait for the SMTP server to accept the connection
 * @param readTimeout longest wait for each answer of the SMTP server
 * @param writeTimeout longest wait for the SMTP server to take each part of a message
 * @param retryBackoff wait before the second attempt of a mail that was not delivered; doubled for each further
 * attempt
 * @param deliveryLock how long one instance holds the delivery job's cluster lock; extended while it works, so
 * after a crash another instance takes over within this time
 * @param interruptedAfter a mail handed to SMTP by an instance that stopped before it recorded the outcome counts
 * as interrupted after this time: it is marked failed (it may have arrived) for the secretariat to check and retry,
 * never sent again on its own
 */
@ConfigurationProperties("platform.mail")
public record MailProperties(@DefaultValue("Inclusive Cities <no-reply@inclusive-cities.example>") String from,
		@DefaultValue("PT10S") Duration connectTimeout, @DefaultValue("PT10S") Duration readTimeout,
		@DefaultValue("PT10S") Duration writeTimeout, @DefaultValue("PT30S") Duration retryBackoff,
		@DefaultValue("PT30S") Duration deliveryLock, @DefaultValue("PT2M") Duration interruptedAfter) {
}
