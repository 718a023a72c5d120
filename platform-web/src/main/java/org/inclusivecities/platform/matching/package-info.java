/**
 * The matchcentrum: which cities a city could learn from (and which could learn from it), practices like a practice,
 * cities with the gap a practice covers, and the peer-learning pairings cities ask each other for. Fed only by public
 * views ({@code PublicPlans}, {@code PublicMonitoring}, {@code PublishedPractices}, the directory's listed cities),
 * so nothing unpublished, private or about people in recovery is ever used; see {@link Matchmaking} for the scoring.
 */
package org.inclusivecities.platform.matching;
