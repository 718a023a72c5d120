package org.inclusivecities.platform.matching;

import java.time.Clock;
import java.util.List;

import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.directory.MemberDirectory;
import org.inclusivecities.platform.practice.PublishedPractice;
import org.inclusivecities.platform.practice.PublishedPractices;
import org.inclusivecities.platform.tenancy.CityWorkspace;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Peer-learning pairings between two listed cities. Who may do what (enforced at the web edge with
 * {@code @RequiresRole}, and documented here): a city admin or council member asks (they run the plan the learning
 * is for); only a city admin of the asked city accepts or declines, and each city's admins choose whether an accepted
 * pairing shows on the public profiles (it binds the city). Every read goes through one of the two cities: a third
 * city gets {@link PairingNotFound}.
 */
@Service
public class PeerLearning {

	private final Pairings pairings;

	private final MemberDirectory directory;

	private final PublishedPractices practices;

	private final PairingMail mail;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PeerLearning(Pairings pairings, MemberDirectory directory, PublishedPractices practices, PairingMail mail,
			ApplicationEventPublisher events, Clock clock) {
		this.pairings = pairings;
		this.directory = directory;
		this.practices = practices;
		this.mail = mail;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The asking city asks the listed city {@code otherSlug}; {@code asMentor} when it offers to teach. A practice
	 * concerned is kept only when it is published. Refused (409) while an open pairing joins the two cities.
	 */
	public Pairing ask(CityWorkspace asking, String otherSlug, boolean asMentor, String wish, String practiceId) {
		City other = directory.find(otherSlug).orElseThrow(PairingNotFound::new);
		if (other.getId().equals(asking.cityId())) {
			throw new PairingNotFound();
		}
		if (pairings.existsOpenBetween(asking.cityId(), other.getId())) {
			throw new InvalidPairingTransition("An open pairing exists", "refusal.pairing.open");
		}
		PublishedPractice practice = practiceId == null || practiceId.isBlank() ? null
				: practices.find(practiceId).orElse(null);
		Pairing pairing = Pairing.ask(asking.cityId(), other.getId(), asMentor, wish.strip(),
				practice == null ? null : practice.id(), practice == null ? null : practice.content().title(),
				asking.person().getId(), asking.person().getDisplayName(), clock.instant());
		try {
			pairing = pairings.save(pairing);
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidPairingTransition("An open pairing exists", "refusal.pairing.open");
		}
		mail.asked(pairing, asking.city(), other);
		events.publishEvent(new PairingAsked(pairing.getId()));
		return pairing;
	}

	public Pairing accept(CityWorkspace asked, String pairingId) {
		Pairing pairing = get(asked.cityId(), pairingId);
		pairing.accept(asked.cityId(), clock.instant());
		return answered(asked, pairing);
	}

	public Pairing decline(CityWorkspace asked, String pairingId, String reason) {
		Pairing pairing = get(asked.cityId(), pairingId);
		pairing.decline(asked.cityId(), reason == null || reason.isBlank() ? null : reason.strip(), clock.instant());
		return answered(asked, pairing);
	}

	public Pairing show(CityWorkspace workspace, String pairingId, boolean shown) {
		Pairing pairing = get(workspace.cityId(), pairingId);
		pairing.show(workspace.cityId(), shown);
		pairing = pairings.save(pairing);
		events.publishEvent(new PairingShown(pairing.getId()));
		return pairing;
	}

	/** Adds a step to the accepted pairing's shared transfer plan. */
	public Pairing plan(CityWorkspace workspace, String pairingId, TransferPhase phase, String what,
			java.time.LocalDate dueBy) {
		Pairing pairing = get(workspace.cityId(), pairingId);
		pairing.plan(new TransferStep(phase, what.strip(), dueBy, workspace.cityId()));
		return pairings.save(pairing);
	}

	/** Adds a message to the accepted pairing's private thread and mails it to the other city. */
	public Pairing write(CityWorkspace workspace, String pairingId, String text) {
		Pairing pairing = get(workspace.cityId(), pairingId);
		pairing.write(new PairingMessage(workspace.cityId(), workspace.person().getDisplayName(), text.strip(),
				clock.instant()));
		Pairing saved = pairings.save(pairing);
		directory.findById(saved.otherCityId(workspace.cityId()))
			.ifPresent(other -> mail.message(saved, workspace.city(), other, workspace.person().getDisplayName(),
					text.strip()));
		return saved;
	}

	/** A pairing of this city; {@link PairingNotFound} for any other (404). */
	public Pairing get(String cityId, String pairingId) {
		if (pairingId == null || !pairingId.matches("[0-9a-f]{24}")) {
			throw new PairingNotFound();
		}
		return pairings.findByCityIdAndId(cityId, pairingId).orElseThrow(PairingNotFound::new);
	}

	/** This city's pairings, newest first. */
	public List<Pairing> of(String cityId) {
		return pairings.findAllByCityId(cityId);
	}

	/** Whether an open pairing joins the two cities (the matchcentrum then offers no new request). */
	public boolean openBetween(String cityId, String otherCityId) {
		return pairings.existsOpenBetween(cityId, otherCityId);
	}

	private Pairing answered(CityWorkspace asked, Pairing pairing) {
		Pairing saved = pairings.save(pairing);
		directory.findById(saved.getAskingCityId()).ifPresent(asking -> mail.answered(saved, asking, asked.city()));
		events.publishEvent(new PairingAnswered(saved.getId(), saved.getStatus()));
		return saved;
	}

}
