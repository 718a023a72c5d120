package org.inclusivecities.platform.city;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Exports one city's complete data as a single JSON document (MongoDB extended JSON, so ids, dates and
 * binaries survive) and imports it into another installation: everything is validated first, then the
 * sections are written in order with the city document last; a failure while writing removes what was
 * written, so no half city is ever visible.
 */
@Service
public class CityPortability {

	public static final String FORMAT = "inclusive-cities/city-export";

	public static final int VERSION = 1;


	private static final Logger log = LoggerFactory.getLogger(CityPortability.class);

	private final List<TenantData> contributors;

	private final Clock clock;

	private final long maxBytes;

	private final ApplicationEventPublisher events;

	CityPortability(List<TenantData> contributors, Clock clock, ApplicationEventPublisher events,
			@Value("${platform.core.portability.max-import-bytes:67108864}") long maxBytes) {
		this.events = events;
		this.contributors = contributors.stream().sorted(Comparator.comparingInt(TenantData::order)).toList();
		this.clock = clock;
		this.maxBytes = maxBytes;
	}

	public String export(String cityId) {
		Map<String, Object> data = new LinkedHashMap<>();
		contributors.forEach(c -> data.put(c.name(), c.export(cityId)));
		Document export = new Document("format", FORMAT).append("version", VERSION)
			.append("cityId", cityId)
			.append("exportedAt", java.util.Date.from(clock.instant()))
			.append("data", new Document(data));
		return export.toJson(JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).indent(true).build());
	}

	/** Imports an export; returns the city id. Throws {@link ImportRejected} with nothing written. */
	public String importCity(byte[] json) {
		if (json.length > maxBytes) {
			throw new ImportRejected(ImportRejected.Reason.TOO_LARGE, List.of());
		}
		Document export = parse(json);
		if (!FORMAT.equals(export.get("format")) || !Integer.valueOf(VERSION).equals(export.get("version"))) {
			throw new ImportRejected(ImportRejected.Reason.WRONG_FORMAT, List.of());
		}
		if (!(export.get("cityId") instanceof String cityId) || cityId.isBlank()
				|| !(export.get("data") instanceof Document data)) {
			throw new ImportRejected(ImportRejected.Reason.INVALID_CONTENT, List.of("cityId or data missing"));
		}
		Map<TenantData, List<Document>> sections = sections(data);
		List<String> problems = new ArrayList<>();
		sections.forEach((contributor, documents) -> problems.addAll(contributor.problems(cityId, documents)));
		if (!problems.isEmpty()) {
			boolean clash = problems.stream().anyMatch(p -> p.contains("already exists"));
			throw new ImportRejected(clash ? ImportRejected.Reason.CITY_EXISTS : ImportRejected.Reason.INVALID_CONTENT,
					problems);
		}
		write(cityId, sections);
		events.publishEvent(new CityImported(cityId));
		return cityId;
	}

	private void write(String cityId, Map<TenantData, List<Document>> sections) {
		List<TenantData> written = new ArrayList<>();
		try {
			for (var section : sections.entrySet()) {
				written.add(section.getKey());
				section.getKey().importDocuments(cityId, section.getValue());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Import of city {} failed while writing; removing what was written", cityId, ex);
			for (TenantData contributor : written.reversed()) {
				contributor.remove(cityId, sections.get(contributor));
			}
			throw new ImportRejected(ImportRejected.Reason.INVALID_CONTENT, List.of("write failed"));
		}
	}

	private Map<TenantData, List<Document>> sections(Document data) {
		for (String name : data.keySet()) {
			if (contributors.stream().noneMatch(c -> c.name().equals(name))) {
				throw new ImportRejected(ImportRejected.Reason.INVALID_CONTENT, List.of("unknown section " + name));
			}
		}
		Map<TenantData, List<Document>> sections = new LinkedHashMap<>();
		for (TenantData contributor : contributors) {
			Object section = data.get(contributor.name());
			List<Document> documents = new ArrayList<>();
			if (section instanceof List<?> list) {
				for (Object item : list) {
					if (!(item instanceof Document document)) {
						throw new ImportRejected(ImportRejected.Reason.INVALID_CONTENT,
								List.of(contributor.name() + " holds something that is not a document"));
					}
					documents.add(document);
				}
			}
			else if (section != null) {
				throw new ImportRejected(ImportRejected.Reason.INVALID_CONTENT,
						List.of(contributor.name() + " is not a list"));
			}
			sections.put(contributor, documents);
		}
		return sections;
	}

	private static Document parse(byte[] json) {
		try {
			return Document.parse(new String(json, java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (RuntimeException ex) {
			throw new ImportRejected(ImportRejected.Reason.MALFORMED, List.of());
		}
	}

}
