package org.inclusivecities.platform.changefeed;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether other application instances may write to this application's database, so that this instance appends its
 * {@link PublicChange}s to the {@link ChangeLog} and follows theirs. Yes with an external MongoDB
 * ({@code spring.mongodb.uri} set); no with the embedded one, which this process alone starts and writes.
 * {@code platform.core.other-instances} ({@code true}/{@code false}) overrides, e.g. for a second instance using the
 * embedded server of the first.
 */
@Component
public class OtherInstances {

	static final String PROPERTY = "platform.core.other-instances";

	private final boolean possible;

	OtherInstances(Environment environment) {
		String explicit = environment.getProperty(PROPERTY);
		this.possible = explicit != null ? Boolean.parseBoolean(explicit.strip())
				: !environment.getProperty("spring.mongodb.uri", "").isBlank();
	}

	/** Whether changes may come from another instance: the change feed runs only then. */
	public boolean possible() {
		return possible;
	}

}
