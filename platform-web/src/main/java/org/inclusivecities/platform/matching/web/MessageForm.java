package org.inclusivecities.platform.matching.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.inclusivecities.platform.matching.Pairing;

/** A message for the pairing's private thread. */
record MessageForm(@NotBlank(message = "{matching.message.required}") @Size(max = Pairing.MESSAGE_MAX,
		message = "{matching.message.tooLong}") String text) {

	static MessageForm empty() {
		return new MessageForm("");
	}

}
