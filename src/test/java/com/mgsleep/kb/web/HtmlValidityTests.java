package com.mgsleep.kb.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.mgsleep.kb.SiteClient;
import com.mgsleep.kb.SiteOverRealContent;
import com.mgsleep.kb.browser.SamplePages;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page, over the real content, passes the W3C Nu HTML checker without an
 * error.
 */
@SiteOverRealContent
class HtmlValidityTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JsonMapper json;

	static Stream<String> kinds() {
		return SamplePages.kinds();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void pageWhenCheckedByTheNuCheckerThenNoErrors(String kind) throws Exception {
		SiteClient site = new SiteClient(this.port);
		String path = new SamplePages(site).path(kind);
		String html = site.get(path).body();
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
		String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		Report parsed = this.json.readValue(report, Report.class);
		assertThat(parsed.messages()).as("Nu checker errors on %s", path)
			.filteredOn((message) -> "error".equals(message.get("type")))
			.isEmpty();
	}

	/** The checker's JSON report: its messages, each with a type, a text and a place. */
	record Report(List<Map<String, Object>> messages) {
	}

}
