package com.mgsleep.kb.content;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Content is checked before the other beans are made.
 */
@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

	/** Static, so it runs before the configuration's own instance is needed. */
	@Bean
	static ContentValidation contentValidation() {
		return new ContentValidation();
	}

	@Bean
	static ContentValidation.Awaited contentValidationAwaited() {
		return new ContentValidation.Awaited();
	}

}
