package org.inclusivecities.platform.pool;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A city ↔ city tie declared by {@code cityId} (tenant document); routing treats it as symmetric. */
@Document("cityTies")
@CompoundIndex(name = "city_other", def = "{'cityId': 1, 'otherCityId': 1}", unique = true)
public class CityTie {

	@Id
	private String id;

	private String cityId;

	private String otherCityId;

	private TieKind kind;

	private String declaredBy;

	private Instant at;

	CityTie() {
	}

	static CityTie declare(String cityId, String otherCityId, TieKind kind, String actorId, Instant at) {
		if (cityId.equals(otherCityId)) {
			throw new InvalidPoolEntry("tie.own-city");
		}
		CityTie tie = new CityTie();
		tie.cityId = cityId;
		tie.otherCityId = otherCityId;
		tie.kind = kind;
		tie.declaredBy = actorId;
		tie.at = at;
		return tie;
	}

	public String getId() {
		return id;
	}

	public String getCityId() {
		return cityId;
	}

	public String getOtherCityId() {
		return otherCityId;
	}

	public TieKind getKind() {
		return kind;
	}

	public Instant getAt() {
		return at;
	}

}
