package com.mgsleep.kb.browser;

import java.util.List;
import java.util.Map;

import com.mgsleep.kb.SiteClient;
import com.mgsleep.kb.SiteOverRealContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reference page offers to copy each formatted reference, and what lands on the
 * clipboard is the reference as shown.
 */
@SiteOverRealContent
class CopyCitationBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	@Test
	void copyButtonWhenClickedThenTheFormattedReferenceIsOnTheClipboard() {
		String path = new SamplePages(new SiteClient(this.port)).path("/citations/{key}");
		((ChromeDriver) browser.driver()).executeCdpCommand("Browser.grantPermissions",
				Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
		browser.open(path);
		List<WebElement> buttons = browser.driver().findElements(By.cssSelector("button.copy-button"));
		assertThat(buttons).extracting((button) -> button.getDomAttribute("aria-label"))
			.containsExactly("Copy the Vancouver citation", "Copy the APA citation", "Copy the BibTeX entry");
		WebElement vancouver = browser.driver().findElement(By.cssSelector("dd.copyable"));
		String shown = (String) browser.script(
				"return arguments[0].firstChild ? arguments[0].textContent.replace(/\\s*Copy(ed)?$/, '').trim() : ''",
				vancouver);
		buttons.get(0).click();
		String copied = (String) ((ChromeDriver) browser.driver())
			.executeAsyncScript("navigator.clipboard.readText().then(arguments[arguments.length - 1])");
		assertThat(shown).isNotBlank();
		assertThat(copied).isEqualTo(shown);
		assertThat(buttons.get(0).getText()).isEqualTo("Copied");
		assertThat(browser.script("return document.querySelector(\"main [role='status']\").textContent"))
			.isEqualTo("The Vancouver citation was copied.");
	}

}
