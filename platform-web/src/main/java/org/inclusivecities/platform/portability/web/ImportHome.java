package org.inclusivecities.platform.portability.web;

import java.util.List;

import org.inclusivecities.platform.workspace.HomeLine;
import org.inclusivecities.platform.workspace.HomeSection;
import org.inclusivecities.platform.workspace.SecretariatSection;

import org.springframework.stereotype.Component;

/** Moving a city in from another installation, on the secretariat's home. */
@Component
class ImportHome implements SecretariatSection {

	@Override
	public int order() {
		return 90;
	}

	@Override
	public HomeSection contribute() {
		return new HomeSection("import", "workspace.secretariat.import", "/admin/import",
				List.of(HomeLine.info("portability.import.link", "/admin/import")));
	}

}
