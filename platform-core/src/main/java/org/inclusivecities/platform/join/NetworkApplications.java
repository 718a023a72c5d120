package org.inclusivecities.platform.join;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityNotFound;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.Slugs;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.inclusivecities.platform.mail.Mailer;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Cities applying to join the network: the city in APPLIED status, its application and the charter
 * file are written together or not at all (compensating deletes, as the embedded database has no
 * multi-document transactions). The secretariat's decisions live in {@link ApplicationDecisions}.
 */
@Service
public class NetworkApplications {

	private static final Logger log = LoggerFactory.getLogger(NetworkApplications.class);

	private final Cities cities;

	private final CityApplications applications;

	private final Charters charters;

	private final MongoTemplate mongo;

	private final Mailer mailer;

	private final People people;

	private final Clock clock;

	NetworkApplications(Cities cities, CityApplications applications, Charters charters, MongoTemplate mongo,
			Mailer mailer, People people, Clock clock) {
		this.people = people;
		this.cities = cities;
		this.applications = applications;
		this.charters = charters;
		this.mongo = mongo;
		this.mailer = mailer;
		this.clock = clock;
	}

	/** Stores the application and sends the acknowledgement to the contact. */
	public CityApplication apply(CityProfile profile, ApplicationContact contact, byte[] charterPdf,
			String charterFilename, LocalDate councilDecisionDate) {
		return apply(profile, contact, charterPdf, charterFilename, councilDecisionDate, false, null);
	}

	/**
	 * As {@link #apply(CityProfile, ApplicationContact, byte[], String, LocalDate)}, recording whether the applicant,
	 * warned of a likely duplicate, confirmed that the city is another one; with a {@code siteUrl} the confirmation
	 * mail links to the application's status page and every network admin is told of the new application.
	 */
	public CityApplication apply(CityProfile profile, ApplicationContact contact, byte[] charterPdf,
			String charterFilename, LocalDate councilDecisionDate, boolean confirmedDifferentCity, String siteUrl) {
		Instant now = clock.instant();
		String fileId = charters.store(charterPdf, charterFilename);
		City city = null;
		CityApplication application;
		String statusToken;
		try {
			city = saveWithUniqueSlug(City.apply(profile, now));
			CityApplication submitted = CityApplication.submit(city.getId(), contact, fileId, councilDecisionDate, now);
			if (confirmedDifferentCity) {
				submitted.confirmDifferentCity();
			}
			statusToken = siteUrl == null ? null : submitted.issueStatusToken();
			application = applications.save(submitted);
		}
		catch (RuntimeException ex) {
			charters.delete(fileId);
			if (city != null && city.getId() != null) {
				mongo.remove(city);
			}
			throw ex;
		}
		log.info("City {} applied to join (application {})", city.getSlug(), application.getId());
		acknowledge(application, city, siteUrl == null ? null : siteUrl + "/join/status/" + statusToken);
		if (siteUrl != null) {
			tellSecretariat(application, city, siteUrl, confirmedDifferentCity);
		}
		return application;
	}

	private void acknowledge(CityApplication application, City city, String statusLink) {
		Locale locale = application.getContactLanguage().locale();
		Map<String, Object> model = new java.util.HashMap<>(Map.of("contactName", application.getContactName(),
				"cityName", city.getName(), "subjectArgs", new Object[] { city.getName() }));
		if (statusLink != null) {
			model.put("statusLink", statusLink);
		}
		mailer.send(application.getContactEmail(), locale, "join-received", model);
	}

	/** Every network admin hears of a new application, in their language, with a link to it. */
	private void tellSecretariat(CityApplication application, City city, String siteUrl, boolean likelyDuplicate) {
		for (Person admin : people.findAllByNetworkAdminTrue()) {
			mailer.send(admin.getEmail(), admin.getLanguage().locale(), "join-new-application",
					Map.of("cityName", city.getName(), "country", city.getCountry(), "likelyDuplicate", likelyDuplicate,
							"link", siteUrl + "/admin/applications/" + application.getId(), "subjectArgs",
							new Object[] { city.getName() }));
		}
	}

	/** The application whose status link carries this token. */
	public java.util.Optional<CityApplication> byStatusToken(String token) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
			return java.util.Optional.empty();
		}
		return applications.findByStatusTokenHash(org.inclusivecities.platform.people.SecretTokens.hash(token));
	}

	/** The slug of the name; when taken, with the country code; when that is taken too, with a number. */
	private City saveWithUniqueSlug(City city) {
		String base = city.getSlug();
		String withCountry = Slugs.slugify(base + "-" + city.getCountry());
		for (int attempt = 1; attempt < 1000; attempt++) {
			String candidate = attempt == 1 ? base : attempt == 2 ? withCountry : withCountry + "-" + attempt;
			if (cities.existsBySlug(candidate)) {
				continue;
			}
			city.useSlug(candidate);
			try {
				return cities.save(city);
			}
			catch (DuplicateKeyException ex) {
				// someone took it between the check and the write: try the next candidate
			}
		}
		throw new IllegalStateException("No free slug for " + base);
	}

	public List<CityApplication> pending() {
		return applications.findAllByStatusOrderBySubmittedAtAsc(ApplicationStatus.PENDING);
	}

	public Page<CityApplication> decided(Pageable pageable) {
		return applications.findAllByStatusInOrderByDecidedAtDesc(
				EnumSet.of(ApplicationStatus.APPROVED, ApplicationStatus.REJECTED), pageable);
	}

	public long pendingCount() {
		return applications.countByStatus(ApplicationStatus.PENDING);
	}

	public CityApplication get(String id) {
		return applications.findById(id).orElseThrow(() -> new ApplicationNotFound(id));
	}

	public City cityOf(CityApplication application) {
		return cities.findById(application.getCityId()).orElseThrow(() -> new CityNotFound(application.getCityId()));
	}

}
