package org.inclusivecities.platform.layout;

/** Text for a cell of a CSV file people open in a spreadsheet. */
public final class SpreadsheetText {

	private SpreadsheetText() {
	}

	/**
	 * Free text starting like a formula (=, +, -, @, tab, return) prefixed with ' so spreadsheets show it instead of
	 * running it (CSV injection).
	 */
	public static String cell(String value) {
		if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

}
