package org.inclusivecities.platform.request;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.gridfs.model.GridFSFile;
import org.bson.Document;
import org.bson.types.ObjectId;

import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/**
 * Evidence files of accreditation requests in GridFS (bucket {@value #BUCKET}), each with metadata cityId and
 * requestId. Reading always names the city and the request, so a file id alone opens nothing.
 */
@Component
public class EvidenceFiles {

	static final String BUCKET = "accreditation_evidence";

	private final GridFsTemplate files;

	EvidenceFiles(MongoDatabaseFactory factory, MongoTemplate mongo) {
		this.files = new GridFsTemplate(factory, mongo.getConverter(), BUCKET);
	}

	/** Stores every upload; when one fails, the ones already stored are removed again. */
	List<EvidenceFile> store(String cityId, String requestId, List<EvidenceUpload> uploads) {
		List<EvidenceFile> stored = new ArrayList<>();
		try {
			for (EvidenceUpload upload : uploads) {
				String type = upload.contentType();
				EvidenceFile file = new EvidenceFile(null, upload.title(), type, upload.content().length,
						sha256(upload.content()));
				Document metadata = new Document("cityId", cityId).append("requestId", requestId)
					.append("title", file.title())
					.append("sha256", file.sha256());
				ObjectId id = files.store(new ByteArrayInputStream(upload.content()),
						"evidence-" + (stored.size() + 1) + "." + EvidenceFile.extensionOf(type),
						type, metadata);
				stored.add(new EvidenceFile(id.toHexString(), file.title(), type, file.size(), file.sha256()));
			}
			return stored;
		}
		catch (RuntimeException ex) {
			delete(stored);
			throw ex;
		}
	}

	void delete(List<EvidenceFile> stored) {
		stored.forEach(f -> files.delete(Query.query(Criteria.where("_id").is(new ObjectId(f.fileId())))));
	}

	/** The bytes of a file of that city's request; callers decide first whether the asker may see it. */
	public Optional<byte[]> load(String cityId, String requestId, String fileId) {
		if (fileId == null || !ObjectId.isValid(fileId)) {
			return Optional.empty();
		}
		GridFSFile file = files.findOne(Query.query(Criteria.where("_id")
			.is(new ObjectId(fileId))
			.and("metadata.cityId")
			.is(cityId)
			.and("metadata.requestId")
			.is(requestId)));
		if (file == null) {
			return Optional.empty();
		}
		try (InputStream in = files.getResource(file).getInputStream()) {
			return Optional.of(in.readAllBytes());
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
