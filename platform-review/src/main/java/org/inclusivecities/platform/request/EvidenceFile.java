package org.inclusivecities.platform.request;

/**
 * One evidence file frozen into a request: its GridFS id, the title the city gave it, the type detected from its
 * content, its size in bytes and the SHA-256 of its bytes (hex), so anyone can check a download is unchanged.
 */
public record EvidenceFile(String fileId, String title, String contentType, long size, String sha256) {

	/** The usual file name extension of the type. */
	public String extension() {
		return extensionOf(contentType);
	}

	static String extensionOf(String contentType) {
		return switch (contentType) {
			case EvidenceUpload.PDF -> "pdf";
			case EvidenceUpload.PNG -> "png";
			default -> "jpg";
		};
	}

}
