package org.inclusivecities.platform.directory;

import java.util.Locale;

import org.inclusivecities.platform.city.CityMilestones;
import org.inclusivecities.platform.city.CityNames;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Turns request parameters into a {@link DirectoryQuery}. Strict (the API): any unknown value is an
 * {@link InvalidDirectoryQuery}. Lenient (the HTML pages and CSV): unknown values are ignored and numbers
 * clamped, so a hand-edited or outdated link still shows the directory.
 */
@Component
public class DirectoryQueries {

	public static final int MAX_SIZE = 100;

	/** Far beyond any real directory; keeps page × size well inside what the database can skip. */
	public static final int MAX_PAGE = 10_000;

	static final int MAX_TEXT = 100;

	private final StatusFilters statusFilters;

	private final ObjectProvider<CityMilestones> milestones;

	DirectoryQueries(StatusFilters statusFilters, ObjectProvider<CityMilestones> milestones) {
		this.statusFilters = statusFilters;
		this.milestones = milestones;
	}

	/** Raw request values, all optional. {@code page} is zero-based; {@code milestone} a milestone's key. */
	public record Params(String q, String country, String status, String population, String language, String sort,
			Integer page, Integer size, String milestone) {

		/** Values without a milestone filter. */
		public Params(String q, String country, String status, String population, String language, String sort,
				Integer page, Integer size) {
			this(q, country, status, population, language, sort, page, size, null);
		}

	}

	public DirectoryQuery strict(Params p, int defaultSize) {
		return parse(p, defaultSize, true);
	}

	/** Lenient parsing; the page size is always {@code size}. */
	public DirectoryQuery lenient(Params p, int size) {
		return parse(new Params(p.q(), p.country(), p.status(), p.population(), p.language(), p.sort(), p.page(), size,
				p.milestone()), size, false);
	}

	private DirectoryQuery parse(Params p, int defaultSize, boolean strict) {
		Parser parser = new Parser(strict);
		String text = p.q() == null ? "" : p.q().strip();
		if (text.length() > MAX_TEXT) {
			text = parser.invalid("q", "The search text is longer than " + MAX_TEXT + " characters.", text.substring(0, MAX_TEXT));
		}
		String country = upper(blankToNull(p.country()));
		if (country != null && !Countries.isCountry(country)) {
			country = parser.invalid("country", "Not an ISO 3166-1 alpha-2 country code.", null);
		}
		String status = blankToNull(p.status());
		if (status != null && !statusFilters.exists(status)) {
			status = parser.invalid("status", "Not a status filter of the directory.", null);
		}
		String band = blankToNull(p.population());
		PopulationBand population = band == null ? null : PopulationBand.ofKey(band)
			.orElseGet(() -> parser.invalid("population", "Not a population band.", null));
		String language = lower(blankToNull(p.language()));
		if (language != null && !Countries.isLanguage(language)) {
			language = parser.invalid("language", "Not an ISO 639-1 language code.", null);
		}
		String milestone = blankToNull(p.milestone());
		if (milestone != null && !isMilestone(milestone)) {
			milestone = parser.invalid("milestone", "Not a milestone of the charter.", null);
		}
		String sortKey = blankToNull(p.sort());
		DirectorySort sort = sortKey == null ? DirectorySort.NAME : DirectorySort.ofKey(sortKey)
			.orElseGet(() -> parser.invalid("sort", "Not a sort order of the directory.", DirectorySort.NAME));
		int page = p.page() == null ? 0 : p.page();
		if (page < 0 || page > MAX_PAGE) {
			page = parser.invalid("page", "The page number must be between 0 and " + MAX_PAGE + ".",
					Math.clamp(page, 0, MAX_PAGE));
		}
		int size = p.size() == null ? defaultSize : p.size();
		if (size < 1 || size > MAX_SIZE) {
			size = parser.invalid("size", "The page size must be between 1 and " + MAX_SIZE + ".", defaultSize);
		}
		return new DirectoryQuery(CityNames.fold(text), country, status, population, language, sort, page, size,
				milestone);
	}

	private boolean isMilestone(String key) {
		return DirectoryMilestones.all(milestones).stream().anyMatch(m -> m.key().equals(key));
	}

	/** Strict: an invalid value is an error; lenient: it is replaced by the given fallback. */
	private record Parser(boolean strict) {

		<T> T invalid(String parameter, String reason, T fallback) {
			if (strict) {
				throw new InvalidDirectoryQuery(parameter, reason);
			}
			return fallback;
		}

	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String upper(String value) {
		return value == null ? null : value.toUpperCase(Locale.ROOT);
	}

	private static String lower(String value) {
		return value == null ? null : value.toLowerCase(Locale.ROOT);
	}

}
