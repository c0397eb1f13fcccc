package com.mgsleep.kb.web.cache;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How prepared pages are laid out in a {@link PageSnapshot}: a count, then for each page
 * its request key, ETag, headers, body and gzip copy. Every count and length is checked
 * against what a real file can hold, so a damaged file fails here instead of filling the
 * heap.
 */
final class PageRecords {

	/** More headers than any page's controller sets. */
	private static final int MAX_HEADERS = 64;

	private PageRecords() {
	}

	static void write(DataOutputStream data, String key, PreparedPage page) throws IOException {
		data.writeUTF(key);
		data.writeUTF(page.etag());
		data.writeInt(page.headers().size());
		for (Map.Entry<String, String> header : page.headers()) {
			data.writeUTF(header.getKey());
			data.writeUTF(header.getValue());
		}
		writeBytes(data, page.body());
		writeBytes(data, page.gzipped());
	}

	private static void writeBytes(DataOutputStream data, byte[] bytes) throws IOException {
		if (bytes == null) {
			data.writeInt(-1);
			return;
		}
		data.writeInt(bytes.length);
		data.write(bytes);
	}

	static Map<String, PreparedPage> readAll(DataInputStream data, long fileSize) throws IOException {
		int count = data.readInt();
		if (count < 0 || count > PreparedPages.MAX_PAGES) {
			throw new IOException("unlikely page count " + count);
		}
		Map<String, PreparedPage> pages = new LinkedHashMap<>();
		for (int i = 0; i < count; i++) {
			String key = data.readUTF();
			String etag = data.readUTF();
			int headerCount = data.readInt();
			if (headerCount < 0 || headerCount > MAX_HEADERS) {
				throw new IOException("unlikely header count " + headerCount);
			}
			List<Map.Entry<String, String>> headers = new ArrayList<>(headerCount);
			for (int h = 0; h < headerCount; h++) {
				headers.add(Map.entry(data.readUTF(), data.readUTF()));
			}
			byte[] body = readBytes(data, fileSize);
			if (body == null) {
				throw new IOException("a page without a body");
			}
			pages.put(key, new PreparedPage(body, readBytes(data, fileSize), etag, List.copyOf(headers)));
		}
		return pages;
	}

	private static byte[] readBytes(DataInputStream data, long fileSize) throws IOException {
		int length = data.readInt();
		if (length == -1) {
			return null;
		}
		if (length < 0 || length > fileSize) {
			throw new EOFException("a length of " + length + " in a file of " + fileSize + " bytes");
		}
		byte[] bytes = data.readNBytes(length);
		if (bytes.length != length) {
			throw new EOFException("the file ends inside a page");
		}
		return bytes;
	}

}
