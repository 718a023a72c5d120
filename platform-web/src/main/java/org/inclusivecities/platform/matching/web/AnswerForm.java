package org.inclusivecities.platform.matching.web;

import jakarta.validation.constraints.Size;

import org.inclusivecities.platform.matching.Pairing;

/** The asked city's optional reason for declining; the asker reads it in a mail. */
record AnswerForm(@Size(max = Pairing.REASON_MAX, message = "{matching.decline.reason.tooLong}") String reason) {

	static AnswerForm empty() {
		return new AnswerForm("");
	}

}
