package org.inclusivecities.platform.plan.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** An indicator a city monitors, with its measurements (one document: adding a value is one atomic write). */
@Document("indicators")
@CompoundIndex(name = "city_name", def = "{ 'cityId': 1, 'definition.name': 1 }")
public class Indicator {

	static final int MAX_MEASUREMENTS = 1000;

	@Id
	private String id;

	private String cityId;

	private IndicatorDefinition definition;

	private List<Measurement> measurements = new ArrayList<>();

	@Version
	private Long version;

	Indicator() {
	}

	Indicator(String cityId, IndicatorDefinition definition) {
		this.cityId = cityId;
		this.definition = definition;
	}

	void redefine(IndicatorDefinition definition) {
		this.definition = definition;
	}

	public String getId() {
		return id;
	}

	public String getCityId() {
		return cityId;
	}

	public IndicatorDefinition getDefinition() {
		return definition;
	}

	/** Measurements, oldest first. */
	public List<Measurement> getMeasurements() {
		return measurements.stream().sorted(Comparator.comparing(Measurement::date)).toList();
	}

	/**
	 * When the next measurement is due: one period (of its frequency) after the latest measurement, or after the
	 * baseline when there is none yet; {@code today} when it has neither. Empty for indicators measured per activity.
	 */
	public Optional<LocalDate> nextMeasurementDue(LocalDate today) {
		LocalDate last = measurements.stream()
			.map(Measurement::date)
			.max(Comparator.naturalOrder())
			.orElse(definition.baselineDate());
		if (last == null) {
			return definition.frequency().calendar() ? Optional.of(today) : Optional.empty();
		}
		return definition.frequency().after(last);
	}

	public Long getVersion() {
		return version;
	}

}
