package org.inclusivecities.platform.plan.web;

import java.time.Clock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.PlanTask;
import org.inclusivecities.platform.plan.PlanTeamwork;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tasks and comments on a part of the plan: a task goes to a council member or admin of the city only, with a due
 * date from today, is mailed to them with a link and waits on their list until done (or until they no longer work
 * on the plan); bad input is named on its field and saves nothing; another city, a reviewer of the city and a
 * task of another city answer 404. An open task of someone who no longer works on the plan is flagged on the
 * part, with a choice of who does it instead; a task done meanwhile stays done.
 */
@SharesContext
@PlatformIntegrationTest
@AutoConfigureMockMvc
class PlanTeamworkIntegrationTest {

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	PlanTeamwork teamwork;

	@Autowired
	Outbox outbox;

	@Test
	void aTaskReachesItsAssigneeAndWaitsUntilDone() throws Exception {
		City city = cities.save(City.apply(new CityProfile("Taskville", "BE", null, 50_000L, List.of("nl"), null, null),
				clock.instant()));
		City other = cities.save(City.apply(new CityProfile("Elsewhere", "BE", null, 50_000L, List.of("nl"), null,
				null), clock.instant()));
		Person ada = person("ada@taskville.example", "Ada Admin", city, Role.CITY_ADMIN);
		Person cora = person("cora@taskville.example", "Cora Council", city, Role.COUNCIL_MEMBER);
		Person rex = person("rex@taskville.example", "Rex Reviewer", city, Role.REVIEWER);
		Person bob = person("bob@elsewhere.example", "Bob Other", other, Role.CITY_ADMIN);
		String goals = "/my/cities/" + city.getSlug() + "/plan/goals";
		String due = LocalDate.now(clock).plusDays(7).toString();

		// bad input: named on its field after the page comes back, nothing saved
		for (String[] bad : new String[][] { { "", cora.getId(), due, "#taskTitle" },
				{ "Ask the library", rex.getId(), due, "Choose a council member or admin of the city" },
				{ "Ask the library", bob.getId(), due, "Choose a council member or admin of the city" },
				{ "Ask the library", cora.getId(), LocalDate.now(clock).minusDays(1).toString(), "Choose a due date from today" },
				{ "Ask the library", cora.getId(), "31/31/2026", "#taskDueBy" } }) {
			assertThat(followed(ada, post(goals + "/tasks").param("taskTitle", bad[0]).param("taskAssignee", bad[1])
				.param("taskDueBy", bad[2]))).contains(bad[3], "There is a problem");
		}
		assertThat(teamwork.tasks(city.getId(), PlanPart.GOALS)).isEmpty();

		mvc.perform(as(ada, post(goals + "/tasks").param("taskTitle", "Ask the library for a room")
			.param("taskAssignee", cora.getId()).param("taskDueBy", due))).andExpect(status().is3xxRedirection());
		PlanTask task = teamwork.tasks(city.getId(), PlanPart.GOALS).getFirst();
		List<OutboxMail> mails = outbox.findAllByRecipientOrderByCreatedAtDesc(cora.getEmail());
		assertThat(mails).singleElement().satisfies(mail -> assertThat(mail.getTextBody())
			.contains("Ada Admin asks you, for the action plan of Taskville", "Ask the library for a room",
					goals + "#tasks"));
		String waiting = "Do \u201cAsk the library for a room\u201d for the action plan of Taskville";
		assertThat(page(cora, "/my")).contains(waiting, "href=\"" + goals + "#tasks\"");
		assertThat(page(ada, "/my")).doesNotContain(waiting);

		// comments, for those who work on the plan
		assertThat(followed(cora, post(goals + "/comments").param("commentText", "  "))).contains("#commentText");
		mvc.perform(as(cora, post(goals + "/comments").param("commentText", "The library said yes")))
			.andExpect(status().is3xxRedirection());
		assertThat(page(ada, goals)).contains("The library said yes", "Cora Council", "Ask the library for a room");

		// nobody of another city, no reviewer of this one; a task is found in its own city only
		mvc.perform(as(bob, post(goals + "/comments").param("commentText", "Hello"))).andExpect(status().isNotFound());
		mvc.perform(as(rex, post(goals + "/tasks").param("taskTitle", "x").param("taskAssignee", cora.getId())
			.param("taskDueBy", due))).andExpect(status().isNotFound());
		mvc.perform(as(bob, post("/my/cities/" + other.getSlug() + "/plan/goals/tasks/" + task.id() + "/done")))
			.andExpect(status().isNotFound());
		assertThat(teamwork.tasks(city.getId(), PlanPart.GOALS).getFirst().done()).isFalse();

		mvc.perform(as(cora, post(goals + "/tasks/" + task.id() + "/done"))).andExpect(status().is3xxRedirection());
		assertThat(page(cora, "/my")).doesNotContain(waiting);
		assertThat(page(ada, goals)).contains("Done by Cora Council");

		// an open task leaves the list of someone who no longer works on the plan
		mvc.perform(as(ada, post(goals + "/tasks").param("taskTitle", "Write to the mayor")
			.param("taskAssignee", cora.getId()).param("taskDueBy", due))).andExpect(status().is3xxRedirection());
		assertThat(page(cora, "/my")).contains("Write to the mayor");
		Person demoted = people.findById(cora.getId()).orElseThrow();
		demoted.grant(city.getId(), Set.of(Role.REVIEWER), clock.instant(), "test");
		people.save(demoted);
		assertThat(teamwork.openFor(city.getId(), people.findById(cora.getId()).orElseThrow())).isEmpty();
		// ... and is flagged on the part for whoever assigns it again; the task she did is not
		String flag = "No longer works on the plan: assign the task again";
		assertThat(page(ada, goals)).containsOnlyOnce(flag);
		assertThat(PlanTeamwork.stranded(teamwork.tasks(city.getId(), PlanPart.GOALS), teamwork.assignees(city.getId())))
			.containsExactly(teamwork.tasks(city.getId(), PlanPart.GOALS)
				.stream()
				.filter(t -> !t.done())
				.findFirst()
				.orElseThrow()
				.id());
		demoted = people.findById(cora.getId()).orElseThrow();
		demoted.grant(city.getId(), Set.of(Role.COUNCIL_MEMBER), clock.instant(), "test");
		people.save(demoted);
		assertThat(page(ada, goals)).doesNotContain(flag);
	}

