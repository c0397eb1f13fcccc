package com.mgsleep.kb.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 request written byte for byte on a socket of its own, so that a test can
 * send what no HTTP client would: any method, undecodable bytes in the address, a forged
 * or broken {@code Host}. The answer is read to the end ({@code Connection: close}).
 *
 * @param method the method, sent as is
 * @param target the request target, sent as is (ISO-8859-1, so any byte can be given)
 * @param headers header lines without the line ends; {@code Host} is added unless one is
 * given (a {@code null} value leaves it out)
 */
record RawRequest(String method, String target, Map<String, String> headers) {

	RawRequest withHeader(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(this.headers);
		more.put(name, value);
		return new RawRequest(this.method, this.target, more);
	}

	Response send(int port) {
		StringBuilder request = new StringBuilder(this.method).append(' ').append(this.target).append(" HTTP/1.1\r\n");
		if (!this.headers.containsKey("Host")) {
			request.append("Host: localhost:").append(port).append("\r\n");
		}
		this.headers.forEach((name, value) -> {
			if (value != null) {
				request.append(name).append(": ").append(value).append("\r\n");
			}
		});
		request.append("Connection: close\r\n\r\n");
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			return Response.parse(readAll(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(this.method + " " + this.target, ex);
		}
	}

	private static String readAll(InputStream in) throws IOException {
		return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
	}

	@Override
	public String toString() {
		return this.method + " " + ((this.target.length() > 80) ? this.target.substring(0, 80) + "..." : this.target)
				+ " " + this.headers;
	}

	/**
	 * An answer as sent: status, headers by lower-case name, and the rest.
	 *
	 * @param status the status code, or 0 when the server sent nothing readable
	 * @param headers the headers by lower-case name (the last of repeated ones)
	 * @param body everything after the headers, undecoded
	 */
	record Response(int status, Map<String, String> headers, String body) {

		static Response parse(String raw) {
			int end = raw.indexOf("\r\n\r\n");
			String head = (end >= 0) ? raw.substring(0, end) : raw;
			String[] lines = head.split("\r\n");
			if (lines.length == 0 || !lines[0].startsWith("HTTP/1.1 ") || lines[0].length() < 12) {
				return new Response(0, Map.of(), raw);
			}
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				if (colon > 0) {
					headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
							lines[i].substring(colon + 1).strip());
				}
			}
			return new Response(Integer.parseInt(lines[0].substring(9, 12)), headers,
					(end >= 0) ? raw.substring(end + 4) : "");
		}

	}

}
