package org.inclusivecities.platform.mail;

import java.time.Clock;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The mails the platform gave up on, for the secretariat to see and send again. */
@Service
public class FailedMails {

	private final Outbox outbox;

	private final Clock clock;

	FailedMails(Outbox outbox, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	public long count() {
		return outbox.countByStatus(OutboxMail.Status.FAILED);
	}

	public Page<OutboxMail> list(Pageable pageable) {
		return outbox.findAllByStatusOrderByCreatedAtDesc(OutboxMail.Status.FAILED, pageable);
	}

	/**
	 * Queues one failed mail for delivery with a fresh set of attempts.
	 * @return the mail, or empty when there is no such mail or it is not failed (any more)
	 */
	public Optional<OutboxMail> retry(String id) {
		return outbox.findById(id).filter(OutboxMail::isRetryable).filter(this::queue);
	}

	/** Queues every failed mail for delivery again; returns how many. */
	public int retryAll() {
		return (int) outbox.findAllByStatus(OutboxMail.Status.FAILED).stream().filter(this::queue).count();
	}

	private boolean queue(OutboxMail mail) {
		mail.retry(clock.instant());
		try {
			outbox.save(mail);
			return true;
		}
		catch (OptimisticLockingFailureException ex) {
			return false; // retried by someone else meanwhile
		}
	}

}
