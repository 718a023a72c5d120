package org.inclusivecities.platform.layout;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GOV.UK's pattern for a form sent back with problems: the page title starts with "Error:", so a screen reader
 * hears it first. A page counts as failed when its model holds a binding result with errors or a non-empty
 * {@code errors} map (the forms checked without a form object); the layout reads {@code formFailed}.
 */
@Configuration(proxyBeanMethods = false)
class FailedFormTitle implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || !view.hasView() || view.getViewName() != null && view.getViewName().startsWith("redirect:")) {
			return;
		}
		Map<String, Object> model = view.getModel();
		boolean failed = model.values().stream().anyMatch(v -> v instanceof BindingResult result && result.hasErrors())
				|| model.get("errors") instanceof Map<?, ?> errors && !errors.isEmpty();
		if (failed) {
			view.addObject("formFailed", true);
		}
	}

}
