package com.mgsleep.kb.web.openapi;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The parts of the API description that springdoc cannot read from the controllers: what
 * the API is and where it is served.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	@Bean
	OpenAPI apiDescriptionBase() {
		return new OpenAPI()
			.info(new Info().title("Magnesium & Sleep Evidence API")
				.version("1")
				.description("Read-only JSON over the knowledge base: claims with their verdicts, certainty and"
						+ " citations, the references, dosages, disagreements, topics, forms and articles, and"
						+ " search. Field names are stable. Errors are problem details (RFC 9457)."))
			// relative to the description itself, so that every instance, port and proxy
			// in
			// front serves the same bytes, and never taken from the request's Host header
			// (the description is a prepared page, shared by every reader)
			.servers(List.of(new Server().url("/").description("This site")));
	}

	@Bean
	OpenApiCustomizer apiConventions() {
		return new ApiConventions();
	}

	@Bean
	OpenApiCustomizer apiSchemas() {
		return new ApiSchemas();
	}

}
