package org.inclusivecities.platform.mail;

import java.util.Locale;
import java.util.Map;

import org.inclusivecities.platform.layout.SiteUrl;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders mails from {@code templates/mail/<name>.html} (HTML) and {@code templates/mail/<name>.txt}
 * (plain text, Thymeleaf TEXT mode) in the recipient's language; the subject is message
 * {@code mail.<name>.subject} with the model's {@code subjectArgs}.
 */
@Component
class ThymeleafMailTemplates implements MailTemplates {

	private final ITemplateEngine engine;

	private final MessageSource messages;

	private final SiteUrl siteUrl;

	ThymeleafMailTemplates(ITemplateEngine engine, MessageSource messages, SiteUrl siteUrl) {
		this.engine = engine;
		this.messages = messages;
		this.siteUrl = siteUrl;
	}

	@Override
	public RenderedMail render(String template, Locale locale, Map<String, Object> model) {
		Context context = new Context(locale, model);
		if (!model.containsKey("siteUrl")) {
			context.setVariable("siteUrl", siteUrl.ifKnown());
		}
		String html = engine.process("mail/" + template, context);
		Object[] subjectArgs = (Object[]) model.getOrDefault("subjectArgs", new Object[0]);
		String subject = messages.getMessage("mail." + template + ".subject", subjectArgs, locale);
		String text = engine.process("mail/" + template + "-text", context);
		return new RenderedMail(subject, text, html);
	}

}
