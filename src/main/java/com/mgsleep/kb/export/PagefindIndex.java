package com.mgsleep.kb.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Indexes the exported pages with Pagefind, which writes the index and its search
 * interface into {@code pagefind/} of the folder: search then runs in the reader's
 * browser, with no server and nothing from another site. Pagefind comes from npm
 * ({@code npm ci} installs the version {@code package.json} pins); without it the site is
 * still exported, and the search page says search is not available.
 */
final class PagefindIndex {

	/**
	 * What the index reads: the main content, without breadcrumbs, contents and filters.
	 */
	static final List<String> OPTIONS = List.of("--root-selector", "main", "--exclude-selectors", "nav, form");

	private static final Log logger = LogFactory.getLog(PagefindIndex.class);

	/** Pagefind indexes the site's few hundred pages in about a second. */
	private static final long TIMEOUT_MINUTES = 5;

	private final Path executable;

	/**
	 * @param executable the {@code pagefind} command, or {@code null} to export without
	 * search
	 */
	PagefindIndex(Path executable) {
		this.executable = executable;
	}

	/**
	 * Indexes every HTML file in the folder.
	 * @return whether the index was built; {@code false}, with a warning saying how to
	 * install Pagefind, when it is not installed
	 * @throws ExportException when Pagefind is there but fails
	 */
	boolean index(Path folder) {
		if (this.executable == null) {
			return false;
		}
		if (!Files.isExecutable(this.executable)) {
			logger.warn("Search indexing skipped: Pagefind was not found at " + this.executable.toAbsolutePath()
					+ ". Install it with `npm ci` (Node.js 18 or newer; .ci/run does) and export again, or give its"
					+ " path with --kb.export.pagefind=...");
			return false;
		}
		List<String> command = new ArrayList<>(List.of(this.executable.toString(), "--site", folder.toString()));
		command.addAll(OPTIONS);
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getOutputStream().close();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new ExportException("Pagefind did not finish within " + TIMEOUT_MINUTES + " minutes");
			}
			if (process.exitValue() != 0) {
				throw new ExportException("Pagefind failed (exit " + process.exitValue() + "): "
						+ output.strip().replaceAll("\\s*\\n\\s*", " | "));
			}
			logger.info("Pagefind indexed the export: " + summary(output));
			return true;
		}
		catch (IOException ex) {
			throw new ExportException("cannot run Pagefind at " + this.executable + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ExportException("interrupted while Pagefind indexed the export", ex);
		}
	}

	/** Pagefind's own counts, such as "Indexed 261 pages", on one line. */
	private static String summary(String output) {
		return output.lines()
			.map(String::strip)
			.filter((line) -> line.startsWith("Indexed"))
			.reduce((a, b) -> a + ", " + b)
			.orElse(output.strip());
	}

}
