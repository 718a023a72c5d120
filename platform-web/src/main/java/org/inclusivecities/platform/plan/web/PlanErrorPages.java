package org.inclusivecities.platform.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.plan.monitoring.IndicatorNotFound;
import org.inclusivecities.platform.plan.monitoring.ReportAlreadySubmitted;
import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.PublishedVersionNotFound;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Domain refusals on the plan's HTML pages become the friendly error pages, never a 500. */
@ControllerAdvice(assignableTypes = { PlanOverviewController.class, IndicatorsController.class,
		IndicatorController.class, IndicatorEditController.class, ReportsController.class })
class PlanErrorPages {

	@ExceptionHandler({ IndicatorNotFound.class, PublishedVersionNotFound.class })
	String notFound(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return "error/404";
	}

	@ExceptionHandler({ ReportAlreadySubmitted.class, InvalidPlanContent.class })
	String badRequest(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return "error/4xx";
	}

}
