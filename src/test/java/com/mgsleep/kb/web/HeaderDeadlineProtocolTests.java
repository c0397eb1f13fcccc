package com.mgsleep.kb.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connector on a bare Tomcat with a one-second deadline and Tomcat's own timeouts far
 * longer: a request whose headers trickle in is closed, while a whole request, and an
 * idle connection between two requests, are left alone.
 */
class HeaderDeadlineProtocolTests {

	@TempDir
	Path base;

	private Tomcat tomcat;

	private int port;

	@BeforeEach
	void start() throws LifecycleException {
		this.tomcat = new Tomcat();
		this.tomcat.setBaseDir(this.base.toString());
		Connector connector = new Connector(HeaderDeadlineProtocol.class.getName());
		connector.setPort(0);
		connector.setProperty("connectionTimeout", "60000");
		((HeaderDeadlineProtocol) connector.getProtocolHandler()).setHeaderReadTimeout(1000);
		this.tomcat.setConnector(connector);
		Context context = this.tomcat.addContext("", null);
		Tomcat.addServlet(context, "ok", new HttpServlet() {
			@Override
			protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
				response.setContentType("text/plain");
				response.getWriter().write("ok");
			}
		});
		context.addServletMappingDecoded("/", "ok");
		this.tomcat.start();
		this.port = connector.getLocalPort();
	}

	@AfterEach
	void stop() throws LifecycleException {
		this.tomcat.stop();
		this.tomcat.destroy();
	}

	@Test
	void requestWhenHeadersTrickleInThenConnectionIsClosed() throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
			// a byte every 200 ms keeps Tomcat's 60 s read timeout from ever firing
			boolean closed = false;
			for (int i = 0; i < 100 && !closed; i++) {
				Thread.sleep(200);
				try {
					out.write('a');
					out.flush();
				}
				catch (SocketException ex) {
					closed = true;
				}
			}
			assertThat(closed).as("closed while its headers were still arriving").isTrue();
		}
	}

	@Test
	void requestWhenWholeThenAnsweredAndIdleConnectionKeptForTheNext() throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			assertThat(exchange(socket)).startsWith("HTTP/1.1 200");
			// idle well past the deadline: between requests only keepAliveTimeout counts
			Thread.sleep(2500);
			assertThat(exchange(socket)).startsWith("HTTP/1.1 200");
		}
	}

	private static String exchange(Socket socket) throws IOException {
		socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		InputStream in = socket.getInputStream();
		StringBuilder answer = new StringBuilder();
		while (!answer.toString().endsWith("ok")) {
			int next = in.read();
			if (next < 0) {
				break;
			}
			answer.append((char) next);
		}
		return answer.toString();
	}

}
