package org.inclusivecities.platform.accreditation.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.inclusivecities.platform.request.EvidenceUpload;

import org.springframework.web.multipart.MultipartFile;

/**
 * The city admin's accreditation request: the period in which the city can receive the reviewers (yyyy-mm-dd),
 * up to {@link #SLOTS} evidence files, each with a short title (slot {@code i} is {@code evidenceTitles[i]} and
 * {@code evidenceFiles[i]}; empty slots are ignored), and whether every reviewer must read one of the city's
 * languages ({@code languageRequired}, a checkbox: absent means no).
 */
record RequestForm(String reviewFrom, String reviewTo, List<String> evidenceTitles,
		List<MultipartFile> evidenceFiles, Boolean languageRequired) {

	static final int SLOTS = EvidenceUpload.MAX_FILES;

	RequestForm {
		evidenceTitles = slots(evidenceTitles, "");
		evidenceFiles = slots(evidenceFiles, null);
		languageRequired = Boolean.TRUE.equals(languageRequired);
	}

	static RequestForm empty() {
		return new RequestForm("", "", null, null, false);
	}

	/**
	 * Exactly {@link #SLOTS} entries, so the page can always show (and bind errors to) every slot. Mutable on
	 * purpose: after constructor binding the data binder sets the same indexed values once more through the list.
	 */
	private static <T> List<T> slots(List<T> values, T blank) {
		List<T> slots = new ArrayList<>(Collections.nCopies(SLOTS, blank));
		if (values != null) {
			for (int i = 0; i < Math.min(SLOTS, values.size()); i++) {
				if (values.get(i) != null) {
					slots.set(i, values.get(i));
				}
			}
		}
		return slots;
	}

}
