package org.inclusivecities.platform.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param from sender address of every platform mail */
@ConfigurationProperties("platform.mail")
public record MailProperties(@DefaultValue("Inclusive Cities <no-reply@inclusive-cities.example>") String from) {
}
