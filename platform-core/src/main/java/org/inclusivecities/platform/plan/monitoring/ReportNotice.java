package org.inclusivecities.platform.plan.monitoring;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A mail of the reporting cycle sent to a city about one year's report (a reminder so many days ahead, the on-hold
 * notice), recorded before it is sent: the id is unique, so across retries and instances each is sent once.
 */
@Document("report_notices")
record ReportNotice(@Id String id, @Indexed String cityId, int year, String kind, Instant at) {

	static ReportNotice of(String cityId, int year, String kind, Instant at) {
		return new ReportNotice(cityId + ":" + year + ":" + kind, cityId, year, kind, at);
	}

}
