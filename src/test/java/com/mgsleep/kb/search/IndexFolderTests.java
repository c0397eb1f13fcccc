package com.mgsleep.kb.search;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Index folders that dead instances left behind are deleted at the next start; a living
 * instance's folder is kept.
 */
class IndexFolderTests {

	@TempDir
	Path temp;

	@Test
	void sweepWhenFoldersOfDeadAndLiveInstancesThenOnlyTheDeadOnesGo() throws IOException {
		try (IndexFolder live = IndexFolder.create(this.temp)) {
			Path dead = Files.createDirectory(this.temp.resolve(IndexFolder.PREFIX + "dead"));
			// a lock file nobody holds: its process was killed
			try (FileChannel channel = FileChannel.open(dead.resolve(IndexFolder.LOCK), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE)) {
				channel.write(ByteBuffer.wrap(new byte[] { 1 }));
			}
			Files.writeString(dead.resolve("_0.cfs"), "index data");
			Path oldWithoutLock = Files.createDirectory(this.temp.resolve(IndexFolder.PREFIX + "old"));
			Files.setLastModifiedTime(oldWithoutLock, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
			Path beingMade = Files.createDirectory(this.temp.resolve(IndexFolder.PREFIX + "new"));
			Path unrelated = Files.createDirectory(this.temp.resolve("kb-benchmark-1"));

			assertThat(IndexFolder.sweep(this.temp)).isEqualTo(2);

			assertThat(live.path()).exists();
			assertThat(dead).doesNotExist();
			assertThat(oldWithoutLock).doesNotExist();
			assertThat(beingMade).exists();
			assertThat(unrelated).exists();
		}
	}

	@Test
	void closeReleasesAndDeletesTheFolder() throws IOException {
		IndexFolder folder = IndexFolder.create(this.temp);
		Files.writeString(folder.path().resolve("segments_1"), "x");
		folder.close();
		assertThat(folder.path()).doesNotExist();
	}

}
