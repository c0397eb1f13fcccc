package com.mgsleep.kb.browser;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.ResultType;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.mgsleep.kb.SiteClient;
import com.mgsleep.kb.SiteOverRealContent;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core finds no serious or critical accessibility problem on any kind of page. Each
 * page is scanned twice: light on a 390 px phone and dark on a 1280 px desktop, which
 * between them check every colour and both layouts.
 */
@SiteOverRealContent
class AccessibilityBrowserTests {

	private static final List<String> BLOCKING = List.of("serious", "critical");

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	static Stream<Arguments> pagesInBothSchemesAndWidths() {
		return SamplePages.kinds()
			.flatMap((kind) -> Stream.of(Arguments.of(kind, "light", Browser.NARROW),
					Arguments.of(kind, "dark", Browser.WIDE)));
	}

	@ParameterizedTest(name = "{0} ({1}, {2} px)")
	@MethodSource("pagesInBothSchemesAndWidths")
	void pageWhenScannedByAxeThenNoSeriousOrCriticalViolations(String kind, String scheme, int width) {
		browser.useColorScheme(scheme);
		browser.useWidth(width);
		browser.open(new SamplePages(new SiteClient(this.port)).path(kind));
		Results results = new AxeBuilder().disableIframeTesting()
			.withOptions(violationsOnly())
			.analyze(browser.driver());
		assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
		List<Rule> blocking = results.getViolations()
			.stream()
			.filter((rule) -> BLOCKING.contains(rule.getImpact()))
			.toList();
		assertThat(blocking)
			.withFailMessage("axe violations on %s, %s, %d px:%n%s", browser.path(), scheme, width, describe(blocking))
			.isEmpty();
	}

	/** Leaves out the passes, which make the results many times larger. */
	private static AxeRunOptions violationsOnly() {
		AxeRunOptions options = new AxeRunOptions();
		options.setResultTypes(List.of(ResultType.Violations.name().toLowerCase()));
		return options;
	}

	private static String describe(List<Rule> rules) {
		return rules.stream().map(AccessibilityBrowserTests::describe).collect(Collectors.joining("\n"));
	}

	private static String describe(Rule rule) {
		return "  " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + "\n"
				+ rule.getNodes()
					.stream()
					.map((node) -> "    " + node.getTarget() + " " + node.getHtml() + "\n      "
							+ node.getFailureSummary().replace("\n", "\n      "))
					.collect(Collectors.joining("\n"));
	}

}
