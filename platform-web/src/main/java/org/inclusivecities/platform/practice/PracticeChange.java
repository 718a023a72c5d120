package org.inclusivecities.platform.practice;

import org.inclusivecities.platform.changefeed.PublicChange;

/**
 * What happened to a practice that its public view (library page, search index, feed, API) may show; listeners read
 * the practice again by its id.
 */
public sealed interface PracticeChange extends PublicChange
		permits PracticePublished, PracticeWithdrawn, PracticeEdited, StoryAdded, ConsentWithdrawn, PracticeAdopted,
		AdoptionChanged {

	String practiceId();

}
