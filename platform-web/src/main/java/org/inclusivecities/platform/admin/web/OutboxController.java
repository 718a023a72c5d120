package org.inclusivecities.platform.admin.web;

import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.mail.OutboxMail;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The mails the platform sent or will send: how the secretariat reads mail when no SMTP server is set up. */
@Controller
class OutboxController {

	static final int PAGE_SIZE = 25;

	private final Outbox outbox;

	OutboxController(Outbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/admin/outbox")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<OutboxMail> mails = outbox.findAllByOrderByCreatedAtDesc(PageRequest.of(Math.max(0, page), PAGE_SIZE));
		model.addAttribute("mails", mails);
		return "admin/outbox";
	}

	@GetMapping("/admin/outbox/{id}")
	String read(@PathVariable String id, Model model) {
		model.addAttribute("mail", outbox.findById(id).orElseThrow(OutboxMailNotFound::new));
		return "admin/outbox-mail";
	}

	static class OutboxMailNotFound extends RuntimeException {

		OutboxMailNotFound() {
			super("No such mail");
		}

	}

}
