package com.mgsleep.kb.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A plain static file server over a folder, as nginx serves one with the configuration
 * {@code docs/operations.md} gives: a folder's address without a trailing slash is
 * redirected to the one with it (query kept), a folder answers with its
 * {@code index.html} or {@code index.json}, the type comes from the file's extension, and
 * a missing file gets {@code 404.html}. Query strings are ignored. Nothing of the
 * application runs here.
 */
public final class StaticFileServer implements AutoCloseable {

	private static final List<String> INDEXES = List.of("index.html", "index.json");

	private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css", "js",
			"text/javascript", "json", "application/json", "xml", "application/xml", "txt", "text/plain; charset=utf-8",
			"svg", "image/svg+xml", "bib", "application/x-bibtex", "wasm", "application/wasm");

	private final Path root;

	private final HttpServer server;

	private final ExecutorService threads = Executors.newFixedThreadPool(4);

	private StaticFileServer(Path root) throws IOException {
		this.root = root.toAbsolutePath().normalize();
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::answer);
		this.server.setExecutor(this.threads);
		this.server.start();
	}

	/** Serves the folder on a free port of the loopback interface until closed. */
	public static StaticFileServer serve(Path folder) {
		try {
			return new StaticFileServer(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Such as {@code http://localhost:41234}. */
	public String baseUrl() {
		return "http://localhost:" + this.server.getAddress().getPort();
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}

	private void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			Path file = this.root.resolve(path.substring(1)).normalize();
			if (!file.startsWith(this.root)) {
				send(exchange, 404, this.root.resolve("404.html"));
			}
			else if (Files.isDirectory(file) && !path.endsWith("/")) {
				String query = exchange.getRequestURI().getRawQuery();
				exchange.getResponseHeaders()
					.set("Location",
							exchange.getRequestURI().getRawPath() + "/" + ((query != null) ? "?" + query : ""));
				exchange.sendResponseHeaders(301, -1);
			}
			else if (Files.isDirectory(file)) {
				Path index = INDEXES.stream().map(file::resolve).filter(Files::isRegularFile).findFirst().orElse(null);
				send(exchange, (index != null) ? 200 : 404, (index != null) ? index : this.root.resolve("404.html"));
			}
			else if (Files.isRegularFile(file)) {
				send(exchange, 200, file);
			}
			else {
				send(exchange, 404, this.root.resolve("404.html"));
			}
		}
	}

	private void send(HttpExchange exchange, int status, Path file) throws IOException {
		byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
		String name = file.getFileName().toString();
		String extension = name.substring(name.lastIndexOf('.') + 1);
		exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
		boolean head = exchange.getRequestMethod().equals("HEAD");
		exchange.sendResponseHeaders(status, (head || body.length == 0) ? -1 : body.length);
		if (!head) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

}
