package org.inclusivecities.platform.directory;

/** The listed cities changed (in this instance or, as this instance just learnt, in another). */
public record DirectoryChanged() {
}
