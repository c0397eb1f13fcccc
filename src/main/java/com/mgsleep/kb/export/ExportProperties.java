package com.mgsleep.kb.export;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The static export, run when a folder is given.
 *
 * @param dir the folder to write the site into (property {@code kb.export.dir},
 * environment variable {@code KB_EXPORT_DIR}); when set, the application exports and
 * exits instead of serving
 * @param pagefind the Pagefind executable that indexes the exported pages for search;
 * default {@code node_modules/.bin/pagefind}, as {@code npm ci} installs it from
 * {@code package.json}
 */
@ConfigurationProperties("kb.export")
public record ExportProperties(Path dir, @DefaultValue("node_modules/.bin/pagefind") Path pagefind) {
}
