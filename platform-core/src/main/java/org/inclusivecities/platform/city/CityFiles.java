package org.inclusivecities.platform.city;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import org.bson.BsonObjectId;
import org.bson.Document;
import org.bson.types.ObjectId;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * GridFS files of a city, exported with their bytes (base64) and metadata, re-stored under the same id.
 */
public class CityFiles implements TenantData {

	private final String name;

	private final MongoTemplate mongo;

	private final String bucketName;

	private final Function<String, List<ObjectId>> idsOfCity;

	/**
	 * @param idsOfCity the ids of the city's files (e.g. read from the documents that reference them)
	 */
	public CityFiles(String name, MongoTemplate mongo, String bucketName, Function<String, List<ObjectId>> idsOfCity) {
		this.name = name;
		this.mongo = mongo;
		this.bucketName = bucketName;
		this.idsOfCity = idsOfCity;
	}

	private GridFSBucket bucket() {
		return GridFSBuckets.create(mongo.getDb(), bucketName);
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public List<Document> export(String cityId) {
		GridFSBucket bucket = bucket();
		List<Document> files = new ArrayList<>();
		for (ObjectId id : idsOfCity.apply(cityId)) {
			GridFSFile file = bucket.find(Filters.eq("_id", id)).first();
			if (file == null) {
				continue;
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			bucket.downloadToStream(id, bytes);
			files.add(new Document("_id", id).append("filename", file.getFilename())
				.append("metadata", file.getMetadata())
				.append("content", Base64.getEncoder().encodeToString(bytes.toByteArray())));
		}
		return files;
	}

	@Override
	public List<String> problems(String cityId, List<Document> documents) {
		List<String> problems = new ArrayList<>();
		GridFSBucket bucket = bucket();
		for (Document document : documents) {
			Object id = document.get("_id");
			if (!(id instanceof ObjectId objectId) || !(document.get("content") instanceof String content)) {
				problems.add(name + ": a file has no id or content");
				continue;
			}
			try {
				Base64.getDecoder().decode(content);
			}
			catch (IllegalArgumentException ex) {
				problems.add(name + ": file " + id + " is not valid base64");
			}
			if (bucket.find(Filters.eq("_id", objectId)).first() != null) {
				problems.add(name + ": file " + id + " already exists");
			}
		}
		return problems;
	}

	@Override
	public void importDocuments(String cityId, List<Document> documents) {
		GridFSBucket bucket = bucket();
		for (Document document : documents) {
			GridFSUploadOptions options = new GridFSUploadOptions();
			if (document.get("metadata") instanceof Document metadata) {
				options.metadata(metadata);
			}
			byte[] content = Base64.getDecoder().decode(document.getString("content"));
			bucket.uploadFromStream(new BsonObjectId(document.getObjectId("_id")), document.getString("filename"),
					new ByteArrayInputStream(content), options);
		}
	}

	@Override
	public void remove(String cityId, List<Document> documents) {
		GridFSBucket bucket = bucket();
		for (Document document : documents) {
			if (document.get("_id") instanceof ObjectId id && bucket.find(Filters.eq("_id", id)).first() != null) {
				bucket.delete(id);
			}
		}
	}

}
