package org.inclusivecities.platform.workspace;

import java.time.LocalDate;
import java.util.List;

import org.inclusivecities.platform.tenancy.CityWorkspace;

/**
 * One action waiting for a person: what to do (message key with arguments), where it is done ({@code href}), the
 * home it belongs to ({@code placeKey} with {@code place}: a city's name, the reviews, the secretariat) and, when
 * there is one, the date it is due by.
 */
public record WaitingItem(String placeKey, String place, String messageKey, List<Object> args, String href,
		LocalDate dueBy) {

	/** Place key of items done in one of the person's cities (the place is the city's name). */
	public static final String CITY = "workspace.place.city";

	public WaitingItem {
		args = List.copyOf(args);
	}

	/** An action in one of the person's cities; its message's first argument is the city's name. */
	public static WaitingItem inCity(CityWorkspace workspace, String messageKey, String href, LocalDate dueBy,
			Object... args) {
		Object[] all = new Object[args.length + 1];
		all[0] = workspace.city().getName();
		System.arraycopy(args, 0, all, 1, args.length);
		return new WaitingItem(CITY, workspace.city().getName(), messageKey, List.of(all), href, dueBy);
	}

	/** An action outside any city (reviews, secretariat). */
	public static WaitingItem elsewhere(String placeKey, String messageKey, String href, LocalDate dueBy,
			Object... args) {
		return new WaitingItem(placeKey, "", messageKey, List.of(args), href, dueBy);
	}

}
