package org.inclusivecities.platform.plan;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** An immutable published version (v1, v2, …) of a city's plan: a snapshot of every part. */
@Document("published_plans")
@CompoundIndex(name = "city_version", def = "{ 'cityId': 1, 'number': -1 }", unique = true)
public class PublishedPlan {

	@Id
	private String id;

	private String cityId;

	private int number;

	private PlanSnapshot snapshot;

	private String publishedById;

	private String publishedByName;

	private Instant publishedAt;

	PublishedPlan() {
	}

	PublishedPlan(String cityId, int number, PlanSnapshot snapshot, Editor editor, Instant at) {
		this.cityId = cityId;
		this.number = number;
		this.snapshot = snapshot;
		this.publishedById = editor.personId();
		this.publishedByName = editor.displayName();
		this.publishedAt = at;
	}

	public String getCityId() {
		return cityId;
	}

	public int getNumber() {
		return number;
	}

	public String getLabel() {
		return "v" + number;
	}

	public PlanSnapshot getSnapshot() {
		return snapshot;
	}

	public String getPublishedById() {
		return publishedById;
	}

	public String getPublishedByName() {
		return publishedByName;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

}
