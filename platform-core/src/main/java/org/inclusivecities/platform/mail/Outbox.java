package org.inclusivecities.platform.mail;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** The stored mails, written before any delivery attempt. */
public interface Outbox extends Repository<OutboxMail, String> {

	OutboxMail save(OutboxMail mail);

	List<OutboxMail> findTop50ByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(OutboxMail.Status status,
			Instant due);

	Page<OutboxMail> findAllByOrderByCreatedAtDesc(Pageable pageable);

	Page<OutboxMail> findAllByStatusOrderByCreatedAtDesc(OutboxMail.Status status, Pageable pageable);

	List<OutboxMail> findAllByStatusAndClaimedAtLessThan(OutboxMail.Status status, Instant claimedBefore);

	List<OutboxMail> findAllByStatus(OutboxMail.Status status);

	long countByStatus(OutboxMail.Status status);

	java.util.Optional<OutboxMail> findById(String id);

	List<OutboxMail> findAllByRecipientOrderByCreatedAtDesc(String recipient);

}
