package com.mgsleep.kb.web.cache;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Keeps the pages prepared during a run in the {@link PageSnapshot} when the application
 * stops, for the next start from the same content and build. After a start that read
 * every page from it, and prepared none, the file is left as it is.
 */
public class PageSnapshotKeeper implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(PageSnapshotKeeper.class);

	private final ObjectProvider<PageSnapshot> snapshot;

	private final PreparedPages pages;

	/**
	 * @param snapshot the file, where {@code kb.page-snapshot} names one
	 * @param pages the pages
	 */
	public PageSnapshotKeeper(ObjectProvider<PageSnapshot> snapshot, PreparedPages pages) {
		this.snapshot = snapshot;
		this.pages = pages;
	}

	@Override
	public void destroy() {
		PageSnapshot file = this.snapshot.getIfAvailable();
		if (file == null || !this.pages.preparedSinceStart()) {
			return;
		}
		try {
			int kept = file.write(this.pages.pages());
			logger.info("Kept {} prepared pages in {} for the next start", kept, file.file());
		}
		catch (IOException ex) {
			// the next start renders its pages again: slower, nothing lost
			logger.warn("Could not keep the prepared pages in {}: {}", file.file(), ex.toString());
		}
	}

}
