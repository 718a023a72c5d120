package org.inclusivecities.platform.request;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One evidence file a city uploads with its request: a short title and the bytes. Accepted only when the
 * content (not the name or declared type) is a PDF, PNG or JPEG, not empty and at most {@link #MAX_BYTES}.
 */
public record EvidenceUpload(String title, byte[] content) {

	public static final String PDF = "application/pdf";

	public static final String PNG = "image/png";

	public static final String JPEG = "image/jpeg";

	/** The most one evidence file may weigh. */
	public static final long MAX_BYTES = 5L * 1024 * 1024;

	/** The most evidence files one request carries. */
	public static final int MAX_FILES = 5;

	public static final int MAX_TITLE = 120;

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	public EvidenceUpload {
		Optional<EvidenceRejected.Reason> problem = titleProblem(title).or(() -> contentProblem(content));
		if (problem.isPresent()) {
			throw new EvidenceRejected(problem.get());
		}
		title = title.strip();
	}

	/** What is wrong with a title, if anything. */
	public static Optional<EvidenceRejected.Reason> titleProblem(String title) {
		if (title == null || title.isBlank()) {
			return Optional.of(EvidenceRejected.Reason.TITLE_MISSING);
		}
		return title.strip().length() > MAX_TITLE ? Optional.of(EvidenceRejected.Reason.TITLE_TOO_LONG)
				: Optional.empty();
	}

	/** What is wrong with the bytes, if anything (size first, then the type read from the content). */
	public static Optional<EvidenceRejected.Reason> contentProblem(byte[] content) {
		if (content == null || content.length == 0) {
			return Optional.of(EvidenceRejected.Reason.FILE_MISSING);
		}
		if (content.length > MAX_BYTES) {
			return Optional.of(EvidenceRejected.Reason.TOO_LARGE);
		}
		return detectType(content).isEmpty() ? Optional.of(EvidenceRejected.Reason.UNSUPPORTED_TYPE) : Optional.empty();
	}

	/** The type the bytes are, whatever a file name or declared type claim: PDF, PNG, JPEG or nothing. */
	public static Optional<String> detectType(byte[] content) {
		if (startsWith(content, PDF_MAGIC)) {
			return Optional.of(PDF);
		}
		if (startsWith(content, PNG_MAGIC)) {
			return Optional.of(PNG);
		}
		return startsWith(content, JPEG_MAGIC) ? Optional.of(JPEG) : Optional.empty();
	}

	String contentType() {
		return detectType(content).orElseThrow();
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		if (content == null || content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
