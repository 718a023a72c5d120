package org.inclusivecities.platform.layout;

import java.util.Locale;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.inclusivecities.platform.refusal.Conflict;
import org.inclusivecities.platform.refusal.Forbidden;
import org.inclusivecities.platform.refusal.Invalid;
import org.inclusivecities.platform.refusal.NotFound;
import org.inclusivecities.platform.refusal.Refusal;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartException;

/**
 * What both web surfaces (pages and API) say about a refusal: its status by kind, its title and its reason in the
 * reader's language. Spring's own refusals of input (optimistic-locking failure, a parameter name no form field
 * takes, a multipart body that cannot be parsed) are translated here, once, into refusals; a database that does not
 * answer is recognised here, once, as a 503.
 */
@Component
public class Refusals {

	/** Seconds a client is asked to wait while the database is unavailable. */
	public static final String RETRY_AFTER_SECONDS = "60";

	private final MessageSource messages;

	Refusals(MessageSource messages) {
		this.messages = messages;
	}

	/** The refusal an exception stands for, or {@code null} when it is none. */
	public static Refusal of(Throwable ex) {
		if (ex instanceof Refusal refusal) {
			return refusal;
		}
		if (ex instanceof OptimisticLockingFailureException) {
			return new ChangedMeanwhile();
		}
		if (ex instanceof InvalidPropertyException invalid) {
			// a bracketed or dotted parameter name (email[$ne]=x) that no field of the form can take
			return new UnreadableInput(invalid.getPropertyName(), "error.400.parameter");
		}
		if (ex instanceof MultipartException) {
			return new UnreadableInput(null, "error.400.multipart");
		}
		return null;
	}

	public static HttpStatus status(Refusal refusal) {
		return switch (refusal) {
			case NotFound notFound -> notFound.gone() ? HttpStatus.GONE : HttpStatus.NOT_FOUND;
			case Conflict ignored -> HttpStatus.CONFLICT;
			case Invalid ignored -> HttpStatus.BAD_REQUEST;
			case Forbidden ignored -> HttpStatus.FORBIDDEN;
		};
	}

	/** Whether the exception, or one of its causes, says the database did not answer. */
	public static boolean databaseUnavailable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof MongoTimeoutException
					|| cause instanceof MongoSocketException) {
				return true;
			}
		}
		return false;
	}

	public String title(Refusal refusal, Locale locale) {
		String fallback = messages.getMessage("error." + status(refusal).value() + ".title", null, locale);
		return refusal.titleKey() == null ? fallback
				: messages.getMessage(refusal.titleKey(), null, fallback, locale);
	}

	/** The reason in words; the kind's default text when the refusal names none (or one the bundles lack). */
	public String reason(Refusal refusal, Locale locale) {
		String fallback = messages.getMessage("error." + status(refusal).value() + ".text", null, locale);
		if (refusal.reasonKey() == null) {
			return fallback;
		}
		try {
			return messages.getMessage(refusal.reasonKey(), refusal.args(), fallback, locale);
		}
		catch (NoSuchMessageException ex) {
			// an argument named a message the bundles lack: the kind's text still says what happened
			return fallback;
		}
	}

	/** Input Spring MVC could not bind or parse, before any handler ran: nothing was saved. */
	static final class UnreadableInput extends Invalid {

		UnreadableInput(String field, String messageKey) {
			super("Unreadable input", field, messageKey);
		}

	}

	/** A change based on a version someone else replaced meanwhile: nothing was saved. */
	static final class ChangedMeanwhile extends Conflict {

		ChangedMeanwhile() {
			super("Changed meanwhile", "error.409.changed");
		}

	}

}
