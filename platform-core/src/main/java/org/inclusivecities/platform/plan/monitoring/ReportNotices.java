package org.inclusivecities.platform.plan.monitoring;

import org.springframework.data.repository.Repository;

interface ReportNotices extends Repository<ReportNotice, String> {

	/** Inserts; a notice sent already fails on its unique id. */
	ReportNotice insert(ReportNotice notice);

	boolean existsByCityIdAndId(String cityId, String id);

}
