package com.mgsleep.kb.web.openapi;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What holds for every endpoint, added once here rather than on each controller: a tag
 * per resource ({@code /api/claims/{id}} is under {@code claims}) and the problem-details
 * answers {@code ErrorHandling} gives: 404 where a path names something, 400 where query
 * parameters are read, 406 everywhere.
 */
class ApiConventions implements OpenApiCustomizer {

	private static final String PROBLEM_JSON = "application/problem+json";

	@Override
	public void customise(OpenAPI api) {
		api.getPaths().forEach((path, item) -> item.readOperations().forEach((operation) -> {
			operation.setTags(List.of(path.split("/")[2]));
			addErrors(operation);
		}));
	}

	private static void addErrors(Operation operation) {
		List<Parameter> parameters = (operation.getParameters() != null) ? operation.getParameters() : List.of();
		if (parameters.stream().anyMatch((parameter) -> "path".equals(parameter.getIn()))) {
			operation.getResponses().addApiResponse("404", problem("Nothing has this id or key"));
		}
		if (parameters.stream().anyMatch((parameter) -> "query".equals(parameter.getIn()))) {
			operation.getResponses()
				.addApiResponse("400", problem("A parameter is not valid; the detail says what to change"));
		}
		operation.getResponses().addApiResponse("406", problem("The Accept header rules out JSON"));
	}

	private static ApiResponse problem(String description) {
		Schema<Object> reference = new Schema<>();
		reference.set$ref("#/components/schemas/" + ApiSchemas.PROBLEM);
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(reference)));
	}

}
