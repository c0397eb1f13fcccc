package com.mgsleep.kb.web;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A sitemap read as a search engine reads it: validated against the sitemaps.org schema
 * ({@code sitemap.xsd} beside this class), then parsed into each page's address and its
 * {@code lastmod}.
 */
final class SitemapDocument {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private SitemapDocument() {
	}

	/**
	 * Validates a sitemap and reads it.
	 * @param xml the sitemap
	 * @return every {@code loc} in order, with its {@code lastmod} or {@code null}
	 * @throws Exception when the sitemap is not valid
	 */
	static Map<String, String> read(String xml) throws Exception {
		SchemaFactory schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		schemas.newSchema(SitemapDocument.class.getResource("sitemap.xsd"))
			.newValidator()
			.validate(new StreamSource(new StringReader(xml)));
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
		NodeList urls = document.getElementsByTagNameNS(NAMESPACE, "url");
		Map<String, String> pages = new LinkedHashMap<>();
		for (int i = 0; i < urls.getLength(); i++) {
			Element url = (Element) urls.item(i);
			NodeList lastmod = url.getElementsByTagNameNS(NAMESPACE, "lastmod");
			pages.put(url.getElementsByTagNameNS(NAMESPACE, "loc").item(0).getTextContent(),
					(lastmod.getLength() > 0) ? lastmod.item(0).getTextContent() : null);
		}
		return pages;
	}

}
