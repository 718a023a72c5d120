package org.inclusivecities.platform.matching.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.inclusivecities.platform.matching.Pairing;

/** What the asking city wants to learn (or offers), and the practice concerned when the match named one. */
record PairingForm(
		@NotBlank(message = "{matching.ask.wish.required}") @Size(max = Pairing.WISH_MAX,
				message = "{matching.ask.wish.tooLong}") String wish,
		@Size(max = 24) String practiceId) {

	static PairingForm empty(String practiceId) {
		return new PairingForm("", practiceId);
	}

}
