package org.inclusivecities.platform.city;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A city in the network: the tenant. Everything a city owns carries its {@link #getId() id}.
 * State changes are methods that refuse invalid transitions; what they changed is published as a {@link CityChange}
 * when the city is saved through {@link Cities} (Spring Data domain events).
 */
@Document("cities")
public class City {

	@Id
	private String id;

	@Indexed(unique = true)
	private String slug;

	private String name;

	/** The name folded for search and sorting (lower case, no accents); see {@link CityNames}. */
	private String searchName;

	/** Every word-suffix of {@link #searchName}, so an anchored prefix query finds any word of the name. */
	private List<String> searchKeys = new ArrayList<>();

	@Indexed
	private String country;

	private String region;

	private Long population;

	private List<String> languages = new ArrayList<>();

	private Coordinates coordinates;

	private String website;

	@Indexed
	private CityStatus status;

	private List<StatusChange> history = new ArrayList<>();

	/** The city this duplicate record was merged into; null unless {@link CityStatus#MERGED}. */
	private String mergedInto;

	/** When the city first became a member (kept through suspensions); null while it never was one. */
	private Instant memberSince;

	@Version
	private Long version;

	/** Since the last save: moved into a listed status, moved otherwise, descriptive data changed. */
	@Transient
	private transient boolean listed;

	@Transient
	private transient boolean moved;

	@Transient
	private transient boolean described;

	City() {
	}

	/** A city that has just applied to join. */
	public static City apply(CityProfile profile, Instant at) {
		City city = new City();
		city.slug = Slugs.slugify(profile.name());
		city.status = CityStatus.APPLIED;
		city.history.add(new StatusChange(CityStatus.APPLIED, at, null, null));
		city.update(profile);
		return city;
	}

	/** Changes the descriptive data (and recomputes the derived search fields); identity and status are untouched. */
	public void update(CityProfile profile) {
		this.name = profile.name().strip();
		this.searchName = CityNames.fold(this.name);
		this.searchKeys = CityNames.searchKeys(this.name);
		this.country = profile.country().toUpperCase(java.util.Locale.ROOT);
		this.region = profile.region();
		this.population = profile.population();
		this.languages = new ArrayList<>(profile.languages());
		this.coordinates = profile.coordinates();
		this.website = profile.website();
		this.described = true;
		if (memberSince == null) {
			memberSince = history.stream().filter(c -> c.status() == CityStatus.MEMBER).map(StatusChange::at)
				.findFirst().orElse(null);
		}
	}

	/** Moves to {@code next}, recording who did it, when and why; refuses transitions the lifecycle forbids. */
	public void moveTo(CityStatus next, Instant at, String actorId, String reason) {
		if (!status.canMoveTo(next)) {
			throw new InvalidCityTransition(slug, status, next);
		}
		listed |= CityStatus.LISTED.contains(next) && !CityStatus.LISTED.contains(status);
		moved = true;
		status = next;
		if (next == CityStatus.MEMBER && memberSince == null) {
			memberSince = at;
		}
		history.add(new StatusChange(next, at, actorId, reason));
	}

	/** Marks this record a duplicate merged into {@code survivor}; refuses a merge into itself or a city not listed. */
	public void mergeInto(City survivor, Instant at, String actorId, String reason) {
		boolean itself = survivor == this || (id != null && id.equals(survivor.getId()));
		if (itself || !CityStatus.LISTED.contains(survivor.getStatus())) {
			throw new InvalidCityTransition(slug, status, CityStatus.MERGED);
		}
		moveTo(CityStatus.MERGED, at, actorId, reason);
		this.mergedInto = survivor.getId();
	}

	/** Gives an applying city another slug when the one derived from its name is taken. */
	public void useSlug(String slug) {
		if (status != CityStatus.APPLIED || !Slugs.isValid(slug)) {
			throw new IllegalArgumentException("Only a new application may change its slug to a valid one");
		}
		this.slug = slug;
	}

	/** What changed since the last save, as one event (listeners read the whole city again). */
	@DomainEvents
	List<CityChange> changes() {
		if (listed) {
			return List.of(new CityListed(id));
		}
		if (moved) {
			return List.of(new CityStatusChanged(id));
		}
		return described ? List.of(new CityProfileChanged(id)) : List.of();
	}

	@AfterDomainEventPublication
	void changesPublished() {
		listed = false;
		moved = false;
		described = false;
	}

	public String getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getSearchName() {
		return searchName;
	}

	public String getMergedInto() {
		return mergedInto;
	}

	public Instant getMemberSince() {
		return memberSince;
	}

	public String getCountry() {
		return country;
	}

	public String getRegion() {
		return region;
	}

	public Long getPopulation() {
		return population;
	}

	public List<String> getLanguages() {
		return List.copyOf(languages);
	}

	public Coordinates getCoordinates() {
		return coordinates;
	}

	public String getWebsite() {
		return website;
	}

	public CityStatus getStatus() {
		return status;
	}

	public List<StatusChange> getHistory() {
		return List.copyOf(history);
	}

	public Long getVersion() {
		return version;
	}

	public CityProfile profile() {
		return new CityProfile(name, country, region, population, languages, coordinates, website);
	}

	/** When the city entered its current status. */
	public Instant since() {
		return history.isEmpty() ? null : history.getLast().at();
	}

	/** A recorded status change. */
	public record StatusChange(CityStatus status, Instant at, String actorId, String reason) {
	}

}
