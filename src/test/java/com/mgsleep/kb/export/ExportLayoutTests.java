package com.mgsleep.kb.export;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ExportLayoutTests {

	private static final Fetched HTML = answer("text/html;charset=UTF-8");

	private static final Fetched JSON = answer("application/json");

	@Test
	void fileForWhenPageThenIndexOfItsFolder() {
		assertThat(ExportLayout.fileFor("/", HTML)).isEqualTo("index.html");
		assertThat(ExportLayout.fileFor("/claims", HTML)).isEqualTo("claims/index.html");
		assertThat(ExportLayout.fileFor("/claims/magnesium-helps", HTML))
			.isEqualTo("claims/magnesium-helps/index.html");
	}

	@Test
	void fileForWhenApiDocumentThenJsonIndexOfItsFolderSoItsItemsFitBelowIt() {
		assertThat(ExportLayout.fileFor("/api/claims", JSON)).isEqualTo("api/claims/index.json");
		assertThat(ExportLayout.fileFor("/api/claims/x", JSON)).isEqualTo("api/claims/x/index.json");
	}

	@Test
	void fileForWhenNameHasExtensionThenKeepsIt() {
		assertThat(ExportLayout.fileFor("/citations/abbasi-2012.bib", answer("application/x-bibtex")))
			.isEqualTo("citations/abbasi-2012.bib");
		assertThat(ExportLayout.fileFor("/citations/abbasi-2012.json",
				answer("application/vnd.citationstyles.csl+json;charset=UTF-8")))
			.isEqualTo("citations/abbasi-2012.json");
		assertThat(ExportLayout.fileFor("/sitemap.xml", answer("application/xml"))).isEqualTo("sitemap.xml");
		assertThat(ExportLayout.fileFor("/css/site-0123.css", answer("text/css"))).isEqualTo("css/site-0123.css");
	}

	@Test
	void fileForWhenNoExtensionAndNotPageOrDocumentThenRefused() {
		assertThatExceptionOfType(ExportException.class)
			.isThrownBy(() -> ExportLayout.fileFor("/download", answer("application/octet-stream")))
			.withMessageContaining("/download")
			.withMessageContaining("without an extension");
	}

	@Test
	void fileForWhenPathCouldLeaveTheFolderThenRefused() {
		for (String path : new String[] { "/../etc/passwd", "/claims/../../x", "/a//b", "/./x", "relative", "/a\\b" }) {
			assertThatExceptionOfType(ExportException.class).as(path)
				.isThrownBy(() -> ExportLayout.fileFor(path, HTML))
				.withMessageContaining("not a plain site path");
		}
	}

	@Test
	void pathOfWhenFileThenTheAddressFileForGaveItTo() {
		for (String path : new String[] { "/", "/claims", "/claims/x", "/sitemap.xml" }) {
			Fetched answer = path.endsWith(".xml") ? answer("application/xml") : HTML;
			assertThat(ExportLayout.pathOf(ExportLayout.fileFor(path, answer))).isEqualTo(path);
		}
		assertThat(ExportLayout.pathOf("api/claims/index.json")).isEqualTo("/api/claims");
	}

	@Test
	void encodeSegmentWhenReservedCharactersThenPercentEncoded() {
		assertThat(ExportLayout.encodeSegment("a b/c?d")).isEqualTo("a%20b%2Fc%3Fd");
		assertThat(ExportLayout.encodeSegment("abbasi-2012")).isEqualTo("abbasi-2012");
	}

	private static Fetched answer(String contentType) {
		return new Fetched(200, contentType, "x".getBytes(StandardCharsets.UTF_8));
	}

}
