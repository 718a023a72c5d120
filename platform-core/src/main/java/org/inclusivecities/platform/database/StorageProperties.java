package org.inclusivecities.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the platform keeps its data when no external MongoDB is configured.
 *
 * @param dataDir folder of the embedded database file (created when missing)
 * @param embeddedMongodb the in-process MongoDB wire-protocol server
 */
@ConfigurationProperties("platform")
public record StorageProperties(@DefaultValue("./data") Path dataDir,
		@DefaultValue EmbeddedMongodb embeddedMongodb) {

	/**
	 * @param bindAddress address the embedded server listens on; loopback only by default
	 * @param port preferred port; when taken, a free port is used and logged
	 * @param database database name in the connection string
	 * @param fsync force every acknowledged write to the storage device (survives a power cut, not only a
	 * killed process); without it a write is still in the file, in the operating system's cache, before
	 * it is acknowledged
	 * @param oplog record an oplog, so that change streams work (for other instances following the change log through
	 * this server); off by default: mongo-java-server keeps every oplog entry, with a copy of every inserted document,
	 * for good, and reads all of them for every change-stream request (8 s per request after 20,000 writes), which a
	 * long-running database cannot afford, so other instances poll the change log instead
	 */
	public record EmbeddedMongodb(@DefaultValue("127.0.0.1") String bindAddress, @DefaultValue("27017") int port,
			@DefaultValue("inclusive-cities") String database, @DefaultValue("true") boolean fsync,
			@DefaultValue("false") boolean oplog) {
	}
}
