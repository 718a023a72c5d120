package org.inclusivecities.platform.practice;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A member city's record that it adopted another city's published practice. Owned by the adopting city. */
@Document("practice_adoptions")
@CompoundIndex(name = "city_practice", def = "{ 'cityId': 1, 'practiceId': 1 }", unique = true)
public class Adoption {

	@Id
	private String id;

	private String cityId;

	@Indexed
	private String practiceId;

	private String note;

	private String reference;

	private String recordedBy;

	private Instant adoptedAt;

	Adoption() {
	}

	public static Adoption record(String cityId, String practiceId, String note, String reference, String personId,
			Instant at) {
		Adoption adoption = new Adoption();
		adoption.cityId = cityId;
		adoption.practiceId = practiceId;
		adoption.note = note;
		adoption.reference = reference;
		adoption.recordedBy = personId;
		adoption.adoptedAt = at;
		return adoption;
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

	public String getNote() {
		return note;
	}

	public String getReference() {
		return reference;
	}

	public Instant getAdoptedAt() {
		return adoptedAt;
	}

}
