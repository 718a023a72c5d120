package org.inclusivecities.platform.layout;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletContext;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The URL of a stylesheet, script or icon as pages name it: {@code ${#assets.url('/css/platform.css')}} ({@link AssetsDialect}) gives
 * {@code /css/platform-<hash of its content>.css}, after the context path, (WebJars also get their version), so browsers may keep every file
 * for a year and still fetch a changed one at once. Only asset links pay for the lookup, which the resource chain
 * caches; page links stay as written (see {@link LinkConfiguration} for why no filter rewrites every link).
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // no resource handlers without one
public class Assets {

	private final ResourceUrlProvider urls;

	private final String contextPath;

	/** Each page names the same few files: their URLs are worked out once (the files are in the jar, fixed). */
	private final Map<String, String> known = new ConcurrentHashMap<>();

	Assets(ResourceUrlProvider mvcResourceUrlProvider, ServletContext servletContext) {
		this.urls = mvcResourceUrlProvider;
		this.contextPath = servletContext.getContextPath();
	}

	/**
	 * The fingerprinted path of a static file, or the path as given when no such file is served (a 404 to see).
	 * Link expressions ({@code @{...}}) may not call expression objects, hence the context path here.
	 */
	public String url(String path) {
		String found = known.get(path);
		if (found != null) {
			return found;
		}
		String versioned = urls.getForLookupPath(path);
		if (versioned == null) {
			return contextPath + path; // not kept: missing, or asked before the resource handlers were known
		}
		found = contextPath + versioned;
		known.put(path, found);
		return found;
	}

}
