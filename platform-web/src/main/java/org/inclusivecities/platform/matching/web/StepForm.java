package org.inclusivecities.platform.matching.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.inclusivecities.platform.matching.Pairing;
import org.inclusivecities.platform.matching.TransferPhase;

/** A step for the transfer plan: its phase, what is to be done, and by when (phase and ISO date checked on submit). */
record StepForm(@NotBlank(message = "{matching.step.phase.required}") @Size(max = 20,
		message = "{matching.step.phase.required}") String phase,
		@NotBlank(message = "{matching.step.what.required}") @Size(max = Pairing.STEP_MAX,
				message = "{matching.step.what.tooLong}") String what,
		@NotBlank(message = "{matching.step.dueBy.required}") @Size(max = 10,
				message = "{matching.step.dueBy.invalid}") String dueBy) {

	static StepForm empty() {
		return new StepForm(TransferPhase.UNDERSTAND.name(), "", "");
	}

	/** The chosen phase; empty for anything but a phase's name. */
	java.util.Optional<TransferPhase> transferPhase() {
		return java.util.Arrays.stream(TransferPhase.values()).filter(p -> p.name().equals(phase)).findFirst();
	}

}
