package org.inclusivecities.platform;

import java.util.Locale;
import java.util.Map;

import org.inclusivecities.platform.mail.MailTemplates;
import org.inclusivecities.platform.mail.RenderedMail;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Boots platform-core on its own for its integration tests (not part of the shared test jar). */
@SpringBootApplication
public class CoreTestApplication {

	/** Core has no template engine; tests see the template name and model as the mail text. */
	@Bean
	MailTemplates plainMailTemplates() {
		return (String template, Locale locale, Map<String, Object> model) -> new RenderedMail(template,
				template + " " + model, null);
	}

}
