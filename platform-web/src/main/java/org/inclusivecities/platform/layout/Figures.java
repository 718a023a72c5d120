package org.inclusivecities.platform.layout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way pages show numbers, in the reader's language: {@code ${@figures.number(x)}}. A count shows as a count
 * ("14", never "14.0"), a fraction with the decimals it has (up to six), in the reader's notation ("12.5" in
 * English, "12,5" in Dutch), with thousands grouped.
 */
@Component("figures")
public class Figures {

	static final int MAX_DECIMALS = 6;

	public String number(Number value) {
		return number(value, LocaleContextHolder.getLocale());
	}

	static String number(Number value, Locale locale) {
		if (value == null) {
			return "";
		}
		BigDecimal exact = new BigDecimal(value.toString()).setScale(MAX_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(0);
		format.setMaximumFractionDigits(MAX_DECIMALS);
		return format.format(exact);
	}

}
