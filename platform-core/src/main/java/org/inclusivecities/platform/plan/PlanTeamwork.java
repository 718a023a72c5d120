package org.inclusivecities.platform.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.inclusivecities.platform.mail.Mailer;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Working together on the plan: comments on a part, and tasks on a part assigned to a council member or admin of
 * the city with a due date. The assignee is checked against the city's members when assigned, is told by mail with
 * a link to the part, and finds the task on their "waiting for you" list until it is done.
 */
@Service
public class PlanTeamwork {

	static final int MAX_PER_PART = 500;

	static final String ASSIGNED = "plan-task-assigned";

	private final PlanTasks tasks;

	private final PlanComments comments;

	private final People people;

	private final Mailer mailer;

	private final Clock clock;

	PlanTeamwork(PlanTasks tasks, PlanComments comments, People people, Mailer mailer, Clock clock) {
		this.tasks = tasks;
		this.comments = comments;
		this.people = people;
		this.mailer = mailer;
		this.clock = clock;
	}

	public PlanComment comment(String cityId, PlanPart part, String text, Editor author) {
		String clean = Texts.required("commentText", text, 2000);
		if (comments.countByCityIdAndPart(cityId, part) >= MAX_PER_PART) {
			throw new InvalidPlanContent("commentText", "plan.error.tooMany", MAX_PER_PART);
		}
		return comments.save(new PlanComment(null, cityId, part, clean, author.personId(), author.displayName(),
				clock.instant()));
	}

	public List<PlanComment> comments(String cityId, PlanPart part) {
		return comments.findAllByCityIdAndPartOrderByAt(cityId, part);
	}

	/**
	 * Assigns a task; the assignee must be a council member or admin of this city now, the due date today or within
	 * two years. {@code partPath} is the path of the part's page, for the mail.
	 */
	public PlanTask assign(String cityId, String cityName, PlanPart part, String title, String assigneeId,
			LocalDate dueBy, Editor by, String partPath) {
		String clean = Texts.required("taskTitle", title, Texts.SHORT);
		Person assignee = assignee(cityId, assigneeId, "taskAssignee");
		LocalDate today = LocalDate.now(clock);
		if (dueBy == null) {
			throw new InvalidPlanContent("taskDueBy", "plan.error.required");
		}
		if (dueBy.isBefore(today) || dueBy.isAfter(today.plusYears(2))) {
			throw new InvalidPlanContent("taskDueBy", "plan.task.error.dueBy");
		}
		if (tasks.countByCityIdAndPart(cityId, part) >= MAX_PER_PART) {
			throw new InvalidPlanContent("taskTitle", "plan.error.tooMany", MAX_PER_PART);
		}
		PlanTask task = tasks.save(new PlanTask(null, cityId, part, clean, assignee.getId(),
				assignee.getDisplayName(), dueBy, by.personId(), by.displayName(), clock.instant(), null, null, null));
		tell(assignee, task, cityName, by, partPath);
		return task;
	}

	/**
	 * Gives an open task to another council member or admin of the city (the one it was for left, or is away): they
	 * are told by mail as for a new task and find it on their waiting list. A task done meanwhile stays done
	 * ({@link InvalidPlanContent} on {@code reassignTo}); a task of another city is not found.
	 */
	public PlanTask reassign(String cityId, String cityName, String taskId, String assigneeId, Editor by,
			String partPath) {
		PlanTask task = tasks.findByCityIdAndId(cityId, taskId).orElseThrow(PlanTaskNotFound::new);
		Person assignee = assignee(cityId, assigneeId, "reassignTo");
		if (task.done() || tasks.findAndReassignByCityIdAndIdAndDoneAtNull(cityId, taskId, assignee.getId(),
				assignee.getDisplayName()) == 0) {
			throw new InvalidPlanContent("reassignTo", "plan.task.error.doneMeanwhile");
		}
		PlanTask reassigned = tasks.findByCityIdAndId(cityId, taskId).orElseThrow(PlanTaskNotFound::new);
		tell(assignee, reassigned, cityName, by, partPath);
		return reassigned;
	}

	/** A council member or admin of this city now, else a field error on this field. */
	private Person assignee(String cityId, String assigneeId, String field) {
		return (assigneeId == null || assigneeId.isBlank() ? Optional.<Person>empty()
				: people.findByCityIdAndId(cityId, assigneeId))
			.filter(p -> worksOnThePlan(p, cityId))
			.orElseThrow(() -> new InvalidPlanContent(field, "plan.task.error.assignee"));
	}

	private void tell(Person assignee, PlanTask task, String cityName, Editor by, String partPath) {
		if (!assignee.getId().equals(by.personId())) {
			mailer.send(assignee.getEmail(), assignee.getLanguage().locale(), ASSIGNED,
					Map.of("cityName", cityName, "title", task.title(), "dueBy", task.dueBy(), "assignedBy",
							by.displayName(), "partKey", "plan.part." + task.part().slug(), "path", partPath,
							"subjectArgs", new Object[] { cityName }));
		}
	}

	public PlanTask done(String cityId, String taskId, Editor by) {
		PlanTask task = tasks.findByCityIdAndId(cityId, taskId).orElseThrow(PlanTaskNotFound::new);
		return task.done() ? task : tasks.save(task.markedDone(by, clock.instant()));
	}

	public List<PlanTask> tasks(String cityId, PlanPart part) {
		return tasks.findAllByCityIdAndPartOrderByDueBy(cityId, part);
	}

	/** The open tasks of this person in this city, soonest due first; none once they no longer work on the plan. */
	public List<PlanTask> openFor(String cityId, Person person) {
		return worksOnThePlan(person, cityId) ? tasks.findAllByCityIdAndAssigneeIdAndDoneAtNullOrderByDueBy(cityId,
				person.getId()) : List.of();
	}

	/** Who may be assigned a task in this city: its council members and admins, by name. */
	public List<Person> assignees(String cityId) {
		return people.findAllByCityId(cityId, Pageable.unpaged())
			.stream()
			.filter(p -> worksOnThePlan(p, cityId))
			.sorted(java.util.Comparator.comparing(Person::getDisplayName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/**
	 * The open tasks among these whose assignee is not among those who work on the plan ({@link #assignees}: they
	 * left the council, lost the role or were erased): the page flags them so that someone assigns the work again.
	 */
	public static Set<String> stranded(List<PlanTask> of, List<Person> assignees) {
		Set<String> working = assignees.stream().map(Person::getId).collect(Collectors.toSet());
		return of.stream()
			.filter(task -> !task.done() && !working.contains(task.assigneeId()))
			.map(PlanTask::id)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** The open tasks of this city, on every part, whose assignee no longer works on the plan; soonest due first. */
	public List<PlanTask> strandedIn(String cityId) {
		List<PlanTask> open = tasks.findAllByCityIdAndDoneAtNullOrderByDueBy(cityId);
		if (open.isEmpty()) {
			return List.of();
		}
		Set<String> stranded = stranded(open, assignees(cityId));
		return open.stream().filter(task -> stranded.contains(task.id())).toList();
	}

	static boolean worksOnThePlan(Person person, String cityId) {
		return person.hasRole(cityId, Role.CITY_ADMIN) || person.hasRole(cityId, Role.COUNCIL_MEMBER);
	}

}
