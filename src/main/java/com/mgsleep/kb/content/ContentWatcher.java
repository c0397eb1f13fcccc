package com.mgsleep.kb.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Watches the content folder, sub-folders included, and reloads the knowledge base once
 * the editor's changes have settled: an editor's save often writes a file more than once,
 * and a reload per write would only repeat work.
 */
class ContentWatcher implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ContentWatcher.class);

	/** Quiet time after the last change before reloading. */
	static final long SETTLE_MILLIS = 200;

	private final Path folder;

	private final ContentReloader reloader;

	private volatile WatchService watcher;

	private Thread thread;

	ContentWatcher(Path folder, ContentReloader reloader) {
		this.folder = folder.toAbsolutePath().normalize();
		this.reloader = reloader;
	}

	@Override
	public synchronized void start() {
		try {
			this.watcher = FileSystems.getDefault().newWatchService();
			register(this.folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot watch the content folder " + this.folder, ex);
		}
		this.thread = new Thread(this::watch, "content-watcher");
		this.thread.setDaemon(true);
		this.thread.start();
		logger.info("Live reload: watching {} for changes", this.folder);
	}

	private void register(Path root) throws IOException {
		try (Stream<Path> folders = Files.walk(root)) {
			for (Path path : (Iterable<Path>) folders.filter(Files::isDirectory)::iterator) {
				path.register(this.watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
						StandardWatchEventKinds.ENTRY_DELETE);
			}
		}
	}

	private void watch() {
		try {
			while (true) {
				WatchKey key = this.watcher.take();
				// collect everything that happens until the folder has been quiet for a
				// while
				while (key != null) {
					newFolders(key);
					key.reset();
					key = this.watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
				}
				reload();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ClosedWatchServiceException ex) {
			// stopped
		}
	}

	private void newFolders(WatchKey key) {
		for (WatchEvent<?> event : key.pollEvents()) {
			if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path parent) {
				Path created = parent.resolve((Path) event.context());
				if (Files.isDirectory(created)) {
					try {
						register(created);
					}
					catch (IOException ex) {
						logger.warn("Live reload cannot watch the new folder {}: {}", created, ex.getMessage());
					}
				}
			}
		}
	}

	private void reload() {
		try {
			this.reloader.reload();
		}
		catch (RuntimeException ex) {
			// keep watching: the next save may fix whatever went wrong
			logger.error("Live reload failed; the site keeps serving the last valid version", ex);
		}
	}

	@Override
	public synchronized void stop() {
		if (this.watcher != null) {
			try {
				this.watcher.close();
			}
			catch (IOException ex) {
				logger.debug("Closing the content watcher", ex);
			}
			this.watcher = null;
		}
		if (this.thread != null) {
			this.thread.interrupt();
			this.thread = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.watcher != null;
	}

}
