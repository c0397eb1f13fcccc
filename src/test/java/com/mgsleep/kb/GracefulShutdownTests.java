package com.mgsleep.kb;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the application (what SIGTERM does) finishes the request in flight: the server
 * stops taking connections first, and the reader already being answered still gets the
 * whole page.
 */
class GracefulShutdownTests {

	private final CountDownLatch entered = new CountDownLatch(1);

	private final CountDownLatch release = new CountDownLatch(1);

	private final CountDownLatch closing = new CountDownLatch(1);

	@Test
	void closeWhenRequestInFlightThenItFinishesAndNewConnectionsAreRefused() throws Exception {
		SpringApplication application = new SpringApplication(KnowledgeBaseApplication.class);
		application.addInitializers((context) -> ((GenericApplicationContext) context).registerBean("slowPage",
				FilterRegistrationBean.class, this::slowPage));
		application.addListeners((ContextClosedEvent event) -> this.closing.countDown());
		ConfigurableApplicationContext context = application.run("--kb.content-dir=src/test/resources/fixture-content",
				"--server.port=0", "--spring.datasource.url=jdbc:h2:mem:graceful-shutdown;DB_CLOSE_DELAY=-1",
				"--spring.main.banner-mode=off");
		int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
		CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient()
			.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/slow")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(this.entered.await(60, TimeUnit.SECONDS)).isTrue();

		Thread closer = new Thread(context::close);
		closer.start();
		assertThat(this.closing.await(60, TimeUnit.SECONDS)).isTrue();
		awaitConnectionsRefused(port);
		this.release.countDown();

		HttpResponse<String> response = inFlight.get(60, TimeUnit.SECONDS);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("finished");
		closer.join(60_000);
		assertThat(context.isActive()).isFalse();
	}

	/** A page that answers only when the test lets it, so it is in flight at the stop. */
	private FilterRegistrationBean<Filter> slowPage() {
		Filter filter = (request, response, chain) -> {
			this.entered.countDown();
			try {
				this.release.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			response.setContentType("text/plain");
			response.getOutputStream().write("finished".getBytes(StandardCharsets.UTF_8));
		};
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/slow");
		return registration;
	}

	/**
	 * Waits, a bounded number of tries, for the graceful stop to close the listening
	 * socket.
	 */
	private static void awaitConnectionsRefused(int port) throws InterruptedException {
		for (int attempt = 0; attempt < 600; attempt++) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("localhost", port), 1000);
			}
			catch (ConnectException ex) {
				return;
			}
			catch (IOException ex) {
				// any other failure to connect is as good
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the server still took connections while stopping");
	}

}
