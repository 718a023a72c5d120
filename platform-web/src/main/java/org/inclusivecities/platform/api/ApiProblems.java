package org.inclusivecities.platform.api;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import org.inclusivecities.platform.city.CityNotFound;
import org.inclusivecities.platform.city.InvalidCityTransition;
import org.inclusivecities.platform.plan.monitoring.IndicatorNotFound;
import org.inclusivecities.platform.plan.monitoring.MeasurementImportRejected;
import org.inclusivecities.platform.plan.monitoring.ReportAlreadySubmitted;
import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.PlanPartConflict;
import org.inclusivecities.platform.plan.PlanUnchanged;
import org.inclusivecities.platform.plan.PublishedVersionNotFound;
import org.inclusivecities.platform.tenancy.NotAMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one mapping of errors to RFC 9457 problem+json for every API controller ({@code @RestController}).
 * Domain exceptions become 404/409 with a reason; Spring MVC's own (malformed JSON, wrong types, missing
 * parameters) are handled by the base class; anything unexpected is a 500 problem with no internals.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	@ExceptionHandler({ NotAMember.class, CityNotFound.class, IndicatorNotFound.class, PublishedVersionNotFound.class })
	ProblemDetail notFound() {
		return problem(HttpStatus.NOT_FOUND, "Not found", "No such resource, or not one you can see.");
	}

	@ExceptionHandler(InvalidCityTransition.class)
	ProblemDetail invalidTransition(InvalidCityTransition ex) {
		return problem(HttpStatus.CONFLICT, "Invalid status change", ex.getMessage());
	}

	/** A plan part saved from a stale version: who changed it, when, and their current content. */
	@ExceptionHandler(PlanPartConflict.class)
	ProblemDetail planPartConflict(PlanPartConflict ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Changed by someone else",
				"The " + ex.part().slug() + " part was changed since version you based your change on; nothing was saved.");
		problem.setProperty("changedBy", ex.changedBy());
		problem.setProperty("changedAt", ex.changedAt());
		problem.setProperty("currentVersion", ex.currentVersion());
		problem.setProperty("currentContent", ex.currentContent());
		return problem;
	}

	@ExceptionHandler(InvalidPlanContent.class)
	ProblemDetail invalidPlanContent(InvalidPlanContent ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", "Some values are not valid.");
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "code", ex.messageKey())));
		return problem;
	}

	@ExceptionHandler(MeasurementImportRejected.class)
	ProblemDetail importRejected(MeasurementImportRejected ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Nothing imported", "Some rows are not valid.");
		problem.setProperty("errors", ex.errors());
		return problem;
	}

	@ExceptionHandler({ PlanUnchanged.class, ReportAlreadySubmitted.class })
	ProblemDetail planStateConflict(RuntimeException ex) {
		return problem(HttpStatus.CONFLICT, "Not possible now", ex.getMessage());
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentChange() {
		return problem(HttpStatus.CONFLICT, "Changed by someone else",
				"The resource was changed since you read it; read it again and reapply your change.");
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

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected API error", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error",
				"Something went wrong on our side; nothing was half saved. Please try again later.");
	}

	/** Unreadable JSON, or JSON a domain value refused while being built (e.g. an end before its start). */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(
			org.springframework.http.converter.HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		Throwable cause = ex;
		while (cause != null && !(cause instanceof InvalidPlanContent)) {
			cause = cause.getCause();
		}
		if (cause instanceof InvalidPlanContent invalid) {
			return ResponseEntity.badRequest().body(invalidPlanContent(invalid));
		}
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "Unreadable request", "The request body is not valid JSON of the expected shape."));
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

	public static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
