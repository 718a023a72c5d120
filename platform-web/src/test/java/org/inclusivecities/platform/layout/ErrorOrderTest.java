package org.inclusivecities.platform.layout;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.util.DetailedError;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error summaries follow the fields on the page, whatever order validation reported the problems in, and a field
 * says first what is missing: an empty email is "Enter the email address", not "Enter it in the correct format".
 */
class ErrorOrderTest {

	/** A form as the page shows it: name, then email, then the date. */
	record Form(String name, String email, String date) {
	}

	private final ErrorOrder order = new ErrorOrder();

	@Test
	void theSummaryListsOneMessagePerFieldInTheOrderOfTheForm() {
		List<DetailedError> reported = List.of(new DetailedError("date", "Pattern", null, "Enter a real date"),
				new DetailedError("email", "Email", null, "Enter the email address in the correct format"),
				new DetailedError("name", "NotBlank", null, "Enter the name"),
				new DetailedError("email", "NotBlank", null, "Enter the email address"),
				new DetailedError("form", null, "The plan changed meanwhile"));

		assertThat(order.summary(reported, new Form("", "", "x")))
			.extracting(DetailedError::getMessage)
			.containsExactly("The plan changed meanwhile", "Enter the name", "Enter the email address",
					"Enter a real date");
		assertThat(order.message(reported, "email")).isEqualTo("Enter the email address");
		assertThat(order.message(reported, "name")).isEqualTo("Enter the name");
		assertThat(order.message(reported, "unknown")).isNull();
	}

	@Test
	void formsCheckedWithoutAFormObjectGetTheSameOrder() {
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(new Form("", "", "x"), "form");
		result.addError(new FieldError("form", "date", "x", false, new String[] { "Pattern" }, null, "Enter a real date"));
		result.addError(new FieldError("form", "email", "", false, new String[] { "Email" }, null, "Correct format"));
		result.addError(new FieldError("form", "email", "", false, new String[] { "NotBlank" }, null,
				"Enter the email address"));
		result.addError(new FieldError("form", "name", "", false, new String[] { "NotBlank" }, null, "Enter the name"));
		result.addError(new ObjectError("form", "Not about one field"));

		assertThat(FormErrors.of(result, new StaticMessageSource(), Locale.ENGLISH)).containsExactly(
				java.util.Map.entry("name", "Enter the name"), java.util.Map.entry("email", "Enter the email address"),
				java.util.Map.entry("date", "Enter a real date"));
	}

}
