package com.mgsleep.kb;

import java.time.Duration;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The liveness and readiness probes a load balancer or Kubernetes asks, over the real
 * content: both up once the application serves, and each following the application's
 * state.
 */
@SiteOverRealContent
class ProbeTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private HealthEndpointGroups groups;

	/**
	 * The search index is built on its own thread while the site starts; readiness waits
	 * for it.
	 */
	@BeforeEach
	void waitForTheStartToFinish() {
		await().atMost(Duration.ofSeconds(30)).until(() -> probe("readiness").statusCode() == 200);
	}

	@Test
	void probesWhenServingThenBothUp() {
		assertThat(probe("liveness")).satisfies((response) -> assertUp(response, true));
		assertThat(probe("readiness")).satisfies((response) -> assertUp(response, true));
		assertThat(probe("")).satisfies((response) -> assertUp(response, true));
	}

	@Test
	void readinessWhenRefusingTrafficThenOutOfServiceWhileLivenessStaysUp() {
		try {
			AvailabilityChangeEvent.publish(this.context, ReadinessState.REFUSING_TRAFFIC);
			assertUp(probe("readiness"), false);
			assertThat(probe("readiness").body()).contains("OUT_OF_SERVICE");
			assertUp(probe("liveness"), true);
		}
		finally {
			AvailabilityChangeEvent.publish(this.context, ReadinessState.ACCEPTING_TRAFFIC);
		}
		assertUp(probe("readiness"), true);
	}

	@Test
	void livenessWhenBrokenThenDown() {
		try {
			AvailabilityChangeEvent.publish(this.context, LivenessState.BROKEN);
			assertUp(probe("liveness"), false);
		}
		finally {
			AvailabilityChangeEvent.publish(this.context, LivenessState.CORRECT);
		}
		assertUp(probe("liveness"), true);
	}

	@Test
	void readinessWhenConfiguredThenWaitsForTheKnowledgeBase() {
		assertThat(this.groups.get("readiness").isMember("knowledgeBase")).isTrue();
		assertThat(this.groups.get("readiness").isMember("readinessState")).isTrue();
		assertThat(this.groups.get("liveness").isMember("knowledgeBase")).isFalse();
	}

	@Test
	void managementWhenAskedForOtherEndpointsThenOnlyHealthIsThere() {
		for (String path : new String[] { "/actuator/info", "/actuator/env", "/actuator/shutdown" }) {
			assertThat(new SiteClient(this.port).get(path, "*/*").statusCode()).as(path).isEqualTo(404);
		}
	}

	private HttpResponse<String> probe(String name) {
		return new SiteClient(this.port).get("/actuator/health" + (name.isEmpty() ? "" : "/" + name), "*/*");
	}

	private static void assertUp(HttpResponse<String> response, boolean up) {
		assertThat(response.statusCode()).isEqualTo(up ? 200 : 503);
		assertThat(response.body()).contains(up ? "\"status\":\"UP\"" : "\"status\":\"");
	}

}
