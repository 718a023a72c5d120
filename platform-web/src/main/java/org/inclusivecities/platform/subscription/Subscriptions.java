package org.inclusivecities.platform.subscription;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Digest subscriptions (not tenant data: one network-wide mailing list). */
interface Subscriptions extends Repository<Subscription, String> {

	Subscription save(Subscription subscription);

	Optional<Subscription> findByEmail(String email);

	Optional<Subscription> findByConfirmTokenHash(String hash);

	Optional<Subscription> findByUnsubscribeTokenHashes(String hash);

	List<Subscription> findAllByStatus(Subscription.Status status);

	void delete(Subscription subscription);

	long count();

}
