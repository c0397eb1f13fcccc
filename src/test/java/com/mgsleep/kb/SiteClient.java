package com.mgsleep.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the application under test: pages as text, the JSON API as maps
 * and lists. Redirects are not followed, so a test sees every status as sent.
 */
public final class SiteClient {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String baseUrl;

	public SiteClient(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * Sends a GET, as a browser would, for a path that is already percent-encoded where
	 * it needs to be.
	 * @param path such as {@code /claims?verdict=limited}
	 * @return the response with its body as text
	 */
	public HttpResponse<String> get(String path) {
		return get(path, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
	}

	/**
	 * Sends a GET with the given {@code Accept} header.
	 * @param path such as {@code /sitemap.xml}
	 * @param accept such as {@code application/json}
	 * @return the response with its body as text
	 */
	public HttpResponse<String> get(String path, String accept) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + path)).header("Accept", accept).build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A JSON array of objects from the API, such as {@code /api/claims}. */
	public List<Map<String, Object>> getList(String path) {
		return this.json.readValue(ok(path), new TypeReference<>() {
		});
	}

	/** A JSON object from the API, such as {@code /api/citations/abbasi-2012}. */
	public Map<String, Object> getObject(String path) {
		return this.json.readValue(ok(path), new TypeReference<>() {
		});
	}

	private String ok(String path) {
		HttpResponse<String> response = get(path);
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
		}
		return response.body();
	}

}
