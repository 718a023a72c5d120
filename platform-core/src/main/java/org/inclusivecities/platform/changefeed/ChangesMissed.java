package org.inclusivecities.platform.changefeed;

/**
 * This instance may have missed changes of other instances (its change stream could not resume where it stopped):
 * read models and indexes kept in memory rebuild themselves from the database. Published by this instance only.
 */
public record ChangesMissed() {
}
