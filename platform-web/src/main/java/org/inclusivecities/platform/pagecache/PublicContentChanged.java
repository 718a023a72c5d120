package org.inclusivecities.platform.pagecache;

/**
 * Something shown on public pages changed in a way this instance's own database writes do not reveal (typically:
 * a follower just learnt of another instance's change). Publish it so {@link AnonymousPageCache} forgets its pages.
 */
public record PublicContentChanged(String what) {
}
