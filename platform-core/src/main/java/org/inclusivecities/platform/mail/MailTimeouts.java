package org.inclusivecities.platform.mail;

import java.time.Duration;
import java.util.Properties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Connection, read and write timeouts on the mail sender ({@code platform.mail.*-timeout}): Jakarta Mail waits
 * forever by default, so a mail server that accepts the connection and never answers would hold the delivery job
 * for good. A value set explicitly in {@code spring.mail.properties} wins.
 */
@Component
class MailTimeouts implements BeanPostProcessor {

	private final ObjectProvider<MailProperties> properties;

	MailTimeouts(ObjectProvider<MailProperties> properties) {
		this.properties = properties;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof JavaMailSenderImpl sender) {
			apply(sender.getJavaMailProperties(), properties.getObject());
		}
		return bean;
	}

	static void apply(Properties mail, MailProperties timeouts) {
		for (String protocol : new String[] { "smtp", "smtps" }) {
			setIfAbsent(mail, "mail." + protocol + ".connectiontimeout", timeouts.connectTimeout());
			setIfAbsent(mail, "mail." + protocol + ".timeout", timeouts.readTimeout());
			setIfAbsent(mail, "mail." + protocol + ".writetimeout", timeouts.writeTimeout());
		}
	}

	private static void setIfAbsent(Properties mail, String key, Duration timeout) {
		mail.putIfAbsent(key, String.valueOf(timeout.toMillis()));
	}

}
