package org.inclusivecities.platform;

import java.util.Locale;
import java.util.Map;

import org.inclusivecities.platform.mail.MailTemplates;
import org.inclusivecities.platform.mail.RenderedMail;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Boots core + review for review's integration tests. */
@SpringBootApplication
public class ReviewTestApplication {

	/** Review has no template engine; tests see the template name and model as the mail text. */
	@Bean
	MailTemplates plainMailTemplates() {
		return (String template, Locale locale, Map<String, Object> model) -> new RenderedMail(template,
				template + " " + model, null);
	}

}
