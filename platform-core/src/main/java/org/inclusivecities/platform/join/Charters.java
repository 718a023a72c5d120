package org.inclusivecities.platform.join;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import com.mongodb.client.gridfs.model.GridFSFile;
import org.bson.types.ObjectId;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/** The signed charter commitments (PDF), stored in GridFS. */
@Component
public class Charters {

	public static final String PDF = "application/pdf";

	/** The most a charter may weigh. */
	public static final long MAX_BYTES = 5L * 1024 * 1024;

	private static final byte[] MAGIC = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private final GridFsTemplate gridFs;

	Charters(GridFsTemplate gridFs) {
		this.gridFs = gridFs;
	}

	/** True when the bytes start like a PDF document does, whatever the file name or declared type say. */
	public static boolean looksLikePdf(byte[] content) {
		if (content == null || content.length < MAGIC.length) {
			return false;
		}
		for (int i = 0; i < MAGIC.length; i++) {
			if (content[i] != MAGIC[i]) {
				return false;
			}
		}
		return true;
	}

	String store(byte[] content, String filename) {
		if (!looksLikePdf(content) || content.length > MAX_BYTES) {
			throw new IllegalArgumentException("Not an acceptable charter PDF");
		}
		return gridFs.store(new ByteArrayInputStream(content), filename, PDF).toHexString();
	}

	void delete(String fileId) {
		gridFs.delete(byId(fileId));
	}

	/** The stored charter, if the id names one. */
	public Optional<Charter> find(String fileId) {
		if (fileId == null || !ObjectId.isValid(fileId)) {
			return Optional.empty();
		}
		GridFSFile file = gridFs.findOne(byId(fileId));
		if (file == null) {
			return Optional.empty();
		}
		GridFsResource resource = gridFs.getResource(file);
		return Optional.of(new Charter(file.getFilename(), file.getLength(), resource));
	}

	private static Query byId(String fileId) {
		return Query.query(Criteria.where("_id").is(new ObjectId(fileId)));
	}

	/** A stored charter file. */
	public record Charter(String filename, long length, GridFsResource resource) {

		public InputStream open() throws IOException {
			return resource.getInputStream();
		}

	}

}
