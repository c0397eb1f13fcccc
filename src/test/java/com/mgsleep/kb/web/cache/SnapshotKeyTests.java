package com.mgsleep.kb.web.cache;

import java.util.Map;

import com.mgsleep.kb.model.ContentFingerprint;
import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key of a snapshot changes with the content and with any setting a page could depend
 * on, and not with the port, the content folder's path, the process or the database.
 */
class SnapshotKeyTests {

	private static final ContentFingerprint CONTENT = new ContentFingerprint("a1");

	@Test
	void ofWhenOnlyPortPathProcessOrDatabaseDifferThenTheSame() {
		String key = SnapshotKey.of(CONTENT, environment(Map.of("server.port", "8080", "kb.content-dir", "/srv/content",
				"spring.application.pid", "101", "spring.datasource.url", "jdbc:h2:mem:a")));
		String other = SnapshotKey.of(CONTENT, environment(Map.of("server.port", "9090", "kb.content-dir",
				"../../content", "spring.application.pid", "202", "spring.datasource.url", "jdbc:h2:mem:b")));
		assertThat(other).isEqualTo(key).matches("[0-9a-f]{64}");
	}

	@Test
	void ofWhenTheContentOrAPageSettingDiffersThenDifferent() {
		String key = SnapshotKey.of(CONTENT, environment(Map.of("site.url", "https://example.org")));
		assertThat(SnapshotKey.of(new ContentFingerprint("b2"), environment(Map.of("site.url", "https://example.org"))))
			.isNotEqualTo(key);
		assertThat(SnapshotKey.of(CONTENT, environment(Map.of("site.url", "https://example.com")))).isNotEqualTo(key);
		assertThat(SnapshotKey.of(CONTENT,
				environment(Map.of("site.url", "https://example.org", "spring.thymeleaf.prefix", "classpath:/other/"))))
			.isNotEqualTo(key);
	}

	@Test
	void settingsWhenAnEnvironmentVariableOverridesAPropertyThenItsValueCounts() {
		StandardEnvironment environment = environment(Map.of("site.url", "https://example.org"));
		environment.getPropertySources().addFirst(variables(Map.of("SITE_URL", "https://mirror.example.org")));
		assertThat(SnapshotKey.settings(environment)).containsEntry("site.url", "https://mirror.example.org");
	}

	@Test
	void ofWhenOnlyTheLaunchsOwnVariablesDifferThenTheSame() {
		StandardEnvironment one = environment(Map.of());
		one.getPropertySources()
			.addLast(variables(Map.of("KB_HEAP", "160m", "KB_JAVA_OPTS", "", "KB_SHARED_DIR", "/a")));
		StandardEnvironment other = environment(Map.of());
		other.getPropertySources()
			.addLast(variables(Map.of("KB_HEAP", "256m", "KB_JAVA_OPTS", "-Xlog:gc", "SERVER_PORT", "9090")));
		assertThat(SnapshotKey.of(CONTENT, other)).isEqualTo(SnapshotKey.of(CONTENT, one));
	}

	private static SystemEnvironmentPropertySource variables(Map<String, Object> variables) {
		return new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				variables);
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment;
	}

}
