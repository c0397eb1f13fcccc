package com.mgsleep.kb.export;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One answer of the application, exactly as it sent it.
 *
 * @param status the HTTP status
 * @param contentType the {@code Content-Type}, or an empty string
 * @param body the bytes, never decompressed or re-encoded
 */
record Fetched(int status, String contentType, byte[] body) {

	boolean isHtml() {
		return hasType("text/html");
	}

	boolean isJson() {
		return hasType("application/json");
	}

	boolean hasType(String type) {
		return this.contentType.toLowerCase(Locale.ROOT).startsWith(type);
	}

	/** Every text the site serves is UTF-8. */
	String text() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

}
