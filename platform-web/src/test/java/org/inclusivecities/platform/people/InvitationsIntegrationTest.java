package org.inclusivecities.platform.people;

import java.time.Clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.join.Fixtures;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.inclusivecities.platform.join.Fixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SharesContext
@PlatformIntegrationTest
@AutoConfigureMockMvc
class InvitationsIntegrationTest {

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	PasswordEncoder encoder;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(cities, people, encoder);
	}

	@Test
	void aCityAdminInvitesAndTheNewPersonChoosesNameAndPasswordThenSignsIn() throws Exception {
		City city = fixtures.memberCity("Utrecht", "NL");
		Person admin = fixtures.person("admin@utrecht.example", null, city, Role.CITY_ADMIN);
		mvc.perform(post("/my/cities/utrecht/members/invitations").param("email", "Sam@Utrecht.example")
			.param("roles", "COUNCIL_MEMBER", "REVIEWER")
			.param("language", "NL")
			.with(as(admin))
			.with(csrf())).andExpect(redirectedUrl("/my/cities/utrecht/members"));
		Document invitation = mongo.findOne(Query.query(Criteria.where("email").is("sam@utrecht.example")),
				Document.class, "invitations");
		assertThat(invitation.getString("cityId")).isEqualTo(city.getId());
		assertThat(invitation.getString("invitedBy")).isEqualTo(admin.getId());
		assertThat(Duration.between(invitation.getDate("createdAt").toInstant(),
				invitation.getDate("expiresAt").toInstant())).isEqualTo(Duration.ofDays(7));
		String token = tokenMailedTo("sam@utrecht.example");
		assertThat(invitation.toJson()).doesNotContain(token);
		assertThat(lastMailTo("sam@utrecht.example").getString("subject"))
			.isEqualTo("U bent uitgenodigd voor Utrecht op Inclusieve Steden");

		mvc.perform(get("/invitations/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Join Utrecht on Inclusive Cities")))
			.andExpect(content().string(containsString("id=\"password\"")));
		mvc.perform(post("/invitations/" + token).param("displayName", "")
			.param("password", "short")
			.param("confirmPassword", "short")
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter your name")))
			.andExpect(content().string(containsString("Use at least 12 characters")));
		mvc.perform(post("/invitations/" + token).param("displayName", "Sam")
			.param("password", "passwordpassword")
			.param("confirmPassword", "passwordpassword")
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This password is too easy to guess")));
		mvc.perform(post("/invitations/" + token).param("displayName", "Sam de Vries")
			.param("password", "tulips along the canal")
			.param("confirmPassword", "tulips along the river")
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The two passwords are not the same")));
		assertThat(people.findByEmail("sam@utrecht.example")).isEmpty();

		mvc.perform(post("/invitations/" + token).param("displayName", "Sam de Vries")
			.param("password", "tulips along the canal")
			.param("confirmPassword", "tulips along the canal")
			.with(csrf())).andExpect(redirectedUrl("/login"));
		Person sam = people.findByEmail("sam@utrecht.example").orElseThrow();
		assertThat(sam.getDisplayName()).isEqualTo("Sam de Vries");
		assertThat(sam.membershipIn(city.getId()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.COUNCIL_MEMBER,
				Role.REVIEWER);
		assertThat(sam.membershipIn(city.getId()).orElseThrow().grantedBy()).isEqualTo(admin.getId());
		mvc.perform(formLogin("/login").user("sam@utrecht.example").password("tulips along the canal"))
			.andExpect(authenticated());

		mvc.perform(get("/invitations/" + token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("Invitation already used")));
		mvc.perform(post("/invitations/" + token).param("displayName", "Mallory")
			.param("password", "another long password")
			.param("confirmPassword", "another long password")
			.with(csrf())).andExpect(status().isGone());
		assertThat(people.findByEmail("sam@utrecht.example").orElseThrow().getDisplayName()).isEqualTo("Sam de Vries");
	}

	@Test
	void someoneWithAnAccountJustAccepts() throws Exception {
		City city = fixtures.memberCity("Rotterdam", "NL");
		City other = fixtures.memberCity("Delft", "NL");
		Person admin = fixtures.person("admin@rotterdam.example", null, city, Role.CITY_ADMIN);
		Person existing = fixtures.person("kim@delft.example", "kim has a long password", other, Role.CITY_ADMIN);
		mvc.perform(post("/my/cities/rotterdam/members/invitations").param("email", "kim@delft.example")
			.param("roles", "REVIEWER")
			.param("language", "EN")
			.with(as(admin))
			.with(csrf())).andExpect(status().isFound());
		String token = tokenMailedTo("kim@delft.example");
		mvc.perform(get("/invitations/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Accept the invitation")));
		mvc.perform(post("/invitations/" + token).with(csrf())).andExpect(redirectedUrl("/login"));
		Person after = people.findById(existing.getId()).orElseThrow();
		assertThat(after.hasRole(city.getId(), Role.REVIEWER)).isTrue();
		assertThat(after.hasRole(other.getId(), Role.CITY_ADMIN)).isTrue();
		assertThat(after.getPasswordHash()).isEqualTo(existing.getPasswordHash());
	}

	/**
	 * Someone already signed in need not find the mail: an invitation to their address waits on their home with a
	 * link to accept or decline it there; nobody else can answer it (404), and an answered one leaves the list.
	 */
	@Test
	void anInvitationToSomeoneSignedInWaitsOnTheirHomeAndIsAnsweredThere() throws Exception {
		City zwolle = fixtures.memberCity("Hattem", "NL");
		City kampen = fixtures.memberCity("Elburg", "NL");
		City deventer = fixtures.memberCity("Olst", "NL");
		Person admin = fixtures.person("admin@hattem.example", null, zwolle, Role.CITY_ADMIN);
		Person kampenAdmin = fixtures.person("admin@elburg.example", null, kampen, Role.CITY_ADMIN);
		Person lena = fixtures.person("lena@deventer.example", "lena has a long password", deventer, Role.COUNCIL_MEMBER);
		Person stranger = fixtures.person("stranger@deventer.example", "a stranger's long password", deventer,
				Role.COUNCIL_MEMBER);
		invite(admin, "hattem", "lena@deventer.example", "REVIEWER");
		invite(kampenAdmin, "elburg", "lena@deventer.example", "COUNCIL_MEMBER");

		mvc.perform(get("/my").with(as(lena)))
			.andExpect(content().string(containsString("Accept or decline the invitation to join Hattem")))
			.andExpect(content().string(containsString("Accept or decline the invitation to join Elburg")))
			.andExpect(content().string(containsString("href=\"/my/invitations\"")));
		mvc.perform(get("/my/invitations").with(as(lena)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Accept and join Hattem")))
			.andExpect(content().string(containsString("lena@deventer.example")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("No password is created"))));
		mvc.perform(get("/my").with(as(stranger)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("invitation to join Hattem"))));

		String toZwolle = invitationId("lena@deventer.example", zwolle);
		mvc.perform(post("/my/invitations/" + toZwolle + "/accept").with(as(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(people.findById(stranger.getId()).orElseThrow().hasRole(zwolle.getId(), Role.REVIEWER)).isFalse();
		mvc.perform(post("/my/invitations/" + toZwolle + "/accept").with(as(lena)).with(csrf()))
			.andExpect(redirectedUrl("/my/invitations"));
		Person after = people.findById(lena.getId()).orElseThrow();
		assertThat(after.hasRole(zwolle.getId(), Role.REVIEWER)).isTrue();
		assertThat(after.hasRole(deventer.getId(), Role.COUNCIL_MEMBER)).isTrue();
		assertThat(after.getPasswordHash()).isEqualTo(lena.getPasswordHash());
		mvc.perform(post("/my/invitations/" + toZwolle + "/accept").with(as(lena)).with(csrf()))
			.andExpect(status().isNotFound());

		mvc.perform(post("/my/invitations/" + invitationId("lena@deventer.example", kampen) + "/decline").with(as(lena))
			.with(csrf())).andExpect(redirectedUrl("/my/invitations"));
		assertThat(people.findById(lena.getId()).orElseThrow().membershipIn(kampen.getId())).isEmpty();
		mvc.perform(get("/my").with(as(lena)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Accept or decline the invitation"))));
		mvc.perform(get("/my/invitations").with(as(lena)))
			.andExpect(content().string(containsString("No invitations to this address are waiting any more")));
	}

	private void invite(Person admin, String slug, String email, String role) throws Exception {
		mvc.perform(post("/my/cities/" + slug + "/members/invitations").param("email", email)
			.param("roles", role)
			.param("language", "EN")
			.with(as(admin))
			.with(csrf())).andExpect(status().isFound());
	}

	private String invitationId(String email, City city) {
		return mongo.findOne(Query.query(Criteria.where("email").is(email).and("cityId").is(city.getId())),
				Document.class, "invitations").get("_id").toString();
	}

	@Test
	void expiredAndUnknownInvitationsAreClearAndChangeNothing() throws Exception {
		City city = fixtures.memberCity("Groningen", "NL");
		Person admin = fixtures.person("admin@groningen.example", null, city, Role.CITY_ADMIN);
		mvc.perform(post("/my/cities/groningen/members/invitations").param("email", "late@groningen.example")
			.param("roles", "REVIEWER")
			.param("language", "EN")
			.with(as(admin))
			.with(csrf())).andExpect(status().isFound());
		String token = tokenMailedTo("late@groningen.example");
		mongo.updateFirst(Query.query(Criteria.where("email").is("late@groningen.example")),
				Update.update("expiresAt", Date.from(clock.instant().minusSeconds(1))), "invitations");
		mvc.perform(get("/invitations/" + token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("Invitation expired")));
		mvc.perform(post("/invitations/" + token).param("displayName", "Late")
			.param("password", "a late but long password")
			.param("confirmPassword", "a late but long password")
			.with(csrf())).andExpect(status().isGone());
		assertThat(people.findByEmail("late@groningen.example")).isEmpty();
		for (String unknown : new String[] { "x".repeat(43), "short", "A".repeat(200) }) {
			mvc.perform(get("/invitations/" + unknown))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("Invitation not found")));
			mvc.perform(post("/invitations/" + unknown).with(csrf())).andExpect(status().isNotFound());
		}
	}

	@Test
	void invitingNeedsAValidEmailAndRolesAndNotAMember() throws Exception {
		City city = fixtures.memberCity("Zwolle", "NL");
		Person admin = fixtures.person("admin@zwolle.example", null, city, Role.CITY_ADMIN);
		long before = mongo.getCollection("invitations").countDocuments();
		mvc.perform(post("/my/cities/zwolle/members/invitations").param("email", "")
			.param("language", "EN")
			.with(as(admin))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#email\"")))
			.andExpect(content().string(containsString("Select at least one role")));
		mvc.perform(post("/my/cities/zwolle/members/invitations").param("email", "not an email")
			.param("roles", "BOSS")
			.param("language", "FR")
			.with(as(admin))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter an email address in the correct format")))
			.andExpect(content().string(containsString("Select roles from the list")))
			.andExpect(content().string(containsString("Choose the language of the invitation")));
		mvc.perform(post("/my/cities/zwolle/members/invitations").param("email", "x".repeat(250) + "@a.example")
			.param("roles", "REVIEWER")
			.param("language", "EN")
			.with(as(admin))
			.with(csrf())).andExpect(status().isBadRequest());
		mvc.perform(post("/my/cities/zwolle/members/invitations").param("email", "ADMIN@zwolle.example")
			.param("roles", "REVIEWER")
			.param("language", "EN")
			.with(as(admin))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("already a member of the city")));
		assertThat(mongo.getCollection("invitations").countDocuments()).isEqualTo(before);
	}

	@Test
	void rolesChangeAndMembersGoButNeverTheLastCityAdmin() throws Exception {
		City city = fixtures.memberCity("Arnhem", "NL");
		Person admin = fixtures.person("admin@arnhem.example", null, city, Role.CITY_ADMIN);
		Person council = fixtures.person("council@arnhem.example", null, city, Role.COUNCIL_MEMBER);
		String base = "/my/cities/arnhem/members/";
		mvc.perform(post(base + admin.getId() + "/roles").param("roles", "REVIEWER").with(as(admin)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("at least one city administrator")));
		mvc.perform(post(base + admin.getId() + "/remove").with(as(admin)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("cannot remove the last city administrator")));
		assertThat(people.findById(admin.getId()).orElseThrow().hasRole(city.getId(), Role.CITY_ADMIN)).isTrue();
		mvc.perform(post(base + council.getId() + "/roles").with(as(admin)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Select at least one role")));

		mvc.perform(post(base + council.getId() + "/roles").param("roles", "CITY_ADMIN", "COUNCIL_MEMBER")
			.with(as(admin))
			.with(csrf())).andExpect(redirectedUrl("/my/cities/arnhem/members"));
		assertThat(people.findById(council.getId()).orElseThrow().membershipIn(city.getId()).orElseThrow().grantedBy())
			.isEqualTo(admin.getId());
		mvc.perform(post(base + admin.getId() + "/roles").param("roles", "REVIEWER").with(as(admin)).with(csrf()))
			.andExpect(status().isFound());
		Document change = mongo.findOne(Query.query(Criteria.where("personId").is(admin.getId()))
			.with(Sort.by("at").descending()), Document.class, "membershipChanges");
		assertThat(change.getString("kind")).isEqualTo("ROLES_CHANGED");
		assertThat(change.getString("actorId")).isEqualTo(admin.getId());
		assertThat(change.getDate("at")).isNotNull();

		mvc.perform(get("/my/cities/arnhem/members").with(as(council)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Recent changes")))
			.andExpect(content().string(containsString("Roles changed")));
		Person councilAdmin = people.findById(council.getId()).orElseThrow();
		mvc.perform(post(base + admin.getId() + "/remove").with(as(councilAdmin)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(people.findById(admin.getId()).orElseThrow().isMemberOf(city.getId())).isFalse();
	}

	@Test
	void myWorkspaceListsMyCities() throws Exception {
		City city = fixtures.memberCity("Haarlem", "NL");
		Person member = fixtures.person("member@haarlem.example", null, city, Role.REVIEWER);
		mvc.perform(get("/my").with(as(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/my/cities/haarlem\"")));
		mvc.perform(get("/my/cities/haarlem").with(as(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/my/cities/haarlem/members\"")));
		mvc.perform(get("/my")).andExpect(status().isFound());
	}

	private String tokenMailedTo(String email) {
		return lastMailTo(email).getString("textBody").replaceAll("(?s).*/invitations/([A-Za-z0-9_-]{43}).*", "$1");
	}

	private Document lastMailTo(String email) {
		return mongo.find(Query.query(Criteria.where("recipient").is(email)).with(Sort.by("createdAt").descending()).limit(1),
				Document.class, "outbox").getFirst();
	}

}
