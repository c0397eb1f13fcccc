package com.mgsleep.kb.web.cache;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The prepared pages kept in a file between two runs, under the key of what they were
 * rendered from (see {@link SnapshotKey}): a start from the same content and build serves
 * them at once, before the database and the ORM are up. A file of another key, an older
 * format, or a damaged one is ignored, and the pages are rendered again.
 */
public final class PageSnapshot {

	private static final Logger logger = LoggerFactory.getLogger(PageSnapshot.class);

	private static final long MAGIC = 0x4d47534c50414745L;

	/** Changed whenever the layout below or what a page holds changes. */
	static final int FORMAT = 1;

	/**
	 * The most bytes kept: the real site's pages take about 6 MB with their gzip copies;
	 * a very large knowledge base keeps its first pages and renders the rest on demand.
	 */
	static final long MAX_BYTES = 64L * 1024 * 1024;

	private final Path file;

	private final String key;

	/**
	 * @param file where the pages are kept
	 * @param key what they must have been rendered from
	 */
	public PageSnapshot(Path file, String key) {
		this.file = file;
		this.key = key;
	}

	public Path file() {
		return this.file;
	}

	/**
	 * The pages kept under this key, by the key a request asks them under; none when the
	 * file is missing, of another key, or damaged.
	 */
	public Map<String, PreparedPage> read() {
		try (InputStream in = Files.newInputStream(this.file)) {
			CRC32C crc = new CRC32C();
			DataInputStream data = new DataInputStream(new CheckedInputStream(new BufferedInputStream(in), crc));
			if (data.readLong() != MAGIC || data.readInt() != FORMAT) {
				logger.info("Not using {}: written by another version", this.file);
				return Map.of();
			}
			if (!data.readUTF().equals(this.key)) {
				logger.info("Not using {}: its pages were rendered from other content or by another build", this.file);
				return Map.of();
			}
			Map<String, PreparedPage> pages = PageRecords.readAll(data, Files.size(this.file));
			long expected = crc.getValue();
			if (data.readLong() != expected) {
				logger.warn("Not using {}: the file is damaged", this.file);
				return Map.of();
			}
			return pages;
		}
		catch (NoSuchFileException ex) {
			return Map.of();
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Not using {}: the file is damaged ({})", this.file, ex.toString());
			return Map.of();
		}
	}

	/**
	 * Keeps the pages, replacing the file in one move so that a reader never sees half of
	 * it.
	 * @param pages the pages by request key
	 * @return how many were kept
	 * @throws IOException when the file cannot be written
	 */
	public int write(Map<String, PreparedPage> pages) throws IOException {
		Path folder = this.file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path partial = Files.createTempFile(folder, this.file.getFileName().toString(), ".partial");
		int kept = 0;
		try {
			try (OutputStream out = Files.newOutputStream(partial)) {
				CRC32C crc = new CRC32C();
				DataOutputStream data = new DataOutputStream(
						new CheckedOutputStream(new BufferedOutputStream(out, 1 << 16), crc));
				data.writeLong(MAGIC);
				data.writeInt(FORMAT);
				data.writeUTF(this.key);
				List<Map.Entry<String, PreparedPage>> chosen = withinBound(pages);
				data.writeInt(chosen.size());
				for (Map.Entry<String, PreparedPage> entry : chosen) {
					PageRecords.write(data, entry.getKey(), entry.getValue());
				}
				data.flush();
				data.writeLong(crc.getValue());
				data.flush();
				kept = chosen.size();
			}
			Files.move(partial, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return kept;
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	private static List<Map.Entry<String, PreparedPage>> withinBound(Map<String, PreparedPage> pages) {
		List<Map.Entry<String, PreparedPage>> chosen = new ArrayList<>();
		long bytes = 0;
		for (Map.Entry<String, PreparedPage> entry : pages.entrySet()) {
			PreparedPage page = entry.getValue();
			bytes += page.body().length + ((page.gzipped() != null) ? page.gzipped().length : 0);
			if (bytes > MAX_BYTES) {
				break;
			}
			chosen.add(entry);
		}
		return chosen;
	}

}
