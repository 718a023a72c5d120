package org.inclusivecities.platform.mail;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * The one way to send mail: renders the template in the recipient's language and stores it in the
 * outbox. Delivery happens in the background ({@link OutboxWorker}), so a slow or absent SMTP server
 * never fails the user's action and never loses a mail.
 */
@Service
public class Mailer {

	private final MailTemplates templates;

	private final Outbox outbox;

	private final Clock clock;

	Mailer(MailTemplates templates, Outbox outbox, Clock clock) {
		this.templates = templates;
		this.outbox = outbox;
		this.clock = clock;
	}

	public OutboxMail send(String recipient, Locale locale, String template, Map<String, Object> model) {
		return send(recipient, locale, template, model, Map.of());
	}

	/**
	 * As {@link #send(String, Locale, String, Map)}, with extra message headers (such as RFC 8058's
	 * List-Unsubscribe). Header names and values must be printable ASCII without line breaks.
	 */
	public OutboxMail send(String recipient, Locale locale, String template, Map<String, Object> model,
			Map<String, String> headers) {
		headers.forEach(Mailer::requireSafeHeader);
		RenderedMail mail = templates.render(template, locale, model);
		return outbox.save(OutboxMail.of(mail, recipient, template, headers, clock.instant()));
	}

	private static void requireSafeHeader(String name, String value) {
		if (!name.matches("[A-Za-z0-9-]+") || !value.matches("[\\x20-\\x7E]*")) {
			throw new IllegalArgumentException("Not a safe mail header: " + name);
		}
	}

}
