package com.mgsleep.kb.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An enum whose constants are written in content and URLs as lowercase slugs
 * ({@code MIS_CITED} is {@code mis-cited}).
 */
public interface SlugEnum {

	String name();

	default String getSlug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * The constant written as {@code slug}.
	 * @param <E> the enum type
	 * @param type the enum class
	 * @param slug the slug
	 * @return the constant
	 * @throws IllegalArgumentException when no constant has that slug
	 */
	static <E extends Enum<E>> E fromSlug(Class<E> type, String slug) {
		return Enum.valueOf(type, slug.toUpperCase(Locale.ROOT).replace('-', '_'));
	}

	/**
	 * The slugs of every constant, in declaration order.
	 * @param type the enum class
	 * @return the slugs
	 */
	static List<String> slugs(Class<? extends SlugEnum> type) {
		return Arrays.stream(type.getEnumConstants()).map(SlugEnum::getSlug).toList();
	}

}
