package org.inclusivecities.platform.plan.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.monitoring.ImportPreview;
import org.inclusivecities.platform.plan.monitoring.MeasurementCsv;
import org.inclusivecities.platform.plan.monitoring.MeasurementImportRejected;
import org.inclusivecities.platform.plan.monitoring.RowError;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.tenancy.RequiresRole;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Measurements from a CSV or Excel file in two steps: the upload shows what would be new, changed and unchanged
 * (nothing is written), and confirming imports that same file (carried in the page, checked again), all rows or none.
 */
@Controller
@RequestMapping("/my/cities/{slug}/plan/indicators")
class MeasurementImportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final MeasurementCsv csv;

	private final IndicatorsPage page;

	private final MessageSource messages;

	MeasurementImportController(MeasurementCsv csv, IndicatorsPage page, MessageSource messages) {
		this.csv = csv;
		this.page = page;
		this.messages = messages;
	}

	@GetMapping(value = "/template.csv", produces = "text/csv")
	ResponseEntity<String> template(CityWorkspace workspace) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"measurements-template.csv\"")
			.body(csv.template(workspace.cityId()));
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> templateXlsx(CityWorkspace workspace) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"measurements-template.xlsx\"")
			.body(csv.templateXlsx(workspace.cityId()));
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/import")
	String preview(CityWorkspace workspace, @RequestParam(required = false) MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		try {
			if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
				throw new MeasurementImportRejected(List.of(new RowError(0, null, "monitoring.import.noFile", List.of())));
			}
			byte[] bytes = file.getBytes();
			ImportPreview preview = csv.preview(workspace.cityId(), bytes);
			model.addAttribute("workspace", workspace);
			model.addAttribute("base", PlanWeb.base(workspace));
			model.addAttribute("preview", preview);
			model.addAttribute("filename", file.getOriginalFilename().replaceAll(".*[/\\\\]", ""));
			model.addAttribute("upload", Base64.getEncoder().encodeToString(bytes));
			return "plan/import-preview";
		}
		catch (MeasurementImportRejected rejected) {
			return rejected(workspace, rejected, model, response);
		}
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/import/confirm")
	String confirm(CityWorkspace workspace, @RequestParam(required = false) String upload, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			ImportPreview done = csv.importFrom(workspace.cityId(), decode(upload));
			redirect.addFlashAttribute("flash", messages.getMessage("plan.indicators.imported",
					new Object[] { done.added(), done.updated(), done.unchanged() }, LocaleContextHolder.getLocale()));
			return "redirect:" + PlanWeb.base(workspace) + "/indicators";
		}
		catch (MeasurementImportRejected rejected) {
			return rejected(workspace, rejected, model, response);
		}
	}

	private static byte[] decode(String upload) {
		try {
			return upload == null ? new byte[0] : Base64.getDecoder().decode(upload.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new MeasurementImportRejected(List.of(new RowError(0, null, "monitoring.import.noFile", List.of())));
		}
	}

	private String rejected(CityWorkspace workspace, MeasurementImportRejected rejected, Model model,
			HttpServletResponse response) {
		model.addAttribute("importErrors", rejected.errors());
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page.render(workspace, model);
	}

}
