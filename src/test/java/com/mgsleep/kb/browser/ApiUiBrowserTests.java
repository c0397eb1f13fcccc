package com.mgsleep.kb.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.mgsleep.kb.SiteClient;
import com.mgsleep.kb.SiteOverRealContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's UI, served by the application itself, works in a real browser under the
 * site's Content-Security-Policy: it lists every endpoint and runs a request.
 */
@SiteOverRealContent
class ApiUiBrowserTests {

	/**
	 * Collects every Content-Security-Policy violation from the page's first script on.
	 */
	private static final String RECORD_VIOLATIONS = "window.cspViolations = [];"
			+ "document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push("
			+ "e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));";

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	@Test
	void apiUiWhenTryingAClaimThenShowsItsJsonWithoutPolicyViolations() {
		String claim = (String) new SiteClient(this.port).getList("/api/claims").get(0).get("id");
		((ChromeDriver) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
				Map.of("source", RECORD_VIOLATIONS));
		browser.open("/swagger-ui.html");
		WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
		wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 9));
		List<String> paths = browser.driver()
			.findElements(By.cssSelector(".opblock-summary-path"))
			.stream()
			.map((element) -> element.getAttribute("data-path"))
			.toList();
		assertThat(paths).contains("/api/claims", "/api/claims/{id}", "/api/search");

		WebElement operation = browser.driver().findElement(By.id("operations-claims-showClaim"));
		operation.findElement(By.cssSelector(".opblock-summary-control")).click();
		// the operation opens with an animation: wait for each control instead of finding
		// it at once
		wait.until(
				ExpectedConditions.elementToBeClickable(By.cssSelector("#operations-claims-showClaim .try-out__btn")))
			.click();
		wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#operations-claims-showClaim input[placeholder='id']")))
			.sendKeys(claim);
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#operations-claims-showClaim .execute")))
			.click();
		WebElement body = wait.until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(operation,
				By.cssSelector(".live-responses-table .response-col_description pre")))
			.get(0);
		assertThat(body.getText()).contains("\"id\": \"" + claim + "\"");
		browser.screenshot("api-ui");
		assertThat(browser.script("return window.cspViolations")).asList().isEmpty();
	}

}
