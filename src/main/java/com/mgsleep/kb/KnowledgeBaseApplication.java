package com.mgsleep.kb;

import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Magnesium &amp; Sleep Evidence: imports the Markdown knowledge base at startup and
 * serves it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KnowledgeBaseApplication {

	@Bean
	static OrmInBackground ormInBackground() {
		return new OrmInBackground();
	}

	public static void main(String[] args) {
		SpringApplication.run(KnowledgeBaseApplication.class, args);
	}

}
