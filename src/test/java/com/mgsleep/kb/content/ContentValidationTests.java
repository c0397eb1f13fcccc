package com.mgsleep.kb.content;

import java.nio.file.Path;

import com.mgsleep.kb.model.PagesWhileStarting;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The start waits for the content check before the ORM starts, unless prepared pages of
 * the same content are answered meanwhile: then a broken folder still stops it, at the
 * import.
 */
class ContentValidationTests {

	private static final Path BROKEN = Path.of("src/test/resources/broken-content");

	@Test
	void awaitedWhenNoPagesAreAnsweredThenTheErrorsStopTheStartThere() {
		DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
		beanFactory.registerSingleton("checkedContent", new CheckedContent(BROKEN));

		assertThatExceptionOfType(InvalidContentException.class)
			.isThrownBy(() -> new ContentValidation.Awaited().postProcessBeanFactory(beanFactory))
			.satisfies((ex) -> assertThat(ex.getErrors()).hasSize(4));
	}

	@Test
	void awaitedWhenPagesAreAnsweredThenTheStartGoesOnAndTheImportGetsTheErrors() {
		DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
		CheckedContent content = new CheckedContent(BROKEN);
		beanFactory.registerSingleton("checkedContent", content);
		PagesWhileStarting pages = new PagesWhileStarting(3);
		beanFactory.registerSingleton("pagesWhileStarting", pages);

		new ContentValidation.Awaited().postProcessBeanFactory(beanFactory);
		pages.answering().complete(null);

		assertThatExceptionOfType(InvalidContentException.class).isThrownBy(content::take)
			.satisfies((ex) -> assertThat(ex.getErrors()).hasSize(4));
	}

}
