package org.inclusivecities.platform.join.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.inclusivecities.platform.join.ApplicationContact;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.Coordinates;
import org.inclusivecities.platform.people.Language;


/**
 * What the "join the network" form binds to: never the City document itself. Numbers and dates are
 * strings here, parsed by the controller, so a wrong value becomes a field message instead of a failed
 * record construction; the charter file is a separate request part.
 */
record JoinForm(
		@NotBlank(message = "{join.error.name}") @Size(max = 120, message = "{join.error.name.size}") String name,
		@NotBlank(message = "{join.error.country}") String country,
		@Size(max = 120, message = "{join.error.region.size}") String region,
		@NotBlank(message = "{join.error.population}") @Size(max = 20, message = "{typeMismatch.joinForm.population}") String population,
		@NotEmpty(message = "{join.error.languages}") @Size(max = 10, message = "{join.error.languages.size}") List<String> languages,
		@Size(max = 30, message = "{join.error.latitude}") String latitude,
		@Size(max = 30, message = "{join.error.longitude}") String longitude,
		@Size(max = 300, message = "{join.error.website.size}")
		@Pattern(regexp = "^$|https?://[^\\s<>\"]+\\.[^\\s<>\"]+", message = "{join.error.website}") String website,
		@NotBlank(message = "{join.error.contactName}") @Size(max = 120, message = "{join.error.contactName.size}") String contactName,
		@NotBlank(message = "{join.error.contactEmail}") @Size(max = 254, message = "{join.error.contactEmail.size}")
		@Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{join.error.contactEmail.format}") String contactEmail,
		@NotBlank(message = "{join.error.contactLanguage}") String contactLanguage,
		@NotBlank(message = "{join.error.councilDecisionDate}") @Size(max = 10, message = "{typeMismatch.joinForm.councilDecisionDate}") String councilDecisionDate,
		/** Ticked after a likely-duplicate warning: the applicant confirms the city is another one. */
		Boolean differentCity) {

	static final long MAX_POPULATION = 100_000_000L;

	static JoinForm empty(Language language) {
		return new JoinForm(null, null, null, null, List.of(), null, null, null, null, null, language.name(), null, false);
	}

	/** Only called once {@link JoinController} has checked every value parses. */
	CityProfile profile() {
		Coordinates coordinates = isBlank(latitude) ? null
				: new Coordinates(Double.valueOf(latitude.strip()), Double.valueOf(longitude.strip()));
		return new CityProfile(name.strip(), country, blankToNull(region), Long.valueOf(population.strip()), languages,
				coordinates, blankToNull(website));
	}

	boolean confirmedDifferentCity() {
		return Boolean.TRUE.equals(differentCity);
	}

	ApplicationContact contact() {
		return new ApplicationContact(contactName.strip(), contactEmail.strip(), Language.valueOf(contactLanguage));
	}

	LocalDate decisionDate() {
		return LocalDate.parse(councilDecisionDate.strip());
	}

	static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
