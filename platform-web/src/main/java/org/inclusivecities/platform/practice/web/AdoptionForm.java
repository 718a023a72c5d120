package org.inclusivecities.platform.practice.web;

import org.inclusivecities.platform.practice.Adoption;
import org.inclusivecities.platform.practice.AdoptionDetails;
import org.inclusivecities.platform.practice.PracticeAdoption;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** How the city adapted the practice, an optional reference and the optional id of one of its indicators. */
record AdoptionForm(
		@NotBlank(message = "{practice.error.adaptation}") @Size(max = PracticeAdoption.TEXT_MAX,
				message = "{practice.error.too-long}") String adaptation,
		@Size(max = PracticeAdoption.REFERENCE_MAX, message = "{practice.error.too-long}") String reference,
		@Size(max = 40, message = "{practice.error.indicator}") String indicatorId) {

	static AdoptionForm empty() {
		return new AdoptionForm("", "", "");
	}

	static AdoptionForm of(Adoption adoption) {
		return new AdoptionForm(adoption.getAdaptation(), adoption.getReference(), adoption.getIndicatorId());
	}

	AdoptionDetails details() {
		return new AdoptionDetails(adaptation, reference, indicatorId);
	}

}
