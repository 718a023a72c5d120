package org.inclusivecities.platform.practice.web;

import java.time.LocalDate;
import java.util.Optional;

import org.inclusivecities.platform.layout.IsoDates;
import org.inclusivecities.platform.practice.Adoption;
import org.inclusivecities.platform.practice.PracticeAdoption;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A result reported back: what came of the adoption, and the day (ISO, YYYY-MM-DD) it holds for. */
record ResultForm(
		@NotBlank(message = "{practice.error.result}") @Size(max = PracticeAdoption.TEXT_MAX,
				message = "{practice.error.too-long}") String result,
		@NotBlank(message = "{practice.error.resultAsOf}") @Size(max = 10,
				message = "{practice.error.resultAsOf}") String resultAsOf) {

	static ResultForm of(Adoption adoption, LocalDate today) {
		return new ResultForm(adoption.getResult() == null ? "" : adoption.getResult(),
				(adoption.getResultAsOf() == null ? today : adoption.getResultAsOf()).toString());
	}

	/** The day, when {@code resultAsOf} is a real ISO date. */
	Optional<LocalDate> asOf() {
		return resultAsOf == null ? Optional.empty() : IsoDates.parse(resultAsOf);
	}

}
