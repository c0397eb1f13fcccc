package com.mgsleep.kb.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.mgsleep.kb.model.KnowledgeBaseImported;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The index is built when the knowledge base is imported, lives in its own folder of
 * mapped files while the application runs, and leaves nothing behind when it stops.
 */
class SearchServiceTests {

	private final SearchCorpusReader reader = mock(SearchCorpusReader.class);

	private final SearchService service = new SearchService(this.reader);

	@Test
	void searchWhenImportedThenFindsAndCloseDeletesIndexFiles() throws IOException {
		given(this.reader.read()).willReturn(SampleSearchIndex.corpus());
		List<Path> before = indexFolders();
		this.service.onImported(new KnowledgeBaseImported(Duration.ZERO));
		List<Path> created = indexFolders().stream().filter((folder) -> !before.contains(folder)).toList();
		assertThat(created).singleElement().satisfies((folder) -> assertThat(folder).isNotEmptyDirectory());
		assertThat(this.service.search(SearchRequest.of("bisglycinate", Map.of(), null)).hits()).isNotEmpty();
		this.service.close();
		assertThat(created.get(0)).doesNotExist();
		assertThatIllegalStateException()
			.isThrownBy(() -> this.service.search(SearchRequest.of("sleep", Map.of(), null)));
	}

	@Test
	void onImportedWhenImportedAgainThenNewIndexSearchesAndOldFilesAreDeleted() throws IOException {
		given(this.reader.read()).willReturn(SampleSearchIndex.corpus());
		List<Path> before = indexFolders();
		this.service.onImported(new KnowledgeBaseImported(Duration.ZERO));
		this.service.onImported(new KnowledgeBaseImported(Duration.ZERO));
		assertThat(indexFolders().stream().filter((folder) -> !before.contains(folder))).hasSize(1);
		assertThat(this.service.search(SearchRequest.of("bisglycinate", Map.of(), null)).hits()).isNotEmpty();
		this.service.close();
		assertThat(indexFolders()).containsExactlyInAnyOrderElementsOf(before);
	}

	@Test
	void searchWhenAskedBeforeTheFirstIndexThenWaitsForIt() throws Exception {
		given(this.reader.read()).willReturn(SampleSearchIndex.corpus());
		CompletableFuture<SearchResults> asked = CompletableFuture
			.supplyAsync(() -> this.service.search(SearchRequest.of("bisglycinate", Map.of(), null)));
		Thread.sleep(200);
		assertThat(asked).as("a search before the index waits for it").isNotDone();
		this.service.onImported(new KnowledgeBaseImported(Duration.ZERO));
		assertThat(asked.get(10, TimeUnit.SECONDS).hits()).isNotEmpty();
		this.service.close();
	}

	@Test
	void searchWhenTheFirstIndexTakesTooLongThenNotReady() {
		SearchService starting = new SearchService(this.reader, Duration.ofMillis(50));
		assertThatExceptionOfType(SearchNotReadyException.class)
			.isThrownBy(() -> starting.search(SearchRequest.of("sleep", Map.of(), null)))
			.withMessageContaining("try again");
	}

	private static List<Path> indexFolders() throws IOException {
		try (Stream<Path> folders = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return folders.filter((folder) -> folder.getFileName().toString().startsWith("kb-search-"))
				.filter((folder) -> !folder.getFileName().toString().startsWith("kb-search-test-"))
				.toList();
		}
	}

}
