package com.mgsleep.kb.export;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Reads the running application over HTTP, as a browser following a link would, so that
 * the controllers and templates stay the only renderers and every exported file holds the
 * bytes the application serves. Redirects are not followed: a static copy cannot
 * redirect, so the export reports them.
 */
final class SiteReader {

	/** What a browser sends for a link it follows. */
	private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final URI base;

	/**
	 * @param base the application's own address, such as {@code http://127.0.0.1:8080}
	 */
	SiteReader(URI base) {
		this.base = base;
	}

	URI base() {
		return this.base;
	}

	/**
	 * GETs an address of the application.
	 * @param address a path with its query, percent-encoded, such as {@code /claims/x}
	 * @return the answer, uncompressed because no {@code Accept-Encoding} is sent
	 */
	Fetched get(String address) {
		HttpRequest request = HttpRequest.newBuilder(this.base.resolve(address))
			.header("Accept", ACCEPT)
			.timeout(Duration.ofMinutes(1))
			.build();
		try {
			HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			return new Fetched(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new ExportException("cannot read " + address + " from the application at " + this.base + ": " + ex,
					ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ExportException("interrupted while reading " + address, ex);
		}
	}

}
