package com.mgsleep.kb.search;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

/**
 * A temporary folder for one search index, locked for as long as its instance lives. A
 * process that died without cleaning up (killed, say) leaves its folder unlocked, so the
 * next start can tell it from the folder of an instance still running beside it and
 * delete only the dead one's.
 */
final class IndexFolder implements AutoCloseable {

	static final String PREFIX = "kb-search-index-";

	static final String LOCK = "instance.lock";

	/** A folder younger than this without a lock file may be one that is being made. */
	private static final Duration GRACE = Duration.ofMinutes(10);

	private static final Logger logger = LoggerFactory.getLogger(IndexFolder.class);

	private final Path path;

	private final FileChannel channel;

	private final FileLock lock;

	private IndexFolder(Path path, FileChannel channel, FileLock lock) {
		this.path = path;
		this.channel = channel;
		this.lock = lock;
	}

	/** Makes a new locked folder under {@code parent}. */
	static IndexFolder create(Path parent) throws IOException {
		Path path = Files.createTempDirectory(parent, PREFIX);
		FileChannel channel = FileChannel.open(path.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		return new IndexFolder(path, channel, channel.lock());
	}

	Path path() {
		return this.path;
	}

	/** Releases the lock and deletes the folder. */
	@Override
	public void close() throws IOException {
		this.lock.release();
		this.channel.close();
		FileSystemUtils.deleteRecursively(this.path);
	}

	/**
	 * Deletes the index folders under {@code parent} that no living instance holds.
	 * @return how many were deleted
	 */
	static int sweep(Path parent) {
		int deleted = 0;
		try (DirectoryStream<Path> folders = Files.newDirectoryStream(parent, PREFIX + "*")) {
			for (Path folder : folders) {
				if (Files.isDirectory(folder) && abandoned(folder)) {
					FileSystemUtils.deleteRecursively(folder);
					deleted++;
				}
			}
		}
		catch (IOException ex) {
			logger.warn("Could not look for index folders left behind in {}: {}", parent, ex.getMessage());
		}
		if (deleted > 0) {
			logger.info("Deleted {} search index folders that stopped instances left in {}", deleted, parent);
		}
		return deleted;
	}

	private static boolean abandoned(Path folder) throws IOException {
		Path lockFile = folder.resolve(LOCK);
		if (!Files.exists(lockFile)) {
			return Files.getLastModifiedTime(folder).toInstant().isBefore(Instant.now().minus(GRACE));
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				return false;
			}
			lock.release();
			return true;
		}
		catch (OverlappingFileLockException ex) {
			// held by this very process
			return false;
		}
	}

}
