package org.inclusivecities.platform.city;

/**
 * What a feature holds about one person: exported on request (GDPR Art. 20) and erased or anonymised on
 * request (Art. 17). Registered as beans; the core iterates them and never names a feature.
 */
public interface PersonalData {

	/** Marker written where an erased person's id or name was referenced. */
	String ERASED = "erased-person";

	/** Unique section name in the person's export. */
	String name();

	/** Lower runs earlier on erasure; the person document itself goes last. */
	default int order() {
		return 0;
	}

	/** What this feature stores about the person (never secrets such as password or token hashes). */
	Object exportPerson(DataSubject subject);

	/** Deletes what is theirs alone and anonymises references to them elsewhere. */
	void erase(DataSubject subject);

}
