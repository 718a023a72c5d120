package org.inclusivecities.platform.plan.web;

/** One field both people changed: their stored text and the saver's (public for the templates' expressions). */
public record Clash(String theirs, String yours) {
}
