package org.inclusivecities.platform.demo;

import java.util.List;

import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.Coordinates;
import org.inclusivecities.platform.people.Role;

/** The demo network: real cities with their real location, population and languages. */
final class DemoNetwork {

	private DemoNetwork() {
	}

	record DemoCity(String name, String country, String region, long population, List<String> languages,
			double latitude, double longitude, String website) {

		CityProfile profile() {
			return new CityProfile(name, country, region, population, languages, new Coordinates(latitude, longitude),
					website);
		}

	}

	record DemoPerson(String email, String name, String city, Role... roles) {
	}

	static final List<DemoCity> MEMBERS = List.of(
			new DemoCity("Gent", "BE", "Vlaanderen", 265_000, List.of("nl"), 51.0543, 3.7174, "https://stad.gent"),
			new DemoCity("Antwerpen", "BE", "Vlaanderen", 530_000, List.of("nl"), 51.2194, 4.4025, "https://www.antwerpen.be"),
			new DemoCity("Leuven", "BE", "Vlaanderen", 102_000, List.of("nl"), 50.8798, 4.7005, "https://leuven.be"),
			new DemoCity("Utrecht", "NL", "Utrecht", 361_000, List.of("nl"), 52.0907, 5.1214, "https://www.utrecht.nl"),
			new DemoCity("Rotterdam", "NL", "Zuid-Holland", 655_000, List.of("nl"), 51.9244, 4.4777, "https://www.rotterdam.nl"),
			new DemoCity("Groningen", "NL", "Groningen", 234_000, List.of("nl"), 53.2194, 6.5665, "https://gemeente.groningen.nl"),
			new DemoCity("Glasgow", "GB", "Scotland", 635_000, List.of("en", "gd"), 55.8642, -4.2518, "https://www.glasgow.gov.uk"),
			new DemoCity("Blackpool", "GB", "England", 141_000, List.of("en"), 53.8175, -3.0357, "https://www.blackpool.gov.uk"),
			new DemoCity("Nottingham", "GB", "England", 324_000, List.of("en"), 52.9548, -1.1581, "https://www.nottinghamcity.gov.uk"),
			new DemoCity("Dublin", "IE", "Leinster", 592_000, List.of("en", "ga"), 53.3498, -6.2603, "https://www.dublincity.ie"),
			new DemoCity("Lisboa", "PT", "Lisboa", 545_000, List.of("pt"), 38.7223, -9.1393, "https://www.lisboa.pt"),
			new DemoCity("Barcelona", "ES", "Catalunya", 1_660_000, List.of("ca", "es"), 41.3874, 2.1686, "https://www.barcelona.cat"),
			new DemoCity("Kraków", "PL", "Małopolska", 804_000, List.of("pl"), 50.0647, 19.9450, "https://www.krakow.pl"));

	static final List<DemoCity> APPLICANTS = List.of(
			new DemoCity("Porto", "PT", "Norte", 232_000, List.of("pt"), 41.1579, -8.6291, "https://www.porto.pt"),
			new DemoCity("Tallinn", "EE", "Harjumaa", 454_000, List.of("et", "ru"), 59.4370, 24.7536, "https://www.tallinn.ee"),
			new DemoCity("Mechelen", "BE", "Vlaanderen", 87_000, List.of("nl"), 51.0259, 4.4776, "https://www.mechelen.be"));

	static final String DOMAIN = "@demo.inclusive-cities.example";

	static final List<DemoPerson> PEOPLE = List.of(
			new DemoPerson("admin.gent" + DOMAIN, "Els Van Damme", "gent", Role.CITY_ADMIN),
			new DemoPerson("council.gent" + DOMAIN, "Pieter De Smet", "gent", Role.COUNCIL_MEMBER),
			new DemoPerson("reviewer.gent" + DOMAIN, "Sofie Claes", "gent", Role.REVIEWER),
			new DemoPerson("admin.utrecht" + DOMAIN, "Daan de Jong", "utrecht", Role.CITY_ADMIN),
			new DemoPerson("council.utrecht" + DOMAIN, "Fleur Bakker", "utrecht", Role.COUNCIL_MEMBER),
			new DemoPerson("reviewer.utrecht" + DOMAIN, "Noor Visser", "utrecht", Role.REVIEWER),
			new DemoPerson("admin.glasgow" + DOMAIN, "Morag Campbell", "glasgow", Role.CITY_ADMIN),
			new DemoPerson("council.glasgow" + DOMAIN, "Callum Stewart", "glasgow", Role.COUNCIL_MEMBER),
			new DemoPerson("reviewer.glasgow" + DOMAIN, "Aileen Fraser", "glasgow", Role.REVIEWER),
			new DemoPerson("admin.nottingham" + DOMAIN, "Priya Shah", "nottingham", Role.CITY_ADMIN, Role.REVIEWER),
			new DemoPerson("admin.dublin" + DOMAIN, "Siobhán Byrne", "dublin", Role.CITY_ADMIN),
			new DemoPerson("admin.lisboa" + DOMAIN, "Inês Carvalho", "lisboa", Role.CITY_ADMIN),
			new DemoPerson("reviewer.krakow" + DOMAIN, "Tomasz Nowak", "krakow", Role.REVIEWER, Role.COUNCIL_MEMBER));

	static final String SECRETARIAT = "secretariat" + DOMAIN;

}
