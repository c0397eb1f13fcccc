package com.mgsleep.kb.web;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON that is safe even where a client mistakes it for HTML: {@code <}, {@code >},
 * {@code &} and {@code '} are written as {@code \u003C} and so on, so text a reader typed
 * (a search query echoed by {@code /api/search}) never appears as markup.
 */
@Configuration(proxyBeanMethods = false)
public class JsonConfiguration {

	@Bean
	JsonFactoryBuilderCustomizer htmlSafeJson() {
		return (builder) -> builder.characterEscapes(new HtmlSafeEscapes());
	}

	static final class HtmlSafeEscapes extends CharacterEscapes {

		private final int[] escapes;

		HtmlSafeEscapes() {
			this.escapes = standardAsciiEscapesForJSON();
			for (char c : new char[] { '<', '>', '&', '\'' }) {
				this.escapes[c] = ESCAPE_STANDARD;
			}
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return this.escapes;
		}

		@Override
		public SerializableString getEscapeSequence(int ch) {
			return null;
		}

	}

}
