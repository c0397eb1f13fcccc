package com.mgsleep.kb.export;

import java.net.URI;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar app.jar --kb.export.dir=site}: once the application serves, exports it
 * through its own port and exits, 0 when the folder holds a complete copy, 1 with one
 * line saying why when not.
 */
@Component
@ConditionalOnProperty("kb.export.dir")
class ExportRunner implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(ExportRunner.class);

	private final ExportProperties properties;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	ExportRunner(ExportProperties properties, Environment environment, ConfigurableApplicationContext context) {
		this.properties = properties;
		this.environment = environment;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		int status = export();
		System.exit(SpringApplication.exit(this.context, () -> status));
	}

	private int export() {
		String host = this.environment.getProperty("server.address", ExportDefaults.ADDRESS);
		int port = this.environment.getRequiredProperty("local.server.port", Integer.class);
		try {
			ExportSummary summary = new StaticExport(URI.create("http://" + host + ":" + port),
					this.properties.pagefind())
				.export(this.properties.dir());
			logger.info(summary.describe());
			return 0;
		}
		catch (ExportException ex) {
			System.err.println("Static export failed: " + ex.getMessage());
			return 1;
		}
	}

}
