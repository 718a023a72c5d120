package org.inclusivecities.platform.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A peer-learning pairing between two cities: a mentor city and a learning (mentee) city, asked by one of them with
 * what it wants to learn, answered by the other. A document of its own, owned by both cities ({@link #getCityIds()},
 * the first field of its index); only they see it. While open (asked or accepted) it holds {@code openKey}, the two
 * city ids in order, under a unique index: no second open pairing between the same two cities, even when both ask
 * at once. State changes refuse invalid transitions ({@link InvalidPairingTransition}, 409).
 */
@Document("pairings")
@CompoundIndex(name = "cities_asked", def = "{ 'cityIds': 1, 'askedAt': -1 }")
public class Pairing {

	public static final int WISH_MAX = 1000;

	public static final int REASON_MAX = 500;

	public static final int STEP_MAX = 300;

	public static final int MESSAGE_MAX = 2000;

	/** Steps and messages a pairing holds (one document stays well below MongoDB's size limit). */
	static final int ROWS_MAX = 300;

	@Id
	private String id;

	private List<String> cityIds = new ArrayList<>();

	private String mentorCityId;

	private String learnerCityId;

	private String askingCityId;

	private String askedCityId;

	private String wish;

	private String practiceId;

	private String practiceTitle;

	private PairingStatus status;

	@Indexed(unique = true, sparse = true)
	private String openKey;

	private String askedByPersonId;

	private String askedByName;

	private Instant askedAt;

	private Instant answeredAt;

	private String declineReason;

	private Set<String> shownBy = new LinkedHashSet<>();

	private List<TransferStep> steps = new ArrayList<>();

	private List<PairingMessage> messages = new ArrayList<>();

	@Version
	private Long version;

	Pairing() {
	}

	/** {@code asking} asks {@code asked}; {@code asMentor} when the asking city offers to teach. */
	static Pairing ask(String askingCityId, String askedCityId, boolean asMentor, String wish, String practiceId,
			String practiceTitle, String personId, String personName, Instant at) {
		if (askingCityId.equals(askedCityId)) {
			throw new InvalidPairingTransition("A city cannot pair with itself", "refusal.pairing.self");
		}
		Pairing pairing = new Pairing();
		pairing.askingCityId = askingCityId;
		pairing.askedCityId = askedCityId;
		pairing.mentorCityId = asMentor ? askingCityId : askedCityId;
		pairing.learnerCityId = asMentor ? askedCityId : askingCityId;
		pairing.cityIds = List.of(askingCityId, askedCityId);
		pairing.wish = wish;
		pairing.practiceId = practiceId;
		pairing.practiceTitle = practiceTitle;
		pairing.status = PairingStatus.REQUESTED;
		pairing.openKey = openKey(askingCityId, askedCityId);
		pairing.askedByPersonId = personId;
		pairing.askedByName = personName;
		pairing.askedAt = at;
		return pairing;
	}

	static String openKey(String a, String b) {
		return a.compareTo(b) < 0 ? a + ":" + b : b + ":" + a;
	}

	void accept(String cityId, Instant at) {
		answerable(cityId);
		status = PairingStatus.ACCEPTED;
		answeredAt = at;
	}

	void decline(String cityId, String reason, Instant at) {
		answerable(cityId);
		status = PairingStatus.DECLINED;
		declineReason = reason;
		answeredAt = at;
		openKey = null;
	}

	/** Whether this city wants the accepted pairing on the public profiles (shown only when both do). */
	void show(String cityId, boolean shown) {
		if (status != PairingStatus.ACCEPTED) {
			throw new InvalidPairingTransition("Only an accepted pairing can be shown", "refusal.pairing.notAccepted");
		}
		if (shown) {
			shownBy.add(cityId);
		}
		else {
			shownBy.remove(cityId);
		}
	}

	/** Adds a step to the transfer plan, kept in phase order, then by date; only once accepted. */
	void plan(TransferStep step) {
		accepted();
		if (steps.size() >= ROWS_MAX) {
			throw new InvalidPairingTransition("The transfer plan is full", "refusal.pairing.full");
		}
		steps.add(step);
		steps.sort(java.util.Comparator.comparing(TransferStep::phase).thenComparing(TransferStep::dueBy));
	}

	/** Adds a message to the private thread; only once accepted. */
	void write(PairingMessage message) {
		accepted();
		if (messages.size() >= ROWS_MAX) {
			throw new InvalidPairingTransition("The thread is full", "refusal.pairing.full");
		}
		messages.add(message);
	}

	private void accepted() {
		if (status != PairingStatus.ACCEPTED) {
			throw new InvalidPairingTransition("The pairing is not accepted", "refusal.pairing.notAccepted");
		}
	}

	private void answerable(String cityId) {
		if (!cityId.equals(askedCityId)) {
			throw new InvalidPairingTransition("Only the asked city answers", "refusal.pairing.notAsked");
		}
		if (status != PairingStatus.REQUESTED) {
			throw new InvalidPairingTransition("The pairing was already answered", "refusal.pairing.answered");
		}
	}

	public boolean involves(String cityId) {
		return cityIds.contains(cityId);
	}

	public String otherCityId(String cityId) {
		return cityId.equals(askingCityId) ? askedCityId : askingCityId;
	}

	public boolean isMentor(String cityId) {
		return cityId.equals(mentorCityId);
	}

	/** Asked of this city and not answered yet: waiting for its admins. */
	public boolean waitingFor(String cityId) {
		return status == PairingStatus.REQUESTED && cityId.equals(askedCityId);
	}

	public boolean shownBy(String cityId) {
		return shownBy.contains(cityId);
	}

	/** Accepted and shown by both cities: the public profiles list it. */
	public boolean isPublic() {
		return status == PairingStatus.ACCEPTED && shownBy.containsAll(cityIds);
	}

	public String getId() {
		return id;
	}

	public List<String> getCityIds() {
		return List.copyOf(cityIds);
	}

	public String getMentorCityId() {
		return mentorCityId;
	}

	public String getLearnerCityId() {
		return learnerCityId;
	}

	public String getAskingCityId() {
		return askingCityId;
	}

	public String getAskedCityId() {
		return askedCityId;
	}

	public String getWish() {
		return wish;
	}

	public String getPracticeId() {
		return practiceId;
	}

	public String getPracticeTitle() {
		return practiceTitle;
	}

	public PairingStatus getStatus() {
		return status;
	}

	public String getAskedByPersonId() {
		return askedByPersonId;
	}

	public String getAskedByName() {
		return askedByName;
	}

	public Instant getAskedAt() {
		return askedAt;
	}

	public Instant getAnsweredAt() {
		return answeredAt;
	}

	public List<TransferStep> getSteps() {
		return List.copyOf(steps);
	}

	public List<PairingMessage> getMessages() {
		return List.copyOf(messages);
	}

	public String getDeclineReason() {
		return declineReason;
	}

}
