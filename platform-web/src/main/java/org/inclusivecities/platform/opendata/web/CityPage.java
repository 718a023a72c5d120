package org.inclusivecities.platform.opendata.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.inclusivecities.platform.directory.DirectoryEntry;

/** One page of the open-data city list, with navigation links (absolute URLs; null where there is none). */
@Schema(name = "CityPage", description = "A page of listed cities")
record CityPage(List<DirectoryEntry> items, int page, int size, long total, int totalPages, Links links) {

	record Links(String self, String first, String prev, String next, String last) {
	}

}
