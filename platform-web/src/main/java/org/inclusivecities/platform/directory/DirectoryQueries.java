package org.inclusivecities.platform.directory;

import java.util.Locale;

import org.inclusivecities.platform.city.CityNames;

import org.springframework.stereotype.Component;

/**
 * Turns request parameters into a {@link DirectoryQuery}. Strict (the API): any unknown value is an
 * {@link InvalidDirectoryQuery}. Lenient (the HTML pages): unknown values are ignored and pages clamped, so a
 * hand-edited or outdated link still shows the directory.
 */
@Component
public class DirectoryQueries {

	public static final int MAX_SIZE = 100;

	static final int MAX_TEXT = 100;

	/** Far beyond any real directory; keeps page × size well inside what the database can skip. */
	public static final int MAX_PAGE = 10_000;

	private final StatusFilters statusFilters;

	DirectoryQueries(StatusFilters statusFilters) {
		this.statusFilters = statusFilters;
	}

	/** Raw request values, all optional. {@code page} is zero-based. */
	public record Params(String q, String country, String status, String population, String language, String sort,
			Integer page, Integer size) {
	}

	public DirectoryQuery strict(Params p, int defaultSize) {
		String text = p.q() == null ? "" : p.q().strip();
		if (text.length() > MAX_TEXT) {
			throw new InvalidDirectoryQuery("q", "The search text is longer than " + MAX_TEXT + " characters.");
		}
		String country = blankToNull(p.country());
		if (country != null && !Countries.isCountry(country.toUpperCase(Locale.ROOT))) {
			throw new InvalidDirectoryQuery("country", "Not an ISO 3166-1 alpha-2 country code.");
		}
		String status = blankToNull(p.status());
		if (status != null && !statusFilters.exists(status)) {
			throw new InvalidDirectoryQuery("status", "Not a status filter of the directory.");
		}
		String band = blankToNull(p.population());
		PopulationBand population = band == null ? null : PopulationBand.ofKey(band)
			.orElseThrow(() -> new InvalidDirectoryQuery("population", "Not a population band."));
		String language = blankToNull(p.language());
		if (language != null && !Countries.isLanguage(language.toLowerCase(Locale.ROOT))) {
			throw new InvalidDirectoryQuery("language", "Not an ISO 639-1 language code.");
		}
		String sortKey = blankToNull(p.sort());
		DirectorySort sort = sortKey == null ? DirectorySort.NAME : DirectorySort.ofKey(sortKey)
			.orElseThrow(() -> new InvalidDirectoryQuery("sort", "Not a sort order of the directory."));
		int page = p.page() == null ? 0 : p.page();
		if (page < 0 || page > MAX_PAGE) {
			throw new InvalidDirectoryQuery("page", "The page number must be between 0 and " + MAX_PAGE + ".");
		}
		int size = p.size() == null ? defaultSize : p.size();
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidDirectoryQuery("size", "The page size must be between 1 and " + MAX_SIZE + ".");
		}
		return new DirectoryQuery(CityNames.fold(text), country == null ? null : country.toUpperCase(Locale.ROOT),
				status, population, language == null ? null : language.toLowerCase(Locale.ROOT), sort, page, size);
	}

	public DirectoryQuery lenient(Params p, int size) {
		String text = p.q() == null ? "" : p.q().strip();
		return strict(new Params(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text,
				valid(p.country(), "country"), valid(p.status(), "status"), valid(p.population(), "population"),
				valid(p.language(), "language"), valid(p.sort(), "sort"),
				p.page() == null ? 0 : Math.clamp(p.page(), 0, MAX_PAGE), size), size);
	}

	private String valid(String value, String parameter) {
		try {
			Params one = switch (parameter) {
				case "country" -> new Params(null, value, null, null, null, null, null, null);
				case "status" -> new Params(null, null, value, null, null, null, null, null);
				case "population" -> new Params(null, null, null, value, null, null, null, null);
				case "language" -> new Params(null, null, null, null, value, null, null, null);
				default -> new Params(null, null, null, null, null, value, null, null);
			};
			strict(one, 1);
			return value;
		}
		catch (InvalidDirectoryQuery ex) {
			return null;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
