package org.inclusivecities.platform.network.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Into which city (by its address) a duplicate record is merged, and why. */
record MergeForm(@NotBlank(message = "{network.error.survivor}") @Size(max = 60, message = "{network.error.survivor}") String survivor,
		@NotBlank(message = "{network.error.reason}") @Size(max = 1000, message = "{network.error.reason.size}") String reason) {
}
