package org.inclusivecities.platform.network.web;

import java.util.List;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.workspace.HomeLine;
import org.inclusivecities.platform.workspace.HomeSection;
import org.inclusivecities.platform.workspace.SecretariatSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The secretariat's home leads to the city management. */
@Configuration(proxyBeanMethods = false)
class CitiesSecretariatHome {

	@Bean
	SecretariatSection citiesSection(Cities cities) {
		return SecretariatSection.of(15, () -> new HomeSection("cities", "network.cities.title", "/admin/cities",
				List.of(HomeLine.info("network.cities.count", "/admin/cities", cities.countByStatus(CityStatus.MEMBER)))));
	}

}
