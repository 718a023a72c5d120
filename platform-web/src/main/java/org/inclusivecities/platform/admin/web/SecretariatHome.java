package org.inclusivecities.platform.admin.web;

import java.util.ArrayList;
import java.util.List;

import org.inclusivecities.platform.join.NetworkApplications;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.workspace.HomeLine;
import org.inclusivecities.platform.workspace.HomeSection;
import org.inclusivecities.platform.workspace.SecretariatSection;
import org.inclusivecities.platform.workspace.WaitingItem;
import org.inclusivecities.platform.workspace.WaitingItems;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The secretariat's own parts of its home: applications to join waiting for a decision, the outbox with its failed
 * mails; pending applications and failed mails wait for every network
 * admin.
 */
@Configuration(proxyBeanMethods = false)
class SecretariatHome implements WaitingItems {

	private final NetworkApplications applications;

	private final Outbox outbox;

	SecretariatHome(NetworkApplications applications, Outbox outbox) {
		this.applications = applications;
		this.outbox = outbox;
	}

	@Bean
	SecretariatSection applicationsSection() {
		return SecretariatSection.of(10, () -> {
			long pending = applications.pendingCount();
			return new HomeSection("applications", "admin.applications.title", "/admin/applications",
					List.of(pending > 0 ? HomeLine.action("admin.pending.count", "/admin/applications", pending)
							: HomeLine.info("admin.pending.count", "/admin/applications", pending)));
		});
	}

	@Bean
	SecretariatSection outboxSection() {
		return SecretariatSection.of(80, () -> {
			long failed = outbox.countByStatus(OutboxMail.Status.FAILED);
			return new HomeSection("outbox", "admin.outbox.title", "/admin/outbox",
					List.of(failed > 0 ? HomeLine.action("workspace.secretariat.failed", "/admin/outbox?failed=true", failed)
							: HomeLine.info("admin.outbox.lead", "/admin/outbox")));
		});
	}

	@Override
	public List<WaitingItem> waitingFor(Person person, List<CityWorkspace> workspaces) {
		if (!person.isNetworkAdmin()) {
			return List.of();
		}
		long pending = applications.pendingCount();
		long failed = outbox.countByStatus(OutboxMail.Status.FAILED);
		List<WaitingItem> items = new ArrayList<>();
		if (pending > 0) {
			items.add(WaitingItem.elsewhere(SECRETARIAT, "admin.pending.count", "/admin/applications", null, pending));
		}
		if (failed > 0) {
			items.add(WaitingItem.elsewhere(SECRETARIAT, "workspace.secretariat.failed", "/admin/outbox?failed=true", null, failed));
		}
		return items;
	}

}
