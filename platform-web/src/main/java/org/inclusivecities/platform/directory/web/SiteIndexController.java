package org.inclusivecities.platform.directory.web;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.inclusivecities.platform.directory.MemberDirectory;
import org.inclusivecities.platform.layout.SiteUrl;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriUtils;

/** What search engines may crawl: robots.txt and a sitemap of the public pages and every listed city. */
@Controller
class SiteIndexController {

	private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private final MemberDirectory directory;

	private final SiteUrl siteUrl;

	SiteIndexController(MemberDirectory directory, SiteUrl siteUrl) {
		this.directory = directory;
		this.siteUrl = siteUrl;
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> sitemap() throws XMLStreamException {
		String base = base();
		List<String> urls = new ArrayList<>(List.of(base + "/", base + "/about", base + "/cities", base + "/practices",
				base + "/events"));
		directory.listedSlugs().forEach(slug -> urls.add(base + "/cities/" + UriUtils.encodePathSegment(slug, "UTF-8")));
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(SITEMAP_NS);
		for (String url : urls) {
			xml.writeStartElement("url");
			xml.writeStartElement("loc");
			xml.writeCharacters(url);
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(out.toString());
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		String robots = """
				User-agent: *
				Allow: /
				Disallow: /my
				Disallow: /admin
				Disallow: /api/v1/me
				Disallow: /login
				Sitemap: %s/sitemap.xml
				""".formatted(base());
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(robots);
	}

	private String base() {
		return siteUrl.current();
	}

}
