package org.inclusivecities.platform.accreditation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.inclusivecities.platform.request.EvidenceRejected;
import org.inclusivecities.platform.request.EvidenceUpload;

import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks the evidence slots of a request form: a filled slot needs a title and a PDF, PNG or JPEG (read from the
 * content) of at most 5 MB. Every problem becomes a message on its field; nothing is stored here.
 */
final class EvidenceSlots {

	private EvidenceSlots() {
	}

	/** The uploads of the filled slots, or an empty list with field errors recorded when any slot is wrong. */
	static List<EvidenceUpload> check(RequestForm form, BindingResult errors) {
		List<EvidenceUpload> uploads = new ArrayList<>();
		for (int i = 0; i < RequestForm.SLOTS; i++) {
			String title = form.evidenceTitles().get(i);
			MultipartFile file = form.evidenceFiles().get(i);
			boolean hasFile = file != null && !file.isEmpty();
			if (!hasFile && (title == null || title.isBlank())) {
				continue;
			}
			int index = i;
			Object[] slot = { i + 1 };
			Optional<EvidenceRejected.Reason> titleProblem = EvidenceUpload.titleProblem(title);
			titleProblem.ifPresent(reason -> errors.rejectValue(titleField(index), key(reason), slot, null));
			byte[] content = null;
			Optional<EvidenceRejected.Reason> fileProblem;
			if (!hasFile) {
				fileProblem = Optional.of(EvidenceRejected.Reason.FILE_MISSING);
			}
			else if (file.getSize() > EvidenceUpload.MAX_BYTES) {
				fileProblem = Optional.of(EvidenceRejected.Reason.TOO_LARGE);
			}
			else {
				content = bytes(file);
				fileProblem = EvidenceUpload.contentProblem(content);
			}
			fileProblem.ifPresent(reason -> errors.rejectValue(fileField(index), key(reason), slot, null));
			if (titleProblem.isEmpty() && fileProblem.isEmpty()) {
				uploads.add(new EvidenceUpload(title, content));
			}
		}
		return errors.hasErrors() ? List.of() : uploads;
	}

	static String titleField(int slot) {
		return "evidenceTitles[" + slot + "]";
	}

	static String fileField(int slot) {
		return "evidenceFiles[" + slot + "]";
	}

	private static String key(EvidenceRejected.Reason reason) {
		return "review.evidence.error." + reason.name();
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
