package org.inclusivecities.platform.practice;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.bson.Document;
import org.bson.types.ObjectId;

import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/**
 * Image files of practices in GridFS. An upload is accepted only when its content (not its name or declared
 * type) is a PNG or JPEG that ImageIO can read, within the size and pixel limits; it is then decoded and
 * encoded again, which drops metadata (location, camera) and anything smuggled after the image data.
 */
@Component
public class PracticeImages {

	private final GridFsTemplate files;

	private final PracticeProperties properties;

	PracticeImages(MongoDatabaseFactory factory, MongoTemplate mongo, PracticeProperties properties) {
		this.files = new GridFsTemplate(factory, mongo.getConverter(), "practice_images");
		this.properties = properties;
	}

	/** Checks, re-encodes and stores the image; returns its record (not yet public). */
	PracticeImage store(String cityId, String practiceId, byte[] upload, String alt) {
		if (upload == null || upload.length == 0) {
			throw new ImageRejected(ImageRejected.Reason.MISSING);
		}
		if (alt == null || alt.isBlank()) {
			throw new ImageRejected(ImageRejected.Reason.ALT_MISSING);
		}
		if (upload.length > properties.maxImageBytes()) {
			throw new ImageRejected(ImageRejected.Reason.TOO_LARGE);
		}
		Decoded decoded = decode(upload);
		byte[] clean = encode(decoded);
		String contentType = "png".equals(decoded.format()) ? "image/png" : "image/jpeg";
		Document metadata = new Document("cityId", cityId).append("practiceId", practiceId);
		ObjectId id = files.store(new ByteArrayInputStream(clean), practiceId + "." + decoded.format(), contentType,
				metadata);
		return new PracticeImage(id.toHexString(), alt.strip(), contentType, decoded.image().getWidth(),
				decoded.image().getHeight(), false);
	}

	/** The stored bytes of an image; callers decide first whether the asker may see it. */
	public Optional<byte[]> load(String imageId) {
		if (imageId == null || !ObjectId.isValid(imageId)) {
			return Optional.empty();
		}
		var file = files.findOne(new Query(Criteria.where("_id").is(new ObjectId(imageId))));
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

	private Decoded decode(byte[] upload) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
			if (readers == null || !readers.hasNext()) {
				throw new ImageRejected(ImageRejected.Reason.NOT_AN_IMAGE);
			}
			ImageReader reader = readers.next();
			try {
				String format = reader.getFormatName().toLowerCase(Locale.ROOT);
				if (format.equals("jpg")) {
					format = "jpeg";
				}
				if (!format.equals("png") && !format.equals("jpeg")) {
					throw new ImageRejected(ImageRejected.Reason.UNSUPPORTED_TYPE);
				}
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width > properties.maxImageSide() || height > properties.maxImageSide()) {
					throw new ImageRejected(ImageRejected.Reason.TOO_MANY_PIXELS);
				}
				return new Decoded(format, reader.read(0));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImageRejected rejected) {
				throw rejected;
			}
			throw new ImageRejected(ImageRejected.Reason.NOT_AN_IMAGE);
		}
	}

	private static byte[] encode(Decoded decoded) {
		BufferedImage image = decoded.image();
		if (decoded.format().equals("jpeg") && image.getColorModel().hasAlpha()) {
			BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			rgb.createGraphics().drawImage(image, 0, 0, null);
			image = rgb;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, decoded.format(), out)) {
				throw new ImageRejected(ImageRejected.Reason.NOT_AN_IMAGE);
			}
		}
		catch (IOException ex) {
			throw new ImageRejected(ImageRejected.Reason.NOT_AN_IMAGE);
		}
		return out.toByteArray();
	}

	private record Decoded(String format, BufferedImage image) {
	}

}
