package org.inclusivecities.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.mongodb.uri}, the platform runs on an in-process MongoDB wire-protocol server
 * (mongo-java-server) persisting to an H2 file under {@code platform.data-dir}; every acknowledged write is
 * in that file first ({@link DurableH2Backend}). The official driver
 * talks to it as to any MongoDB; with a URI configured this configuration stays out of the way.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
@ConditionalOnExpression("'${spring.mongodb.uri:}'.isEmpty()")
class EmbeddedMongoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	MongoServer embeddedMongoServer(StorageProperties properties) {
		Path file = properties.dataDir().resolve("inclusive-cities.mv");
		try {
			Files.createDirectories(properties.dataDir());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data folder " + properties.dataDir().toAbsolutePath(), ex);
		}
		var embedded = properties.embeddedMongodb();
		MongoServer server = new MongoServer(DurableH2Backend.open(file.toString(), embedded.fsync()));
		if (embedded.oplog()) {
			server.enableOplog();
		}
		int port = embedded.port();
		if (!isFree(embedded.bindAddress(), port)) {
			log.warn("Port {} on {} is taken (another MongoDB or platform instance?); "
					+ "the embedded MongoDB listens on a free port instead", port, embedded.bindAddress());
			port = 0;
		}
		server.bind(embedded.bindAddress(), port);
		InetSocketAddress address = server.getLocalAddress();
		log.info("Embedded MongoDB (data in {}) is listening: open it with  mongosh \"mongodb://{}:{}/{}\"",
				file.toAbsolutePath(), address.getHostString(), address.getPort(), embedded.database());
		return server;
	}

	private static boolean isFree(String host, int port) {
		try (var socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(host, port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	@Bean
	MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer server, StorageProperties properties) {
		InetSocketAddress address = server.getLocalAddress();
		var connectionString = new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort()
				+ "/" + properties.embeddedMongodb().database());
		return () -> connectionString;
	}

}
