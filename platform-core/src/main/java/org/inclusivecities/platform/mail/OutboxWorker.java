package org.inclusivecities.platform.mail;

import java.time.Clock;

import jakarta.mail.MessagingException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers due outbox mails through Spring Mail, with exponential backoff on failure. Without an SMTP
 * server configured (the embedded default) mails stay in the outbox, readable by the secretariat.
 * <p>
 * A short ShedLock lock, extended while the job works ({@code KeepAliveLockProvider}), makes one instance at a
 * time do the work and lets another take over within {@code platform.mail.delivery-lock} after a crash. Each mail
 * is claimed ({@code SENDING}, a versioned write) before it is handed to SMTP, so it goes out <em>at most once</em>:
 * a claim left behind by a stopped instance is never resent on its own but marked failed ("interrupted, it may
 * have arrived") for the secretariat to check and retry.
 */
@Component
class OutboxWorker {

	private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

	private final Outbox outbox;

	private final ObjectProvider<JavaMailSender> sender;

	private final MailProperties properties;

	private final Clock clock;

	OutboxWorker(Outbox outbox, ObjectProvider<JavaMailSender> sender, MailProperties properties, Clock clock) {
		this.outbox = outbox;
		this.sender = sender;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${platform.mail.poll-interval:PT5S}", initialDelayString = "PT2S")
	@SchedulerLock(name = "outbox-delivery", lockAtMostFor = "${platform.mail.delivery-lock:PT30S}")
	void deliverDue() {
		JavaMailSender mailSender = sender.getIfAvailable();
		if (mailSender == null) {
			return;
		}
		failInterrupted();
		for (OutboxMail mail : outbox.findTop50ByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(
				OutboxMail.Status.PENDING, clock.instant())) {
			if (claim(mail)) {
				deliver(mailSender, mail);
			}
		}
	}

	/** Claims left by an instance that stopped mid-send: failed, never sent again on their own. */
	private void failInterrupted() {
		var claimedBefore = clock.instant().minus(properties.interruptedAfter());
		for (OutboxMail mail : outbox.findAllByStatusAndClaimedAtLessThan(OutboxMail.Status.SENDING, claimedBefore)) {
			mail.interrupted(clock.instant());
			try {
				outbox.save(mail);
				log.warn("Outbox mail {} ({}) was interrupted mid-send; marked failed for the secretariat to check",
						mail.getId(), mail.getTemplate());
			}
			catch (OptimisticLockingFailureException ex) {
				// its sender recorded the outcome meanwhile
			}
		}
	}

	private boolean claim(OutboxMail mail) {
		mail.claim(clock.instant());
		try {
			outbox.save(mail);
			return true;
		}
		catch (OptimisticLockingFailureException ex) {
			return false; // another instance has it
		}
	}

	private void deliver(JavaMailSender mailSender, OutboxMail mail) {
		try {
			var message = mailSender.createMimeMessage();
			var helper = new MimeMessageHelper(message, mail.getHtmlBody() != null, "UTF-8");
			helper.setFrom(properties.from());
			helper.setTo(mail.getRecipient());
			helper.setSubject(mail.getSubject());
			if (mail.getHtmlBody() != null) {
				helper.setText(mail.getTextBody(), mail.getHtmlBody());
			}
			else {
				helper.setText(mail.getTextBody());
			}
			for (var header : mail.getHeaders().entrySet()) {
				message.setHeader(header.getKey(), header.getValue());
			}
			mailSender.send(message);
			mail.sent(clock.instant());
		}
		catch (MailException | MessagingException ex) {
			// no recipient address in the log: it is personal data
			log.warn("Outbox mail {} ({}) not delivered, attempt {}: {}", mail.getId(), mail.getTemplate(),
					mail.getAttempts() + 1, ex.getMessage());
			mail.failed(clock.instant(), properties.retryBackoff(),
					ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		outbox.save(mail);
	}

}
