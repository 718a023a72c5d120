package org.inclusivecities.platform.directory;

import java.util.Arrays;
import java.util.Optional;

/** The population bands the directory filters on; {@link #key()} is the URL and API value. */
public enum PopulationBand {

	UNDER_50K("under-50k", 0, 50_000), FROM_50K_TO_250K("50k-250k", 50_000, 250_000),
	FROM_250K_TO_1M("250k-1m", 250_000, 1_000_000), OVER_1M("over-1m", 1_000_000, Long.MAX_VALUE);

	private final String key;

	private final long from;

	private final long below;

	PopulationBand(String key, long from, long below) {
		this.key = key;
		this.from = from;
		this.below = below;
	}

	public String key() {
		return key;
	}

	/** Lowest population in the band (inclusive). */
	public long from() {
		return from;
	}

	/** Population the band stays below (exclusive). */
	public long below() {
		return below;
	}

	/** The band of a population; null when it is not known. */
	public static PopulationBand of(Long population) {
		if (population == null) {
			return null;
		}
		return Arrays.stream(values()).filter(b -> population >= b.from && population < b.below).findFirst().orElse(null);
	}

	public static Optional<PopulationBand> ofKey(String key) {
		return Arrays.stream(values()).filter(b -> b.key.equals(key)).findFirst();
	}

}
