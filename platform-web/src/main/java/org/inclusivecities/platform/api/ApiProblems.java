package org.inclusivecities.platform.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import org.inclusivecities.platform.database.DatabaseBreaker;
import org.inclusivecities.platform.layout.Refusals;
import org.inclusivecities.platform.plan.PlanPartConflict;
import org.inclusivecities.platform.plan.monitoring.MeasurementImportRejected;
import org.inclusivecities.platform.refusal.Invalid;
import org.inclusivecities.platform.refusal.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one mapping of errors to RFC 9457 problem+json for every API controller ({@code @RestController}): a
 * refusal gets the status of its kind and its reason; Spring MVC's own (malformed JSON, wrong types, missing
 * parameters, 405/406/415) are handled by the base class; a database that does not answer is 503 with
 * {@code Retry-After}; anything unexpected is a 500 problem with no internals. Errors that never reach a
 * controller (unknown {@code /api/...} paths, methods no route has) are answered by {@code PlatformErrors}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final Refusals refusals;

	private final DatabaseBreaker breaker;

	ApiProblems(Refusals refusals, DatabaseBreaker breaker) {
		this.refusals = refusals;
		this.breaker = breaker;
	}

	@ExceptionHandler({ Refusal.class, OptimisticLockingFailureException.class, InvalidPropertyException.class,
			MultipartException.class })
	ResponseEntity<ProblemDetail> refused(Exception ex) {
		Refusal refusal = Refusals.of(ex);
		return ResponseEntity.status(Refusals.status(refusal)).body(problem(refusal));
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ProblemDetail duplicate() {
		return problem(HttpStatus.CONFLICT, "Already exists", "A resource with the same unique value exists.");
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", "Some values are not valid.");
		problem.setProperty("errors", ex.getConstraintViolations()
			.stream()
			.map(v -> Map.of("field", String.valueOf(v.getPropertyPath()), "message", v.getMessage()))
			.toList());
		return problem;
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, com.mongodb.MongoTimeoutException.class,
			com.mongodb.MongoSocketException.class })
	ResponseEntity<ProblemDetail> unavailable(Exception ex) {
		breaker.failed(ex);
		return unavailableProblem();
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		if (Refusals.databaseUnavailable(ex)) {
			breaker.failed(ex);
			return unavailableProblem();
		}
		log.error("Unexpected API error", ex);
		return ResponseEntity.internalServerError()
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error",
					"Something went wrong on our side; nothing was half saved. Please try again later."));
	}

	/** Unreadable JSON, or JSON a domain value refused while being built (e.g. an end before its start). */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof Invalid invalid) {
				return ResponseEntity.badRequest().body(problem(invalid));
			}
		}
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "Unreadable request",
					"The request body is not valid JSON of the expected shape."));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", "Some fields are not valid.");
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	/** A refusal as a problem: its kind's status and title, its reason, and what a client needs to act on it. */
	private ProblemDetail problem(Refusal refusal) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = problem(Refusals.status(refusal), refusals.title(refusal, locale),
				refusals.reason(refusal, locale));
		if (refusal instanceof MeasurementImportRejected rejected) {
			problem.setProperty("errors", rejected.errors());
		}
		else if (refusal instanceof Invalid invalid) {
			problem.setProperty("errors", List.of(Map.of("field", String.valueOf(invalid.field()), "code",
					String.valueOf(invalid.messageKey()), "message", refusals.reason(refusal, locale))));
		}
		if (refusal instanceof PlanPartConflict conflict) {
			problem.setProperty("changedBy", conflict.changedBy());
			problem.setProperty("changedAt", conflict.changedAt());
			problem.setProperty("currentVersion", conflict.currentVersion());
			problem.setProperty("currentContent", conflict.currentContent());
		}
		return problem;
	}

	static ResponseEntity<ProblemDetail> unavailableProblem() {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Refusals.RETRY_AFTER_SECONDS)
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Service briefly unavailable",
					"The service is briefly unavailable; nothing you sent was lost. Try again in a minute."));
	}

	public static ProblemDetail problem(HttpStatusCode status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
