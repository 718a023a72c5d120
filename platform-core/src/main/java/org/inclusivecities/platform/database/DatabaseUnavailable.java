package org.inclusivecities.platform.database;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import org.springframework.dao.DataAccessResourceFailureException;

/** Recognises a failure that means "the database is away right now" (as opposed to a bad query or a bug). */
public final class DatabaseUnavailable {

	private DatabaseUnavailable() {
	}

	/** Whether this exception, or one of its causes, says the database could not be reached in time. */
	public static boolean isCauseOf(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof MongoTimeoutException
					|| cause instanceof MongoSocketException) {
				return true;
			}
			if (cause.getCause() == cause) {
				return false;
			}
		}
		return false;
	}

}
