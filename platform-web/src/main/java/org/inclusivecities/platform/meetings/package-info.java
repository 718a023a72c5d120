/**
 * Network meetings, webinars and regional gatherings (issue #12): events the secretariat or a city announces,
 * online or in person, with times in their own zone, a language and a capacity. Registration, organiser tools and
 * the recovery calendar's view of these events build on {@link org.inclusivecities.platform.meetings.NetworkEvent}.
 */
package org.inclusivecities.platform.meetings;
