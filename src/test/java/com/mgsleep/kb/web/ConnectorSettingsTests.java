package com.mgsleep.kb.web;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.mgsleep.kb.SiteOverRealContent;
import org.apache.catalina.connector.Connector;
import org.apache.tomcat.util.threads.VirtualThreadExecutor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connector the application runs on carries the settings that serve prepared pages
 * fast: one connection serves a busy client's requests without closing every hundred, a
 * page leaves in one write, and requests run on virtual threads where the JVM has them.
 */
@SiteOverRealContent
class ConnectorSettingsTests {

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

	@Test
	void connectionWhenItCarriesManyRequestsThenStaysOpen() throws IOException {
		int requests = 250;
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			InputStream in = new BufferedInputStream(socket.getInputStream());
			for (int i = 1; i <= requests; i++) {
				out.write("GET /favicon.svg HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
				String head = readHead(in);
				assertThat(head).as("response %d", i).startsWith("HTTP/1.1 200");
				assertThat(head.toLowerCase(Locale.ROOT)).as("response %d", i).doesNotContain("connection: close");
				in.skipNBytes(contentLength(head));
			}
		}
	}

	@Test
	void connectorThenWritesLargeBuffersAndUsesVirtualThreadsWhereAvailable() {
		Connector connector = ((TomcatWebServer) this.context.getWebServer()).getTomcat().getConnector();
		assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize"))).isEqualTo("32768");
		assertThat(String.valueOf(connector.getProperty("maxConnections"))).isEqualTo("1000");
		assertThat(connector.getProtocolHandler().getExecutor() instanceof VirtualThreadExecutor)
			.isEqualTo(Runtime.version().feature() >= 21);
	}

	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		while (matched < 4) {
			int b = in.read();
			if (b < 0) {
				throw new IOException("the server closed the connection after: " + head);
			}
			head.write(b);
			matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : ((b == '\r') ? 1 : 0);
		}
		return head.toString(StandardCharsets.US_ASCII);
	}

	private static long contentLength(String head) {
		for (String line : head.split("\r\n")) {
			if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
				return Long.parseLong(line.substring("content-length:".length()).strip());
			}
		}
		throw new AssertionError("no Content-Length in " + head);
	}

}
