package org.inclusivecities.platform.admin.web;

import java.util.Locale;

import org.inclusivecities.platform.mail.FailedMails;
import org.inclusivecities.platform.refusal.NotFound;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.mail.OutboxMail;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mails the platform sent or will send: how the secretariat reads mail when no SMTP server is set up, and
 * sends failed mails again.
 */
@Controller
class OutboxController {

	static final int PAGE_SIZE = 25;

	private final Outbox outbox;

	private final FailedMails failedMails;

	private final MessageSource messages;

	OutboxController(Outbox outbox, FailedMails failedMails, MessageSource messages) {
		this.outbox = outbox;
		this.failedMails = failedMails;
		this.messages = messages;
	}

	@GetMapping("/admin/outbox")
	String list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean failed,
			Model model) {
		var pageable = PageRequest.of(Math.max(0, page), PAGE_SIZE);
		Page<OutboxMail> mails = failed ? failedMails.list(pageable) : outbox.findAllByOrderByCreatedAtDesc(pageable);
		model.addAttribute("mails", mails);
		model.addAttribute("failedOnly", failed);
		model.addAttribute("failedCount", failedMails.count());
		return "admin/outbox";
	}

	@GetMapping("/admin/outbox/{id}")
	String read(@PathVariable String id, Model model) {
		model.addAttribute("mail", outbox.findById(id).orElseThrow(OutboxMailNotFound::new));
		return "admin/outbox-mail";
	}

	@PostMapping("/admin/outbox/{id}/retry")
	String retry(@PathVariable String id, RedirectAttributes redirect, Locale locale) {
		OutboxMail mail = failedMails.retry(id).orElseThrow(OutboxMailNotFound::new);
		redirect.addFlashAttribute("flash",
				messages.getMessage("admin.outbox.retried", new Object[] { mail.getSubject() }, locale));
		return "redirect:/admin/outbox";
	}

	@PostMapping("/admin/outbox/retry-failed")
	String retryAll(RedirectAttributes redirect, Locale locale) {
		int queued = failedMails.retryAll();
		redirect.addFlashAttribute("flash", messages.getMessage("admin.outbox.retriedAll", new Object[] { queued }, locale));
		return "redirect:/admin/outbox";
	}

	static class OutboxMailNotFound extends NotFound {

		OutboxMailNotFound() {
			super("No such mail", "admin.notfound.text");
		}

		@Override
		public String titleKey() {
			return "admin.notfound.title";
		}

	}

}
