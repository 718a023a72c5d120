package org.inclusivecities.platform.plan;

/** Where an activity happens; coordinates (WGS84) are optional. */
public record Place(String name, Double latitude, Double longitude) {

	public Place {
		name = Texts.required("place", name, Texts.SHORT);
		if ((latitude == null) != (longitude == null)) {
			throw new InvalidPlanContent("latitude", "plan.error.coordinatesPair");
		}
		if (latitude != null && (latitude.isNaN() || latitude < -90 || latitude > 90)) {
			throw new InvalidPlanContent("latitude", "plan.error.latitude");
		}
		if (longitude != null && (longitude.isNaN() || longitude < -180 || longitude > 180)) {
			throw new InvalidPlanContent("longitude", "plan.error.longitude");
		}
	}

}
