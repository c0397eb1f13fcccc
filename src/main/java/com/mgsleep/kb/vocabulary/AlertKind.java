package com.mgsleep.kb.vocabulary;

/**
 * GitHub alert types ({@code > [!NOTE]}); they render as highlighted notes and carry no
 * data.
 */
public enum AlertKind implements SlugEnum {

	NOTE, TIP, IMPORTANT, WARNING, CAUTION;

	public static AlertKind fromSlug(String slug) {
		return SlugEnum.fromSlug(AlertKind.class, slug);
	}

}
