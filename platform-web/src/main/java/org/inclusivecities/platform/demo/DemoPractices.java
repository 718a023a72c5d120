package org.inclusivecities.platform.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.practice.AdoptionDetails;
import org.inclusivecities.platform.practice.ConsentScope;
import org.inclusivecities.platform.practice.Practice;
import org.inclusivecities.platform.practice.PracticeAdoption;
import org.inclusivecities.platform.practice.PracticeContent;
import org.inclusivecities.platform.practice.PracticeEditing;
import org.inclusivecities.platform.practice.PracticeModeration;
import org.springframework.stereotype.Component;

/**
 * A small good-practice library in English and Dutch, published through the real workflow (draft → submitted →
 * published by the secretariat), with two adoptions and one pseudonymous story given with consent.
 */
@Component
class DemoPractices {

	private final PracticeEditing editing;

	private final PracticeModeration moderation;

	private final PracticeAdoption adoption;

	private final Clock clock;

	DemoPractices(PracticeEditing editing, PracticeModeration moderation, PracticeAdoption adoption, Clock clock) {
		this.editing = editing;
		this.adoption = adoption;
		this.moderation = moderation;
		this.clock = clock;
	}

	record DemoPractice(String slug, String language, ActivityType type, Set<Aim> aims, Sector sector, String title,
			String summary, String problem, String whatWasDone, String involved, String outcomes, String lessons) {
	}

	static final List<DemoPractice> PRACTICES = List.of(
			new DemoPractice("gent", "nl", ActivityType.RECOVERY_CAFE, Set.of(Aim.NEW_CONNECTIONS), Sector.CULTURE,
					"Herstelcafé in de bibliotheek",
					"Elke maand ontmoeten mensen in herstel, hun naasten en buren elkaar in de stadsbibliotheek.",
					"Mensen in herstel missen vaak plekken buiten de hulpverlening waar ze gewoon welkom zijn.",
					"Ervaringsdeskundigen openen het **herstelcafé** samen met de bibliotheek; iedereen mag binnenlopen.",
					"Ervaringsdeskundigen, de bibliotheek, het CGG en vrijwilligers uit de buurt.",
					"Gemiddeld dertig bezoekers per keer; een derde komt van buiten de hulpverlening.",
					"Laat ervaringsdeskundigen het programma bepalen; een neutrale plek verlaagt de drempel."),
			new DemoPractice("utrecht", "nl", ActivityType.RECOVERY_WALK, Set.of(Aim.MAKE_RECOVERY_VISIBLE),
					Sector.HEALTH, "Herstelwandeling over de Singel",
					"Een jaarlijkse wandeling waarmee honderden Utrechters laten zien dat herstel bestaat.",
					"Verslaving is onzichtbaar in het straatbeeld; herstel nog meer.",
					"Met buurthuizen, zorgaanbieders en de gemeente organiseren ervaringsdeskundigen een wandeling "
							+ "met verhalen onderweg.",
					"Ervaringsdeskundigen, familieleden, zorgaanbieders en de gemeente.",
					"Vierhonderd wandelaars en aandacht in de lokale pers.",
					"Begin klein; vraag wandelaars hun eigen verhaal mee te nemen als ze dat willen."),
			new DemoPractice("glasgow", "en", ActivityType.RECOVERY_WALK,
					Set.of(Aim.MAKE_RECOVERY_VISIBLE, Aim.CELEBRATE_RECOVERY), Sector.HEALTH,
					"Recovery walk through the city centre",
					"Once a year, people in recovery, families and supporters walk together through the city centre.",
					"Recovery rarely shows in public; stigma keeps people hidden.",
					"A recovery community group plans the route, the speakers and the music; the council clears the way.",
					"People in recovery and their families, the recovery community, the council, local clubs.",
					"Two thousand walkers; employers and clubs asked how they could take part.",
					"Let the recovery community own it; keep speeches short and personal."),
			new DemoPractice("dublin", "en", ActivityType.EMPLOYER_PROGRAMME,
					Set.of(Aim.ENGAGE_POLICY_PRACTICE, Aim.ENGAGE_PUBLIC_CHALLENGE_STIGMA), Sector.EMPLOYMENT,
					"Recovery-friendly workplaces",
					"Employers pledge to hire people in recovery and to support staff who seek help.",
					"People in recovery are turned down for jobs when their history comes up.",
					"An employers' forum and the recovery academy wrote a short pledge and a one-day training for managers.",
					"Employers, people in recovery, the employment service and the city council.",
					"Thirty-two employers signed; forty people in recovery found work in the first year.",
					"Start with employers who already have someone in recovery on their staff."));

	/** Publishes the library; {@code admins} maps a city slug to its admin's person id. */
	void seed(Map<String, String> cityIds, Map<String, String> admins, String secretariatId) {
		Map<String, String> published = new java.util.HashMap<>();
		for (DemoPractice demo : PRACTICES) {
			String cityId = cityIds.get(demo.slug());
			Practice practice = editing.create(cityId, content(demo), admins.get(demo.slug()));
			editing.submit(cityId, practice.getId());
			moderation.publish(practice.getId(), secretariatId);
			published.put(demo.slug(), practice.getId());
		}
		editing.addStory(cityIds.get("glasgow"), published.get("glasgow"), "The first walk",
				"I walked behind the banner with my daughter. For the first time I was not hiding anything.",
				"Stevie", LocalDate.now(clock).minusMonths(3), ConsentScope.PSEUDONYMOUS, "Stevie", admins.get("glasgow"));
		adoption.adopt(cityIds.get("utrecht"), published.get("gent"),
				new AdoptionDetails("Ons herstelcafé in Oost volgt dit voorbeeld, in de wijkbibliotheek.", null, null),
				admins.get("utrecht"));
		adoption.reportResult(cityIds.get("utrecht"), published.get("gent"),
				"Elke week schuiven zo'n twintig buren en mensen in herstel aan.", LocalDate.now(clock).minusMonths(1));
		adoption.adopt(cityIds.get("dublin"), published.get("glasgow"),
				new AdoptionDetails("Our Liffey walk started from this practice, with a shorter route.", null, null),
				admins.get("dublin"));
	}

	private static PracticeContent content(DemoPractice demo) {
		return new PracticeContent(demo.title(), demo.summary(), demo.problem(), demo.whatWasDone(), demo.involved(),
				demo.outcomes(), null, demo.lessons(), null, Set.of(demo.type()), demo.aims(), Set.of(demo.sector()),
				List.of("people in recovery"), List.of(demo.language()), List.of());
	}

}
