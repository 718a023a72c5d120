package org.inclusivecities.platform.city;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/** A person's own data: exported as JSON (GDPR Art. 20) or erased everywhere (Art. 17). */
@Service
public class PersonalDataService {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataService.class);

	private final List<PersonalData> contributors;

	private final Clock clock;

	PersonalDataService(List<PersonalData> contributors, Clock clock) {
		this.contributors = contributors.stream().sorted(Comparator.comparingInt(PersonalData::order)).toList();
		this.clock = clock;
	}

	public String export(DataSubject subject) {
		Map<String, Object> data = new LinkedHashMap<>();
		contributors.forEach(c -> data.put(c.name(), c.exportPerson(subject)));
		Document export = new Document("format", "inclusive-cities/personal-data").append("version", 1)
			.append("exportedAt", java.util.Date.from(clock.instant()))
			.append("data", new Document(data));
		return export.toJson(JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).indent(true).build());
	}

	public void erase(DataSubject subject) {
		contributors.forEach(c -> c.erase(subject));
		log.info("Erased the personal data of one person from {} features", contributors.size());
	}

}
