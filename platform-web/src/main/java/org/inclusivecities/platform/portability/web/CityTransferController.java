package org.inclusivecities.platform.portability.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityPortability;
import org.inclusivecities.platform.city.ImportRejected;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/** The secretariat moves one city's complete data between installations (/admin is network admins only). */
@Controller
class CityTransferController {

	static final String FILE = "file";

	private final Cities cities;

	private final CityPortability portability;

	private final MessageSource messages;

	CityTransferController(Cities cities, CityPortability portability, MessageSource messages) {
		this.cities = cities;
		this.portability = portability;
		this.messages = messages;
	}

	@GetMapping("/admin/cities/{slug}/export")
	ResponseEntity<byte[]> export(@PathVariable String slug) {
		City city = cities.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		byte[] json = portability.export(city.getId()).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("city-" + city.getSlug() + ".json").build().toString())
			.body(json);
	}

	@GetMapping("/admin/import")
	String form() {
		return "portability/import";
	}

	@PostMapping("/admin/import")
	String upload(@RequestParam(name = FILE, required = false) MultipartFile file, Model model, Locale locale,
			RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
		try {
			if (file == null || file.isEmpty()) {
				throw new ImportRejected(ImportRejected.Reason.MALFORMED, java.util.List.of());
			}
			String cityId = portability.importCity(file.getBytes());
			String name = cities.findById(cityId).map(City::getName).orElse(cityId);
			redirect.addFlashAttribute("flash", messages.getMessage("portability.import.done", new Object[] { name },
					locale));
			return "redirect:/admin";
		}
		catch (ImportRejected rejected) {
			response.setStatus(status(rejected.reason()).value());
			String key = "portability.import.error." + rejected.reason().name().toLowerCase(Locale.ROOT);
			model.addAttribute("errors", Map.of(FILE, messages.getMessage(key, null, locale)));
			model.addAttribute("details", rejected.details());
			return "portability/import";
		}
		catch (IOException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", Map.of(FILE,
					messages.getMessage("portability.import.error.malformed", null, locale)));
			return "portability/import";
		}
	}

	private static HttpStatus status(ImportRejected.Reason reason) {
		return switch (reason) {
			case CITY_EXISTS -> HttpStatus.CONFLICT;
			case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
			case WRONG_FORMAT, INVALID_CONTENT -> HttpStatus.UNPROCESSABLE_CONTENT;
			case MALFORMED -> HttpStatus.BAD_REQUEST;
		};
	}

}
