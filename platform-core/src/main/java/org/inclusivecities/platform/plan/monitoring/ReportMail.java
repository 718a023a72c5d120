package org.inclusivecities.platform.plan.monitoring;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.mail.Mailer;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The mails of the reporting cycle, through the outbox, each with the path of the page where its reader acts: to
 * the city's admins and council members (reminder, on hold, released, the secretariat's answer) and to every network
 * admin (a report submitted).
 */
@Component
class ReportMail {

	static final String REMINDER = "monitoring-report-reminder";

	static final String ON_HOLD = "monitoring-report-on-hold";

	static final String RELEASED = "monitoring-report-released";

	static final String REVIEWED = "monitoring-report-reviewed";

	static final String SUBMITTED = "monitoring-report-submitted";

	private final Mailer mailer;

	private final People people;

	ReportMail(Mailer mailer, People people) {
		this.mailer = mailer;
		this.people = people;
	}

	void reminder(City city, int year, LocalDate dueBy, int daysLeft) {
		Map<String, Object> model = model(city, year);
		model.put("dueBy", dueBy);
		model.put("daysLeft", daysLeft);
		toCouncil(city, REMINDER, model);
	}

	void onHold(City city, int year) {
		toCouncil(city, ON_HOLD, model(city, year));
	}

	void released(City city, int year) {
		toCouncil(city, RELEASED, model(city, year));
	}

	void reviewed(City city, int year, ReportReview review) {
		Map<String, Object> model = model(city, year);
		model.put("accepted", review.accepted());
		model.put("feedback", review.feedback() == null ? "" : review.feedback());
		toCouncil(city, REVIEWED, model);
	}

	void submitted(City city, int year, String submittedBy) {
		Map<String, Object> model = model(city, year);
		model.put("submittedBy", submittedBy);
		model.put("reviewPath", "/admin/reports/" + city.getSlug() + "/" + year);
		for (Person admin : people.findAllByNetworkAdminTrue()) {
			mailer.send(admin.getEmail(), admin.getLanguage().locale(), SUBMITTED, model);
		}
	}

	private void toCouncil(City city, String template, Map<String, Object> model) {
		for (Person member : people.findAllByCityId(city.getId(), Pageable.unpaged())) {
			if (member.hasRole(city.getId(), Role.CITY_ADMIN) || member.hasRole(city.getId(), Role.COUNCIL_MEMBER)) {
				mailer.send(member.getEmail(), member.getLanguage().locale(), template, model);
			}
		}
	}

	private static Map<String, Object> model(City city, int year) {
		Map<String, Object> model = new HashMap<>();
		model.put("cityName", city.getName());
		model.put("year", String.valueOf(year));
		model.put("reportPath", "/my/cities/" + city.getSlug() + "/plan/reports/" + year);
		model.put("subjectArgs", new Object[] { city.getName(), String.valueOf(year) });
		return model;
	}

}
