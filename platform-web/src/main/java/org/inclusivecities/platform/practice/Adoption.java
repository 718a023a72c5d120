package org.inclusivecities.platform.practice;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member city's relationship with another city's published practice it adopted: how it adapted the practice
 * locally, an optional reference and indicator of its own that shows the result, the result it reported back (as of
 * a date), and when it withdrew the adoption (kept, but no longer counted nor shown). Owned by the adopting city.
 */
@Document("practice_adoptions")
@CompoundIndex(name = "city_practice", def = "{ 'cityId': 1, 'practiceId': 1 }", unique = true)
public class Adoption {

	@Id
	private String id;

	private String cityId;

	@Indexed
	private String practiceId;

	/** The adaptation as first written, before adoptions had their own field: read when {@link #adaptation} is null. */
	private String note;

	private String adaptation;

	private String reference;

	private String indicatorId;

	private String result;

	private LocalDate resultAsOf;

	private Instant resultReportedAt;

	private String recordedBy;

	private Instant adoptedAt;

	private Instant updatedAt;

	private Instant withdrawnAt;

	Adoption() {
	}

	static Adoption record(String cityId, String practiceId, AdoptionDetails details, String personId, Instant at) {
		Adoption adoption = new Adoption();
		adoption.cityId = cityId;
		adoption.practiceId = practiceId;
		adoption.recordedBy = personId;
		adoption.adoptedAt = at;
		adoption.describe(details, at);
		return adoption;
	}

	/** A withdrawn adoption taken up again: active from {@code at}, described anew, its old result kept. */
	void renew(AdoptionDetails details, String personId, Instant at) {
		if (isActive()) {
			throw new InvalidPracticeTransition("The city already adopted this practice");
		}
		withdrawnAt = null;
		recordedBy = personId;
		adoptedAt = at;
		describe(details, at);
	}

	void describe(AdoptionDetails details, Instant at) {
		requireActive();
		adaptation = details.adaptation();
		note = null;
		reference = details.reference();
		indicatorId = details.indicatorId();
		updatedAt = at;
	}

	void reportResult(String result, LocalDate asOf, Instant at) {
		requireActive();
		this.result = result;
		this.resultAsOf = asOf;
		this.resultReportedAt = at;
		this.updatedAt = at;
	}

	void withdraw(Instant at) {
		requireActive();
		withdrawnAt = at;
		updatedAt = at;
	}

	private void requireActive() {
		if (withdrawnAt != null) {
			throw new InvalidPracticeTransition("The adoption was withdrawn");
		}
	}

	/**
	 * When the city should report back next: {@code every} after the day its last result holds for, or after it
	 * adopted the practice when it reported none yet.
	 */
	public LocalDate reportDue(java.time.Period every) {
		LocalDate last = resultAsOf != null ? resultAsOf : adoptedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate();
		return last.plus(every);
	}

	public boolean isActive() {
		return withdrawnAt == null;
	}

	public String getId() {
		return id;
	}

	public String getCityId() {
		return cityId;
	}

	public String getPracticeId() {
		return practiceId;
	}

	/** What the city changed locally; for adoptions recorded before this field existed, their note. */
	public String getAdaptation() {
		return adaptation != null ? adaptation : note;
	}

	public String getReference() {
		return reference;
	}

	public String getIndicatorId() {
		return indicatorId;
	}

	public String getResult() {
		return result;
	}

	public LocalDate getResultAsOf() {
		return resultAsOf;
	}

	public Instant getResultReportedAt() {
		return resultReportedAt;
	}

	public Instant getAdoptedAt() {
		return adoptedAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Instant getWithdrawnAt() {
		return withdrawnAt;
	}

}
