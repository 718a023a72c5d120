package org.inclusivecities.platform.layout;

import java.util.Locale;
import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * {@code #formats} in every template and mail: {@link Figures} in the template's language, so a page and a mail
 * to a Dutch reader show the same "3 december 2026". Templates use it instead of {@code #temporals}, {@code #dates}
 * or {@code #numbers} (a test scans for them).
 */
@Component
class FormatsDialect extends AbstractDialect implements IExpressionObjectDialect {

	FormatsDialect() {
		super("formats");
	}

	/** The formatter for one template's language. */
	public record Formats(Locale locale) {

		public String number(Number value) {
			return Figures.number(value, locale);
		}

		public String date(Object value) {
			return Figures.date(value, locale);
		}

		public String day(Object value) {
			return Figures.day(value, locale);
		}

		public String time(Object value) {
			return Figures.time(value, locale);
		}

		public String dateTime(Object value) {
			return Figures.dateTime(value, locale);
		}

		public String dayTime(Object value) {
			return Figures.dayTime(value, locale);
		}

	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("formats");
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return new Formats(context.getLocale());
			}

			@Override
			public boolean isCacheable(String name) {
				return true;
			}

		};
	}

}