	@Test
	void aStrandedTaskIsAssignedAgainFromItsRow() throws Exception {
		City city = cities.save(City.apply(new CityProfile("Reassignville", "BE", null, 50_000L, List.of("nl"), null,
				null), clock.instant()));
		City other = cities.save(City.apply(new CityProfile("Otherplace", "BE", null, 50_000L, List.of("nl"), null,
				null), clock.instant()));
		Person ada = person("ada@reassignville.example", "Ada Admin", city, Role.CITY_ADMIN);
		Person cora = person("cora@reassignville.example", "Cora Council", city, Role.COUNCIL_MEMBER);
		Person dan = person("dan@reassignville.example", "Dan Council", city, Role.COUNCIL_MEMBER);
		Person rex = person("rex@reassignville.example", "Rex Reviewer", city, Role.REVIEWER);
		Person bob = person("bob@otherplace.example", "Bob Other", other, Role.CITY_ADMIN);
		String goals = "/my/cities/" + city.getSlug() + "/plan/goals";
		mvc.perform(as(ada, post(goals + "/tasks").param("taskTitle", "Book the town hall")
			.param("taskAssignee", cora.getId()).param("taskDueBy", LocalDate.now(clock).plusDays(5).toString())))
			.andExpect(status().is3xxRedirection());
		PlanTask task = teamwork.tasks(city.getId(), PlanPart.GOALS).getFirst();
		String reassign = goals + "/tasks/" + task.id() + "/assignee";
		assertThat(page(ada, goals)).doesNotContain("Give the task to");
		Person left = people.findById(cora.getId()).orElseThrow();
		left.removeFrom(city.getId());
		people.save(left);
		assertThat(page(ada, goals)).contains("Give the task to", "id=\"reassign-" + task.id() + "\"");
		// ... and waits on the city admin's list, linked straight to its row
		String waiting = "Assign \u201cBook the town hall\u201d again, for the action plan of Reassignville";
		assertThat(page(ada, "/my")).contains(waiting, "href=\"" + goals + "#task-" + task.id() + "\"");
		assertThat(page(dan, "/my")).doesNotContain(waiting);

		// a choice that does not work on the plan is named on the task's row; nothing changes
		for (String bad : new String[] { "", rex.getId(), bob.getId(), cora.getId() }) {
			assertThat(followed(ada, post(reassign).param("reassignTo", bad)))
				.contains("reassign-" + task.id() + "-error", "Choose a council member or admin of the city");
		}
		// another city's admin reaches neither this city's task nor, through their own city, this task
		mvc.perform(as(bob, post(reassign).param("reassignTo", bob.getId()))).andExpect(status().isNotFound());
		mvc.perform(as(bob, post("/my/cities/" + other.getSlug() + "/plan/goals/tasks/" + task.id() + "/assignee")
			.param("reassignTo", bob.getId()))).andExpect(status().isNotFound());
		mvc.perform(as(rex, post(reassign).param("reassignTo", dan.getId()))).andExpect(status().isNotFound());
		assertThat(teamwork.tasks(city.getId(), PlanPart.GOALS).getFirst().assigneeId()).isEqualTo(cora.getId());
		assertThat(outbox.findAllByRecipientOrderByCreatedAtDesc(dan.getEmail())).isEmpty();

		// given to Dan: mailed with the link, on his list, no longer flagged
		assertThat(followed(ada, post(reassign).param("reassignTo", dan.getId())))
			.contains("Task assigned again").doesNotContain("No longer works on the plan");
		assertThat(teamwork.tasks(city.getId(), PlanPart.GOALS).getFirst()).satisfies(t -> {
			assertThat(t.assigneeId()).isEqualTo(dan.getId());
			assertThat(t.assigneeName()).isEqualTo("Dan Council");
			assertThat(t.title()).isEqualTo("Book the town hall");
			assertThat(t.done()).isFalse();
		});
		assertThat(outbox.findAllByRecipientOrderByCreatedAtDesc(dan.getEmail())).singleElement()
			.satisfies(mail -> assertThat(mail.getTextBody()).contains("Book the town hall", goals + "#tasks"));
		assertThat(page(dan, "/my")).contains("Book the town hall", "href=\"" + goals + "#tasks\"");
		assertThat(page(ada, "/my")).doesNotContain(waiting);

		// a task done meanwhile stays done: a reassignment from an older page is refused
		mvc.perform(as(dan, post(goals + "/tasks/" + task.id() + "/done"))).andExpect(status().is3xxRedirection());
		assertThat(followed(ada, post(reassign).param("reassignTo", ada.getId())))
			.contains("This task was marked done meanwhile");
		assertThat(teamwork.tasks(city.getId(), PlanPart.GOALS).getFirst()).satisfies(t -> {
			assertThat(t.done()).isTrue();
			assertThat(t.assigneeId()).isEqualTo(dan.getId());
		});
	}

	private String followed(Person person, MockHttpServletRequestBuilder request) throws Exception {
		MockHttpSession session = new MockHttpSession();
		MvcResult sent = mvc.perform(as(person, request.session(session))).andExpect(status().is3xxRedirection())
			.andReturn();
		String target = sent.getResponse().getRedirectedUrl();
		return mvc.perform(get(target.substring(0, target.indexOf('#'))).session(session)
			.flashAttrs(sent.getFlashMap())
			.with(authentication(signedIn(people.findById(person.getId()).orElseThrow()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String page(Person person, String path) throws Exception {
		return mvc.perform(get(path).with(authentication(signedIn(people.findById(person.getId()).orElseThrow()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockHttpServletRequestBuilder as(Person person, MockHttpServletRequestBuilder request) {
		return request.with(authentication(signedIn(people.findById(person.getId()).orElseThrow()))).with(csrf());
	}

	private Person person(String email, String name, City city, Role role) {
		Person person = Person.create(email, name, Language.EN, clock.instant());
		person.grant(city.getId(), Set.of(role), clock.instant(), "test");
		return people.save(person);
	}

}
