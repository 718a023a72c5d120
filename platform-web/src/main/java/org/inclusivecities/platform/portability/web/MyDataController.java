package org.inclusivecities.platform.portability.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.city.DataSubject;
import org.inclusivecities.platform.city.PersonalDataService;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** The signed-in person takes their data with them (GDPR Art. 20) or has it erased (Art. 17). */
@Controller
class MyDataController {

	private final People people;

	private final PersonalDataService personalData;

	MyDataController(People people, PersonalDataService personalData) {
		this.people = people;
		this.personalData = personalData;
	}

	@GetMapping("/my/profile/data")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal PlatformPrincipal principal) {
		byte[] json = personalData.export(subject(principal)).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("my-data.json").build().toString())
			.body(json);
	}

	@GetMapping("/my/profile/erase")
	String confirm() {
		return "portability/erase";
	}

	@PostMapping("/my/profile/erase")
	String erase(@AuthenticationPrincipal PlatformPrincipal principal, HttpServletRequest request)
			throws ServletException {
		personalData.erase(subject(principal));
		request.logout();
		if (request.getSession(false) != null) {
			request.getSession(false).invalidate();
		}
		return "redirect:/?erased";
	}

	private DataSubject subject(PlatformPrincipal principal) {
		Person person = people.findById(principal.personId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new DataSubject(person.getId(), person.getEmail(), person.getDisplayName());
	}

}
