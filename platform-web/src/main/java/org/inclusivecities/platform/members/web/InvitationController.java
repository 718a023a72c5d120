package org.inclusivecities.platform.members.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.layout.FormErrors;
import org.inclusivecities.platform.people.CityMembers;
import org.inclusivecities.platform.people.Invitation;
import org.inclusivecities.platform.people.InvitationNoLongerValid;
import org.inclusivecities.platform.people.InvitationNotFound;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.PasswordPolicy;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accepting an invitation from its mailed link: a new person chooses a name and password, someone with
 * an account just accepts. Unknown tokens answer 404, used or expired ones 410; nothing changes then.
 */
@Controller
class InvitationController {

	private final CityMembers members;

	private final Cities cities;

	private final PasswordEncoder passwordEncoder;

	private final MessageSource messages;

	InvitationController(CityMembers members, Cities cities, PasswordEncoder passwordEncoder,
			MessageSource messages) {
		this.members = members;
		this.cities = cities;
		this.passwordEncoder = passwordEncoder;
		this.messages = messages;
	}

	@GetMapping("/invitations/{token}")
	String show(@PathVariable String token, Model model) {
		Invitation invitation = members.open(token);
		if (!model.containsAttribute("acceptForm")) {
			model.addAttribute("acceptForm", new AcceptForm(null, null, null));
		}
		return page(invitation, token, model);
	}

	@PostMapping("/invitations/{token}")
	String accept(@PathVariable String token, @ModelAttribute("acceptForm") AcceptForm form,
			BindingResult result, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		Invitation invitation = members.open(token);
		CityMembers.NewAccount account = null;
		if (members.needsAccount(invitation)) {
			if (form.displayName() == null || form.displayName().isBlank()) {
				result.rejectValue("displayName", "people.error.displayName");
			}
			else if (form.displayName().strip().length() > AcceptForm.MAX_NAME) {
				result.rejectValue("displayName", "people.error.displayName.size");
			}
			for (String problem : PasswordPolicy.problems(form.password(), invitation.getEmail())) {
				result.rejectValue("password", problem);
			}
			if (!result.hasFieldErrors("password") && !form.password().equals(form.confirmPassword())) {
				result.rejectValue("confirmPassword", "people.error.password.mismatch");
			}
			if (result.hasErrors()) {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				model.addAttribute("errors", FormErrors.of(result, messages, locale));
				return page(invitation, token, model);
			}
			account = new CityMembers.NewAccount(form.displayName().strip(), Language.of(locale),
					passwordEncoder.encode(form.password()));
		}
		members.accept(token, account);
		City city = cities.findById(invitation.getCityId()).orElseThrow(InvitationNotFound::new);
		redirect.addFlashAttribute("flash", messages.getMessage("people.accepted", new Object[] { city.getName() }, locale));
		return "redirect:/login";
	}

	private String page(Invitation invitation, String token, Model model) {
		model.addAttribute("invitation", invitation);
		model.addAttribute("token", token);
		model.addAttribute("city", cities.findById(invitation.getCityId()).orElseThrow(InvitationNotFound::new));
		model.addAttribute("needsAccount", members.needsAccount(invitation));
		return "people/invitation";
	}

	@ExceptionHandler(InvitationNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView unknown() {
		return new ModelAndView("people/invitation-invalid").addObject("reason", "UNKNOWN");
	}

	@ExceptionHandler(InvitationNoLongerValid.class)
	@ResponseStatus(HttpStatus.GONE)
	ModelAndView gone(InvitationNoLongerValid ex) {
		return new ModelAndView("people/invitation-invalid").addObject("reason", ex.reason().name());
	}

	/** Two tabs accepting the same invitation at once: the second one finds it used. */
	@ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.GONE)
	ModelAndView raced() {
		return new ModelAndView("people/invitation-invalid").addObject("reason", "USED");
	}

}
