package com.mgsleep.kb.web.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * One page as the controllers and templates rendered it, kept as immutable bytes.
 *
 * @param body the bytes
 * @param gzipped the same bytes compressed, or {@code null} when compressing does not pay
 * @param etag a strong entity tag derived from the bytes, so every instance started from
 * the same content gives the same one
 * @param headers the headers the controller set, such as {@code Content-Type}
 */
record PreparedPage(byte[] body, byte[] gzipped, String etag, List<Map.Entry<String, String>> headers) {

	/** Below this size the gzip header costs more than it saves. */
	private static final int COMPRESS_FROM = 256;

	static PreparedPage of(byte[] body, List<Map.Entry<String, String>> headers) {
		byte[] gzipped = (body.length >= COMPRESS_FROM) ? gzip(body) : null;
		return new PreparedPage(body, (gzipped != null && gzipped.length < body.length) ? gzipped : null, etag(body),
				List.copyOf(headers));
	}

	/** The {@code Content-Type} the controller gave it, or {@code null}. */
	String contentType() {
		return this.headers.stream()
			.filter((header) -> header.getKey().equalsIgnoreCase("Content-Type"))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	/** Whether a request's {@code If-None-Match} names this page's bytes. */
	boolean matches(String ifNoneMatch) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String tag : ifNoneMatch.split(",")) {
			String candidate = tag.strip();
			if (candidate.equals("*") || candidate.equals(this.etag) || candidate.equals("W/" + this.etag)) {
				return true;
			}
		}
		return false;
	}

	private static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
