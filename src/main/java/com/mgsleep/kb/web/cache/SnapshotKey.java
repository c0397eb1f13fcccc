package com.mgsleep.kb.web.cache;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.mgsleep.kb.model.ContentFingerprint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * What a page's bytes depend on, as one digest: the content (its
 * {@link ContentFingerprint}), the build (the application's own classes, templates and
 * assets, and the names of the libraries beside it, which carry their versions), the Java
 * runtime, and the settings that could change a page. Where two starts have the same key,
 * they render the same bytes, as every instance started from the same content does.
 */
final class SnapshotKey {

	private static final Logger logger = LoggerFactory.getLogger(SnapshotKey.class);

	/** The settings a page could depend on. */
	private static final List<String> PREFIXES = List.of("kb.", "site.", "server.", "spring.", "springdoc.",
			"management.");

	/**
	 * Settings that change nothing in a page: where the content is read from (its bytes
	 * are in the fingerprint), where the pages are kept, the port, the process id, and
	 * the version Spring Boot reads from the jar (the build is in the key as a whole).
	 */
	private static final Set<String> IGNORED = Set.of("kb.content-dir", "kb.contentdir", "kb.content.dir",
			"kb.page-snapshot", "kb.pagesnapshot", "kb.page.snapshot", "server.port", "local.server.port",
			"spring.application.pid", "spring.application.version");

	/**
	 * The environment variables that could change a page. The others of those prefixes
	 * are mostly the launch's own ({@code KB_HEAP}, {@code KB_JAVA_OPTS}), which change
	 * from one start to the next and no page.
	 */
	private static final List<String> VARIABLE_PREFIXES = List.of("site.", "spring.profiles.", "server.servlet.",
			"spring.thymeleaf.", "spring.web.", "spring.mvc.", "springdoc.");

	/** Which database the content is written to changes no page. */
	private static final String DATABASE = "spring.datasource.";

	private SnapshotKey() {
	}

	static String of(ContentFingerprint content, ConfigurableEnvironment environment) {
		MessageDigest digest = sha256();
		update(digest, "format " + PageSnapshot.FORMAT);
		update(digest, "content " + content.value());
		update(digest, "java " + Runtime.version());
		update(digest, "build " + build());
		for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
			update(digest, "library " + Path.of(entry).getFileName());
		}
		settings(environment).forEach((name, value) -> update(digest, "setting " + name + "=" + value));
		return HexFormat.of().formatHex(digest.digest());
	}

	/** The settings by their canonical name, each with the value that applies. */
	static Map<String, String> settings(ConfigurableEnvironment environment) {
		Map<String, String> settings = new TreeMap<>();
		for (PropertySource<?> source : environment.getPropertySources()) {
			List<String> prefixes = source.getName().equals(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)
					? VARIABLE_PREFIXES : PREFIXES;
			if (source instanceof EnumerablePropertySource<?> enumerable) {
				for (String name : enumerable.getPropertyNames()) {
					String canonical = name.toLowerCase(Locale.ROOT).replace('_', '.');
					if (prefixes.stream().anyMatch(canonical::startsWith) && !IGNORED.contains(canonical)
							&& !canonical.startsWith(DATABASE)) {
						// sources come first to last in priority: the first value applies
						settings.putIfAbsent(canonical, String.valueOf(enumerable.getProperty(name)));
					}
				}
			}
		}
		return settings;
	}

	/**
	 * A digest of the application's own code and resources: its jar, or the folder of its
	 * classes when run from a build.
	 */
	private static String build() {
		CodeSource source = SnapshotKey.class.getProtectionDomain().getCodeSource();
		if (source == null) {
			return "unknown";
		}
		try {
			Path location = Path.of(source.getLocation().toURI());
			MessageDigest digest = sha256();
			if (Files.isRegularFile(location)) {
				digest.update(Files.readAllBytes(location));
			}
			else {
				try (Stream<Path> walk = Files.walk(location)) {
					for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
						update(digest, location.relativize(file).toString());
						digest.update(Files.readAllBytes(file));
					}
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException | URISyntaxException | IllegalArgumentException ex) {
			// a build that cannot be read cannot be matched: nothing is served from a
			// file
			return "unreadable " + System.nanoTime();
		}
	}

	private static void update(MessageDigest digest, String text) {
		// what a key was made of, to tell why a snapshot did not match
		logger.debug("Snapshot key: {}", text);
		digest.update(text.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
