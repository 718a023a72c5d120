package org.inclusivecities.platform.admin.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The reason for a rejection, which the applicant receives. */
record RejectForm(@NotBlank(message = "{admin.error.reason}") @Size(max = 2000, message = "{admin.error.reason.size}") String reason) {
}
