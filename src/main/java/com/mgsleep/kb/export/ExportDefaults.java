package com.mgsleep.kb.export;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * An export reads the application through its own port, which nobody else needs: unless
 * told otherwise it listens on a free port of the loopback interface, so an export never
 * clashes with a site already serving on 8080 or is reachable from outside.
 */
class ExportDefaults implements EnvironmentPostProcessor {

	static final String ADDRESS = "127.0.0.1";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("kb.export.dir")) {
			// last, so that any server.port or server.address given still wins
			environment.getPropertySources()
				.addLast(new MapPropertySource("static-export-defaults",
						Map.of("server.port", "0", "server.address", ADDRESS)));
		}
	}

}
