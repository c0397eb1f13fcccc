package com.mgsleep.kb.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTests {

	@Test
	void ofWhenHeadingsAndListItemsThenEachEndsASentence() {
		assertThat(PlainText.of("<h2>Glycinate: what it is</h2>\n<p>A chelate.</p><ul><li><a href=\"/x\">one</a></li>"
				+ "<li>Two.</li></ul><h3>Why?</h3>"))
			.isEqualTo("Glycinate: what it is. A chelate. one. Two. Why?");
	}

	@Test
	void ofWhenTagsLeaveSpacesThenTheyAreTidied() {
		assertThat(PlainText.of("see\n <a href=\"/a\">reading the label</a> . It &amp; <em>it</em>, too"))
			.isEqualTo("see reading the label. It & it, too");
	}

}
