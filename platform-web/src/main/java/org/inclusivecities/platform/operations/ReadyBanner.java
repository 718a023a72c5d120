package org.inclusivecities.platform.operations;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.ConnectionString;
import org.inclusivecities.platform.database.StorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Once the platform is ready, prints as the last lines of its start-up where to open it, what other features
 * have to say ({@link ReadyNotice}: the demo sign-ins) and where its data lives, so a newcomer does not have to
 * find them in the log above. Database credentials are never printed.
 */
@Component
class ReadyBanner {

	private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

	private final Environment environment;

	private final ObjectProvider<StorageProperties> storage;

	private final ObjectProvider<MongoConnectionDetails> mongo;

	private final ObjectProvider<ReadyNotice> notices;

	ReadyBanner(Environment environment, ObjectProvider<StorageProperties> storage,
			ObjectProvider<MongoConnectionDetails> mongo, ObjectProvider<ReadyNotice> notices) {
		this.environment = environment;
		this.storage = storage;
		this.mongo = mongo;
		this.notices = notices;
	}

	/** After every other ready listener, so nothing of the start-up comes after it. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void print(ApplicationReadyEvent event) {
		List<String> lines = new ArrayList<>();
		lines.add("The Inclusive Cities platform is ready: " + address(event));
		notices.orderedStream().flatMap(notice -> notice.lines().stream()).forEach(line -> lines.add("  " + line));
		lines.addAll(data());
		String rule = "=".repeat(lines.stream().mapToInt(String::length).max().orElse(0));
		log.info("\n{}\n{}\n{}", rule, String.join("\n", lines), rule);
	}

	private String address(ApplicationReadyEvent event) {
		String scheme = environment.getProperty("server.ssl.enabled", Boolean.class, false) ? "https" : "http";
		String port = event.getApplicationContext() instanceof WebServerApplicationContext web
				? String.valueOf(web.getWebServer().getPort()) : environment.getProperty("server.port", "8080");
		return scheme + "://localhost:" + port + environment.getProperty("server.servlet.context-path", "");
	}

	private List<String> data() {
		ConnectionString connection = mongo.getObject().getConnectionString();
		String database = String.join(",", connection.getHosts()) + "/" + connection.getDatabase();
		if (!environment.getProperty("spring.mongodb.uri", "").isBlank()) {
			return List.of("Data: in the MongoDB at " + database);
		}
		return List.of("Data: " + storage.getObject().dataDir().toAbsolutePath().normalize()
				+ " (the embedded database; delete the folder to start afresh)",
				"  look inside with  npx mongosh@1 \"mongodb://" + database + "\"");
	}

}
