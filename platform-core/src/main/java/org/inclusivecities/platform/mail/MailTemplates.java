package org.inclusivecities.platform.mail;

import java.util.Locale;
import java.util.Map;

/**
 * Turns a named template and a model into a mail in the recipient's language. Implemented by the web
 * module (Thymeleaf); core and review only name templates.
 */
public interface MailTemplates {

	RenderedMail render(String template, Locale locale, Map<String, Object> model);

}
