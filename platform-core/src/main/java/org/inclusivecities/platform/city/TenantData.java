package org.inclusivecities.platform.city;

import java.util.List;

import org.bson.Document;

/**
 * What a feature contributes to a city's export (a manifest entry): the core iterates every registered
 * bean and never names a feature. Documents are raw BSON so that ids, dates and binaries survive.
 */
public interface TenantData {

	/** Unique section name in the export file. */
	String name();

	/** Lower runs earlier on import; the city document itself goes last so a failure leaves no visible city. */
	default int order() {
		return 0;
	}

	/** Every document of the city this feature stores. */
	List<Document> export(String cityId);

	/** Reasons these documents cannot be written (ids taken, foreign city); empty when they can. */
	List<String> problems(String cityId, List<Document> documents);

	/** Writes the documents, keeping their ids. */
	void importDocuments(String cityId, List<Document> documents);

	/** Undoes {@link #importDocuments} after a later section failed. */
	void remove(String cityId, List<Document> documents);

}
