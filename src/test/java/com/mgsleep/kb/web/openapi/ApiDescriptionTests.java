package com.mgsleep.kb.web.openapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.mgsleep.kb.SiteClient;
import com.mgsleep.kb.SiteOverRealContent;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description at {@code /v3/api-docs}, over the real content: every
 * {@code /api} route is in it with its answers, it is valid OpenAPI 3.1, and what the API
 * really writes fits it.
 */
@SiteOverRealContent
class ApiDescriptionTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private SiteClient site;

	private Map<String, Object> description;

	@BeforeEach
	void readDescription() {
		this.site = new SiteClient(this.port);
		this.description = this.site.getObject("/v3/api-docs");
	}

	@Test
	void apiDocsWhenReadThenValidOpenApi31WithoutMessages() {
		String body = this.site.get("/v3/api-docs", "application/json").body();
		SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(body);
		assertThat(parsed.getMessages()).isEmpty();
		assertThat(parsed.getOpenAPI().getSpecVersion()).isEqualTo(SpecVersion.V31);
		assertThat(this.description.get("openapi")).asString().startsWith("3.1.");
	}

	@Test
	void apiDocsWhenReadThenEveryApiRouteIsDescribedWithItsAnswers() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			info.getPatternValues().stream().filter((pattern) -> pattern.startsWith("/api/")).forEach((pattern) -> {
				assertThat(info.getMethodsCondition().getMethods()).as(pattern).containsExactly(RequestMethod.GET);
				routes.add(pattern);
			});
		}
		assertThat(routes).hasSizeGreaterThanOrEqualTo(10).contains("/api/claims/{id}", "/api/search");
		assertThat(paths().keySet()).as("only /api is described").containsExactlyInAnyOrderElementsOf(routes);
		for (String route : routes) {
			Map<String, Object> operation = map(map(paths().get(route)).get("get"));
			assertThat(operation.get("summary")).as(route).isNotNull();
			Map<String, Object> responses = map(operation.get("responses"));
			assertThat(schemaOf(responses, "200", "application/json")).as(route).isNotEmpty();
			assertThat(schemaOf(responses, "406", "application/problem+json")).containsEntry("$ref",
					"#/components/schemas/Problem");
			if (route.contains("{")) {
				assertThat(schemaOf(responses, "404", "application/problem+json")).as(route).isNotEmpty();
			}
		}
		assertThat(schemaOf(responses("/api/search"), "400", "application/problem+json")).isNotEmpty();
	}

	@Test
	void apiDocsWhenReadThenEverySchemaAndFieldIsDescribed() {
		Map<String, Object> schemas = map(map(this.description.get("components")).get("schemas"));
		assertThat(schemas).containsKeys("Claim", "Citation", "Dosage", "SearchResults", "Problem");
		schemas.forEach((name, schema) -> {
			assertThat(map(schema).get("description")).as(name).isNotNull();
			map(map(schema).get("properties"))
				.forEach((field, property) -> assertThat(map(property)).as(name + "." + field)
					.satisfiesAnyOf((p) -> assertThat(p).containsKey("description"),
							(p) -> assertThat(p).containsKey("$ref")));
		});
		assertThat(map(map(map(schemas.get("Claim")).get("properties")).get("verdict")).get("enum"))
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.containsExactly("supported", "limited", "mixed", "unsupported", "contradicted", "general-advice");
	}

	@Test
	void apiAnswersWhenCheckedAgainstTheDescriptionThenFitIt() {
		String claim = (String) this.site.getList("/api/claims").get(0).get("id");
		String citation = (String) this.site.getList("/api/citations").get(0).get("key");
		Map<String, String> examples = Map.of("/api/claims/{id}", "/api/claims/" + claim, "/api/citations/{key}",
				"/api/citations/" + citation, "/api/search", "/api/search?q=magnesium+sleep", "/api/outcomes/{slug}",
				"/api/outcomes/time-to-fall-asleep");
		List<String> problems = new ArrayList<>();
		for (String route : paths().keySet()) {
			String path = examples.getOrDefault(route, route);
			HttpResponse<String> response = this.site.get(path, "application/json");
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			new SchemaCheck(map(map(this.description.get("components")).get("schemas")), problems).check(
					JSON.readValue(response.body(), Object.class),
					schemaOf(responses(route), "200", "application/json"), path);
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void apiErrorsWhenCheckedAgainstTheDescriptionThenFitTheProblemSchema() {
		List<String> problems = new ArrayList<>();
		Map<String, Object> schemas = map(map(this.description.get("components")).get("schemas"));
		for (String path : List.of("/api/claims/no-such-claim", "/api/search?page=0")) {
			HttpResponse<String> response = this.site.get(path, "application/json");
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			new SchemaCheck(schemas, problems).check(JSON.readValue(response.body(), Object.class),
					Map.of("$ref", "#/components/schemas/Problem"), path);
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void apiDocsWhenReadThenAddressesAreNotTakenFromTheRequest() {
		// the request went to a random port; an address taken from it would name that
		// port
		assertThat(this.description.get("servers")).isEqualTo(List.of(Map.of("url", "/", "description", "This site")));
		assertThat(this.site.getObject("/v3/api-docs/swagger-config").get("oauth2RedirectUrl"))
			.isEqualTo("http://localhost:8080/swagger-ui/oauth2-redirect.html");
	}

	@Test
	void apiDocsWhenAskedAgainWithItsEtagThenNotModified() throws Exception {
		HttpResponse<String> first = this.site.get("/v3/api-docs", "application/json");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpRequest again = HttpRequest.newBuilder(URI.create(this.site.baseUrl() + "/v3/api-docs"))
			.header("If-None-Match", etag)
			.build();
		assertThat(HttpClient.newHttpClient().send(again, HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(304);
	}

	@Test
	void apiUiWhenServedThenFromTheAppItselfWithInlineStylesAllowedOnlyThere() {
		assertThat(this.site.get("/swagger-ui.html").headers().firstValue("Location"))
			.hasValue("/swagger-ui/index.html");
		for (int time = 1; time <= 2; time++) {
			// the second answer comes from the prepared pages, with the headers of the
			// first
			HttpResponse<String> ui = this.site.get("/swagger-ui/index.html");
			assertThat(ui.statusCode()).isEqualTo(200);
			assertThat(ui.body()).contains("<script src=\"./swagger-ui-bundle.js\"").doesNotContain("://");
			assertThat(ui.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
					(policy) -> assertThat(policy).contains("style-src 'self' 'unsafe-inline';", "script-src 'self';"));
		}
		assertThat(this.site.get("/swagger-ui/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
		assertThat(this.site.get("/swagger-ui/swagger-initializer.js").body())
			.contains("\"configUrl\" : \"/v3/api-docs/swagger-config\"");
		assertThat(this.site.get("/").headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((policy) -> assertThat(policy).doesNotContain("unsafe-inline"));
	}

	private Map<String, Object> paths() {
		return map(this.description.get("paths"));
	}

	private Map<String, Object> responses(String route) {
		return map(map(map(paths().get(route)).get("get")).get("responses"));
	}

	private static Map<String, Object> schemaOf(Map<String, Object> responses, String status, String type) {
		Object response = responses.get(status);
		if (response == null) {
			return Map.of();
		}
		return map(map(map(map(response).get("content")).get(type)).get("schema"));
	}

	static Map<String, Object> map(Object value) {
		if (value == null) {
			return Map.of();
		}
		return JSON.convertValue(value, new TypeReference<>() {
		});
	}

}
