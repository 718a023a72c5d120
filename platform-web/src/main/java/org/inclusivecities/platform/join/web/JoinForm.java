package org.inclusivecities.platform.join.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.inclusivecities.platform.city.ApplicationContact;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.Coordinates;
import org.inclusivecities.platform.people.Language;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** What the "join the network" form binds to: never the City document itself. */
record JoinForm(
		@NotBlank(message = "{join.error.name}") @Size(max = 120, message = "{join.error.name.size}") String name,
		@NotBlank(message = "{join.error.country}") String country,
		@Size(max = 120, message = "{join.error.region.size}") String region,
		@NotNull(message = "{join.error.population}") @Positive(message = "{join.error.population.positive}")
		@Max(value = 100_000_000, message = "{join.error.population.max}") Long population,
		@NotEmpty(message = "{join.error.languages}") @Size(max = 10, message = "{join.error.languages.size}") List<String> languages,
		@DecimalMin(value = "-90", message = "{join.error.latitude}") @DecimalMax(value = "90", message = "{join.error.latitude}") Double latitude,
		@DecimalMin(value = "-180", message = "{join.error.longitude}") @DecimalMax(value = "180", message = "{join.error.longitude}") Double longitude,
		@Size(max = 300, message = "{join.error.website.size}")
		@Pattern(regexp = "^$|https?://[^\\s<>\"]+\\.[^\\s<>\"]+", message = "{join.error.website}") String website,
		@NotBlank(message = "{join.error.contactName}") @Size(max = 120, message = "{join.error.contactName.size}") String contactName,
		@NotBlank(message = "{join.error.contactEmail}") @Size(max = 254, message = "{join.error.contactEmail.size}")
		@Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{join.error.contactEmail.format}") String contactEmail,
		@NotNull(message = "{join.error.contactLanguage}") Language contactLanguage,
		@NotNull(message = "{join.error.councilDecisionDate}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate councilDecisionDate,
		MultipartFile charter) {

	static JoinForm empty(Language language) {
		return new JoinForm(null, null, null, null, List.of(), null, null, null, null, null, language, null, null);
	}

	CityProfile profile() {
		Coordinates coordinates = latitude != null && longitude != null ? new Coordinates(latitude, longitude) : null;
		return new CityProfile(name.strip(), country, blankToNull(region), population, languages, coordinates,
				blankToNull(website));
	}

	ApplicationContact contact() {
		return new ApplicationContact(contactName.strip(), contactEmail.strip(), contactLanguage);
	}

	/** The same values without the uploaded file, to show the form again. */
	JoinForm withoutFile() {
		return new JoinForm(name, country, region, population, languages, latitude, longitude, website, contactName,
				contactEmail, contactLanguage, councilDecisionDate, null);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
