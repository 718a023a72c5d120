package org.inclusivecities.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.inclusivecities.platform.mail.MailTemplates;
import org.inclusivecities.platform.mail.RenderedMail;
import org.inclusivecities.platform.request.AccreditationEligibility;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Boots core + review for review's integration tests, with a clock and a readiness check tests control. */
@SpringBootApplication
public class ReviewTestApplication {

	/** Review has no template engine; tests see the template name and model as the mail text. */
	@Bean
	MailTemplates plainMailTemplates() {
		return (String template, Locale locale, Map<String, Object> model) -> new RenderedMail(template,
				template + " " + model, null);
	}

	/** Primary, so it wins over core's system clock wherever a Clock is injected. */
	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock(Instant.parse("2027-01-04T09:00:00Z"));
	}

	@Bean
	@org.springframework.context.annotation.Primary
	TestReadiness readiness() {
		return new TestReadiness();
	}

	/** A clock tests move forward. */
	public static class TestClock extends Clock {

		private volatile Instant now;

		TestClock(Instant now) {
			this.now = now;
		}

		public void advance(Duration duration) {
			now = now.plus(duration);
		}

		public void set(Instant instant) {
			now = instant;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	/** Stands in for the plan's readiness check: a city is ready unless a test says what is missing. */
	public static class TestReadiness implements AccreditationEligibility {

		private final Map<String, List<String>> missing = new ConcurrentHashMap<>();

		public void missing(String cityId, List<String> items) {
			missing.put(cityId, items);
		}

		@Override
		public List<String> missingItems(String cityId) {
			return missing.getOrDefault(cityId, List.of());
		}

	}

}
