package org.inclusivecities.platform.pool;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person a member city puts forward to review other cities, owned by that city (tenant document). Conflicts
 * and unavailable periods live inside it, so each change is a single-document atomic write.
 */
@Document("reviewerNominations")
@CompoundIndex(name = "city_person", def = "{'cityId': 1, 'personId': 1}", unique = true)
public class ReviewerNomination {

	public static final int MAX_CAP = 10;

	@Id
	private String id;

	private String cityId;

	private String personId;

	private Set<String> languages = Set.of();

	private Set<String> expertise = Set.of();

	private int maxConcurrentReviews;

	/** The reviewer's own minimum load per cycle (a soft target for routing); 0 for none. */
	private int minimumReviews;

	/** A maximum the reviewer lowered for this cycle when accepting an invitation, until {@link #reducedUntil}. */
	private Integer reducedMaximum;

	private Instant reducedUntil;

	private List<Period> unavailable = new ArrayList<>();

	private List<DeclaredConflict> conflicts = new ArrayList<>();

	private boolean active = true;

	private Instant nominatedAt;

	private String nominatedBy;

	@Version
	private Long version;

	ReviewerNomination() {
	}

	static ReviewerNomination of(String cityId, String personId, ReviewerProfile profile, String actorId,
			Instant at) {
		ReviewerNomination nomination = new ReviewerNomination();
		nomination.cityId = cityId;
		nomination.personId = personId;
		nomination.nominatedBy = actorId;
		nomination.nominatedAt = at;
		nomination.update(profile);
		return nomination;
	}

	/** Sets the profile; nominating a withdrawn reviewer again brings the nomination back. */
	void update(ReviewerProfile profile) {
		this.active = true;
		this.languages = Set.copyOf(profile.languages());
		this.expertise = Set.copyOf(profile.expertise());
		this.maxConcurrentReviews = profile.maxConcurrentReviews();
	}

	/** The reviewer's own load per cycle: at least {@code minimum} (soft), at most {@code maximum} reviews. */
	void setOwnLoad(int minimum, int maximum) {
		if (maximum < 1 || maximum > MAX_CAP) {
			throw new InvalidPoolEntry("reviewer.cap.range");
		}
		if (minimum < 0 || minimum > maximum) {
			throw new InvalidPoolEntry("reviewer.minimum.range");
		}
		this.minimumReviews = minimum;
		this.maxConcurrentReviews = maximum;
	}

	/** Lowers the maximum until {@code until} (the end of the cycle), as when accepting with a reduced load. */
	void reduceUntil(int maximum, Instant until) {
		if (maximum < 1) {
			throw new InvalidPoolEntry("reviewer.reduced.range");
		}
		// lowering to more than the maximum lowers nothing
		this.reducedMaximum = Math.min(maximum, maxConcurrentReviews);
		this.reducedUntil = until;
	}

	public int getMinimumReviews() {
		return minimumReviews;
	}

	/** The maximum in force at {@code now}: the lowered one while it lasts, else the profile's. */
	public int maximumAt(Instant now) {
		return reducedMaximum != null && reducedUntil != null && now.isBefore(reducedUntil)
				? Math.min(reducedMaximum, maxConcurrentReviews) : maxConcurrentReviews;
	}

	void markUnavailable(Period period) {
		unavailable.add(period);
	}

	/** Adds a conflict; declaring the same city twice keeps the first declaration. */
	void declare(DeclaredConflict conflict) {
		if (conflict.cityId().equals(cityId)) {
			throw new InvalidPoolEntry("conflict.own-city");
		}
		if (conflicts.stream().noneMatch(c -> c.cityId().equals(conflict.cityId()))) {
			conflicts.add(conflict);
		}
	}

	void withdraw() {
		this.active = false;
	}

	public String getId() {
		return id;
	}

	public String getCityId() {
		return cityId;
	}

	public String getPersonId() {
		return personId;
	}

	public Set<String> getLanguages() {
		return languages;
	}

	public Set<String> getExpertise() {
		return expertise;
	}

	public int getMaxConcurrentReviews() {
		return maxConcurrentReviews;
	}

	public List<Period> getUnavailable() {
		return List.copyOf(unavailable);
	}

	public List<DeclaredConflict> getConflicts() {
		return List.copyOf(conflicts);
	}

	public boolean isActive() {
		return active;
	}

	public Instant getNominatedAt() {
		return nominatedAt;
	}

	public Long getVersion() {
		return version;
	}

}
