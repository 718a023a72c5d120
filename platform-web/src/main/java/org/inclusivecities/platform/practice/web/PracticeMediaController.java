package org.inclusivecities.platform.practice.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.inclusivecities.platform.layout.IsoDates;
import org.inclusivecities.platform.practice.ConsentScope;
import org.inclusivecities.platform.practice.ImageRejected;
import org.inclusivecities.platform.practice.Practice;
import org.inclusivecities.platform.practice.PracticeEditing;
import org.inclusivecities.platform.practice.PracticeImages;
import org.inclusivecities.platform.practice.PracticeNotFound;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.tenancy.RequiresRole;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** Images and stories of recovery of a city's practice, and withdrawal of a story's consent. */
@Controller
@RequestMapping("/my/cities/{slug}/practices/{id}")
class PracticeMediaController {

	private final PracticeEditing editing;

	private final PracticeImages images;

	private final MessageSource messages;

	private final Clock clock;

	PracticeMediaController(PracticeEditing editing, PracticeImages images, MessageSource messages, Clock clock) {
		this.editing = editing;
		this.images = images;
		this.messages = messages;
		this.clock = clock;
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/images")
	String upload(CityWorkspace workspace, @PathVariable String id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String alt, Model model, HttpServletResponse response,
			RedirectAttributes redirect) throws IOException {
		editing.get(workspace.cityId(), id);
		try {
			editing.addImage(workspace.cityId(), id, file == null ? null : file.getBytes(), alt);
		}
		catch (ImageRejected rejected) {
			response.setStatus(rejected.reason().status().value());
			String field = rejected.reason() == ImageRejected.Reason.ALT_MISSING ? "alt" : "file";
			return detail(workspace, id, model, Map.of(field, rejected.reason().messageKey()));
		}
		flash(redirect, "practice.flash.image");
		return "redirect:/my/cities/" + workspace.slug() + "/practices/" + id;
	}

	@GetMapping("/images/{imageId}")
	ResponseEntity<byte[]> image(CityWorkspace workspace, @PathVariable String id, @PathVariable String imageId) {
		Practice practice = editing.get(workspace.cityId(), id);
		var image = practice.image(imageId).orElseThrow(PracticeNotFound::new);
		byte[] bytes = images.load(imageId).orElseThrow(PracticeNotFound::new);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType())).body(bytes);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/stories")
	String addStory(CityWorkspace workspace, @PathVariable String id, StoryForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		editing.get(workspace.cityId(), id);
		Map<String, String> errors = form.errors(LocalDate.now(clock));
		if (!errors.isEmpty()) {
			response.setStatus(400);
			model.addAttribute("story", form);
			return detail(workspace, id, model, errors);
		}
		editing.addStory(workspace.cityId(), id, form.storyTitle().strip(), form.storyText().strip(),
				form.givenBy().strip(), IsoDates.parse(form.givenOn()).orElseThrow(), form.consentScope(),
				form.pseudonym() == null ? null : form.pseudonym().strip(), workspace.person().getId());
		flash(redirect, "practice.flash.story");
		return "redirect:/my/cities/" + workspace.slug() + "/practices/" + id;
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/stories/{storyId}/withdraw")
	String withdraw(CityWorkspace workspace, @PathVariable String id, @PathVariable String storyId,
			RedirectAttributes redirect) {
		editing.withdrawConsent(workspace.cityId(), id, storyId);
		flash(redirect, "practice.flash.withdrawn");
		return "redirect:/my/cities/" + workspace.slug() + "/practices/" + id;
	}

	private String detail(CityWorkspace workspace, String id, Model model, Map<String, String> errors) {
		model.addAttribute("workspace", workspace);
		model.addAttribute("practice", editing.get(workspace.cityId(), id));
		model.addAttribute("scopes", ConsentScope.values());
		model.addAttribute("errors", errors);
		return "practice/workspace/detail";
	}

	private void flash(RedirectAttributes redirect, String key) {
		redirect.addFlashAttribute("flash", messages.getMessage(key, null, LocaleContextHolder.getLocale()));
	}

}
