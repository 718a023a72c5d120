package org.inclusivecities.platform.operations;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether other application instances may write to this application's database, so that the read models kept in
 * memory (directory, search index) must poll it for their changes. Yes with an external MongoDB
 * ({@code spring.mongodb.uri} set); no with the embedded one, which this process alone starts and writes, where each
 * poll would be a full scan (the embedded server has no secondary indexes). {@code platform.web.other-instances}
 * ({@code true}/{@code false}) overrides, e.g. for a tool writing to the embedded server while the application runs.
 */
@Component
public class OtherInstances {

	static final String PROPERTY = "platform.web.other-instances";

	private final boolean possible;

	OtherInstances(Environment environment) {
		String explicit = environment.getProperty(PROPERTY);
		this.possible = explicit != null ? Boolean.parseBoolean(explicit.strip())
				: !environment.getProperty("spring.mongodb.uri", "").isBlank();
	}

	/** Whether changes may come from another instance: the followers poll only then. */
	public boolean possible() {
		return possible;
	}

}
