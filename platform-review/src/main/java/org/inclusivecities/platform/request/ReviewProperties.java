package org.inclusivecities.platform.request;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import org.inclusivecities.platform.routing.CostWeights;
import org.inclusivecities.platform.routing.RoutingSettings;

/**
 * platform.review.*: reviewers per request, at most this many from one city, how long reviewers have to
 * answer an invitation, whether the reviewed city may see who reviewed it, how long accreditation lasts,
 * the review cycle length, the routing time budget, how long starting a routing run waits for its outcome
 * before showing its progress page instead ({@code routing-grace}), and the most seats one city's reviewers take
 * up in one cycle ({@code city-seats-per-cycle}, default {@value RoutingSettings#CITY_SEATS_PER_CYCLE}: a hard
 * rule of routing and of every later transition, see {@link Network}), and whether routing minimises the worst
 * panel before the total cost ({@code fair-panels}, default false: {@link RoutingSettings#fairPanels()}).
 */
@ConfigurationProperties("platform.review")
public record ReviewProperties(@DefaultValue("3") int reviewersPerRequest, @DefaultValue("1") int maxReviewersPerCity,
		@DefaultValue("P14D") Duration invitationDeadline, @DefaultValue("false") boolean openReview,
		@DefaultValue("P3Y") Period accreditationValidity, @DefaultValue("P1Y") Period cycle,
		@DefaultValue("PT10S") Duration routingTimeLimit, @DefaultValue("8") int routingWindow,
		@DefaultValue("PT5S") Duration routingGrace, @DefaultValue("30") int citySeatsPerCycle,
		@DefaultValue("false") boolean fairPanels) {

	public ReviewProperties {
		// fail at start-up, not at the first routing run, when the numbers contradict each other
		new RoutingSettings(reviewersPerRequest, maxReviewersPerCity, CostWeights.defaults(), routingTimeLimit,
				routingWindow, citySeatsPerCycle, fairPanels);
	}

	public RoutingSettings routing() {
		return new RoutingSettings(reviewersPerRequest, maxReviewersPerCity, CostWeights.defaults(), routingTimeLimit,
				routingWindow, citySeatsPerCycle, fairPanels);
	}

}
