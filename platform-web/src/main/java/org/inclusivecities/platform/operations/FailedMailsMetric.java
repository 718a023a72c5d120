package org.inclusivecities.platform.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.inclusivecities.platform.mail.FailedMails;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * {@code platform.mail.failed}: how many mails the platform gave up on and waits for the secretariat to send again
 * (Prometheus: {@code platform_mail_failed}); alert when it is above zero. Unknown (NaN) while the database is away.
 */
@Component
class FailedMailsMetric implements MeterBinder {

	private final FailedMails failedMails;

	FailedMailsMetric(FailedMails failedMails) {
		this.failedMails = failedMails;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("platform.mail.failed", this, FailedMailsMetric::count)
			.description("Mails not delivered after every attempt, waiting to be sent again from /admin/outbox")
			.register(registry);
	}

	private double count() {
		try {
			return failedMails.count();
		}
		catch (DataAccessException ex) {
			return Double.NaN;
		}
	}

}
