package org.inclusivecities.platform.bench;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Recovery-related phrases in English and Dutch, combined into titles, summaries and Markdown bodies that read
 * like the practices cities publish. Only for the benchmark data; nothing here is shown in the application.
 */
final class Vocabulary {

	record Language(String code, List<String> activities, List<String> openings, List<String> partners,
			List<String> outcomes, List<String> lessons, List<String> adjectives, List<String> groups,
			String titleFormat) {
	}

	static final Language EN = new Language("en",
			List.of("recovery café", "recovery walk", "peer support group", "employer programme", "recovery games",
					"bike ride for recovery", "mutual aid meeting", "educational campaign", "recovery month festival",
					"anti-stigma training", "recovery-friendly workplace scheme", "community kitchen", "sober sports club",
					"family support evening", "housing first pilot", "lived experience panel"),
			List.of("People in recovery told us they felt invisible in our city.",
					"Stigma kept many residents from asking for help with addiction.",
					"Local employers hesitated to hire people with a history of substance use.",
					"Families of people in recovery had nowhere to meet and share.",
					"After treatment, many people lost their social network and their daily rhythm.",
					"The council wanted to show publicly that recovery is possible."),
			List.of("peer support workers", "experts by lived experience", "the municipal health service",
					"local employers", "the housing corporation", "mutual aid fellowships", "the public library",
					"volunteers from the neighbourhood", "the police and probation service", "schools and youth workers"),
			List.of("More than two hundred residents joined the first recovery walk.",
					"Twelve employers signed the recovery-friendly workplace pledge.",
					"Visitors of the recovery café reported less loneliness after three months.",
					"The local newspaper covered recovery stories for the first time.",
					"Peer support reached people who never came to regular services.",
					"Waiting lists for treatment became shorter because peers offered support meanwhile."),
			List.of("Start small and let people in recovery lead.", "Pay peer workers for their lived experience.",
					"Meet in a neutral place, not in a clinic.", "Invite the mayor early: visibility matters.",
					"Keep the café alcohol-free and open to everyone.", "Plan the walk route with accessibility in mind."),
			List.of("weekly", "city-wide", "neighbourhood", "community-led", "peer-run", "inclusive", "annual",
					"open", "volunteer-led", "family-friendly"),
			List.of("people in recovery", "families", "young adults", "employers", "homeless people", "veterans",
					"women in recovery", "students"),
			"%s %s in %s");

	static final Language NL = new Language("nl",
			List.of("herstelcafé", "herstelwandeling", "lotgenotengroep", "werkgeversprogramma", "herstelspelen",
					"fietstocht voor herstel", "zelfhulpbijeenkomst", "voorlichtingscampagne", "herstelmaand festival",
					"training tegen stigma", "herstelvriendelijke werkplek", "buurtkeuken", "sportclub zonder alcohol",
					"familieavond", "proef met wonen eerst", "panel van ervaringsdeskundigen"),
			List.of("Mensen in herstel vertelden ons dat ze zich onzichtbaar voelden in onze stad.",
					"Door stigma vroegen veel inwoners geen hulp bij verslaving.",
					"Lokale werkgevers aarzelden om mensen met een verslavingsverleden aan te nemen.",
					"Families van mensen in herstel hadden geen plek om elkaar te ontmoeten.",
					"Na de behandeling verloren veel mensen hun sociale netwerk en hun dagritme.",
					"De gemeente wilde publiek laten zien dat herstel mogelijk is."),
			List.of("ervaringsdeskundigen", "de GGD", "lokale werkgevers", "de woningcorporatie",
					"zelfhulpgroepen", "de openbare bibliotheek", "vrijwilligers uit de wijk",
					"politie en reclassering", "scholen en jongerenwerkers", "de verslavingszorg"),
			List.of("Meer dan tweehonderd inwoners liepen mee met de eerste herstelwandeling.",
					"Twaalf werkgevers tekenden de belofte voor een herstelvriendelijke werkplek.",
					"Bezoekers van het herstelcafé voelden zich na drie maanden minder eenzaam.",
					"De lokale krant schreef voor het eerst over herstelverhalen.",
					"Ervaringsdeskundigheid bereikte mensen die nooit naar de gewone hulpverlening kwamen.",
					"Wachtlijsten werden korter doordat lotgenoten intussen steun boden."),
			List.of("Begin klein en laat mensen in herstel het voortouw nemen.",
					"Betaal ervaringsdeskundigen voor hun inzet.", "Kom samen op een neutrale plek, niet in een kliniek.",
					"Nodig de burgemeester vroeg uit: zichtbaarheid telt.",
					"Houd het café alcoholvrij en open voor iedereen.",
					"Kies een toegankelijke route voor de wandeling."),
			List.of("wekelijks", "stedelijk", "buurtgericht", "door bewoners gedragen", "door lotgenoten geleid",
					"inclusief", "jaarlijks", "open", "door vrijwilligers gedragen", "gezinsvriendelijk"),
			List.of("mensen in herstel", "families", "jongvolwassenen", "werkgevers", "dak- en thuislozen",
					"veteranen", "vrouwen in herstel", "studenten"),
			"%s %s in %s");

	private Vocabulary() {
	}

	static String pick(RandomGenerator random, List<String> words) {
		return words.get(random.nextInt(words.size()));
	}

	static String sentences(RandomGenerator random, List<String> pool, int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				text.append(' ');
			}
			text.append(pick(random, pool));
		}
		return text.toString();
	}

	static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
