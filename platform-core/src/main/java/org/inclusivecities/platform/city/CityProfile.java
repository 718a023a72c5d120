package org.inclusivecities.platform.city;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The descriptive data of a city, as entered on forms and the API. */
public record CityProfile(
		@NotBlank @Size(max = 120) String name,
		@NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "{city.country.iso}") String country,
		@Size(max = 120) String region,
		@PositiveOrZero Long population,
		@NotEmpty @Size(max = 10) List<@Pattern(regexp = "[a-z]{2}", message = "{city.language.iso}") String> languages,
		@Valid Coordinates coordinates,
		@Size(max = 300) @Pattern(regexp = "^$|https?://\\S+", message = "{city.website.url}") String website) {

	public CityProfile {
		languages = languages == null ? List.of() : List.copyOf(languages);
	}
}
