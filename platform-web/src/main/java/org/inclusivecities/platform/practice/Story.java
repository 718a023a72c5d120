package org.inclusivecities.platform.practice;

import java.time.Instant;

/**
 * A first-person story of recovery attached to a practice. It becomes public with the next publication of the
 * practice (so the secretariat sees it first) and disappears everywhere the moment consent is withdrawn; its
 * text is then erased, only the consent record stays.
 */
public record Story(String id, String title, String text, Consent consent, Instant addedAt, boolean published) {

	/** Visible to the public: moderated and consent in force. */
	public boolean isVisible() {
		return published && !consent.isWithdrawn();
	}

	/** The author as the consent allows: name, pseudonym, or null for anonymous. */
	public String displayedAuthor() {
		return switch (consent.scope()) {
			case NAMED -> consent.givenBy();
			case PSEUDONYMOUS -> consent.pseudonym();
			case ANONYMOUS -> null;
		};
	}

	Story withConsentWithdrawn(Instant at) {
		return new Story(id, null, null, consent.withdrawn(at), addedAt, published);
	}

	Story approved() {
		return new Story(id, title, text, consent, addedAt, true);
	}

}
