package org.inclusivecities.platform.opendata;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

import org.springframework.context.annotation.Configuration;

/** The title and description of the open-data API documented at /v3/api-docs and /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Inclusive Cities open data", version = "v1",
		description = "The public directory of the International Community of Inclusive Cities: member cities, "
				+ "filtered, sorted and paginated. Errors are RFC 9457 problem+json."))
class OpenDataApiDocs {

}
