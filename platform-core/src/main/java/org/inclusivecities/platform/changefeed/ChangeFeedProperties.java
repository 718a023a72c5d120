package org.inclusivecities.platform.changefeed;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this instance learns of other instances' {@link PublicChange}s (only when there can be any:
 * {@link OtherInstances}).
 *
 * @param mode {@code auto} (change streams where the database offers them, else polling), {@code change-stream} or
 * {@code polling}
 * @param pollInterval how often the change log is polled (polling only)
 * @param overlap how far each poll looks back before the newest change it saw, against clock skew between instances
 * (a change is applied once all the same)
 * @param retention how long changes stay in the change log (every instance removes older ones)
 */
@ConfigurationProperties("platform.core.change-feed")
public record ChangeFeedProperties(@DefaultValue("auto") Mode mode, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("30s") Duration overlap, @DefaultValue("10m") Duration retention) {

	public ChangeFeedProperties {
		if (pollInterval.isNegative() || pollInterval.isZero() || overlap.isNegative()
				|| retention.compareTo(overlap) <= 0) {
			throw new IllegalArgumentException(
					"platform.core.change-feed: poll-interval must be positive and retention longer than overlap");
		}
	}

	public enum Mode {

		AUTO, CHANGE_STREAM, POLLING

	}

}
