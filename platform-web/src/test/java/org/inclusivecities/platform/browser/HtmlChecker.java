package org.inclusivecities.platform.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the engine behind validator.w3.org/nu) run in-process on an HTML string, offline
 * with the schemas bundled in its jar. Only errors count; warnings and info messages are ignored.
 * <p>
 * Use from any test: {@code HtmlChecker.assertValid(html, "/cities in Dutch")} fails with every error
 * (line, column, message, source excerpt), or {@code HtmlChecker.errors(html)} returns them. The checker
 * is built once per JVM (the schema takes a moment to load) and shared; calls are serialized.
 */
public final class HtmlChecker {

	private static final Collector collector = new Collector();

	private static NuCheckerPipeline pipeline;

	private HtmlChecker() {
	}

	/** One error the checker reported: 1-based line and column (-1 when unknown), message, source line. */
	public record Problem(int line, int column, String message, String excerpt) {

		@Override
		public String toString() {
			return "%d:%d %s%n    %s".formatted(line, column, message, excerpt);
		}

	}

	/** Every error in the document, in document order; empty when the checker has nothing to object to. */
	public static synchronized List<Problem> errors(String html) {
		NuCheckerPipeline checker = pipeline();
		collector.reset(html);
		// as served: UTF-8 bytes, charset from the Content-Type header
		InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		source.setEncoding("UTF-8");
		try {
			checker.check(source);
		}
		catch (SAXParseException ex) {
			collector.fatalError(ex);
		}
		catch (SAXException | IOException ex) {
			throw new IllegalStateException("The HTML checker could not check the document", ex);
		}
		return List.copyOf(collector.problems);
	}

	/** Fails with every error the checker reports, naming the page so the failure says where to look. */
	public static void assertValid(String html, String what) {
		RawEnumNames.assertNone(html, what);
		List<Problem> problems = errors(html);
		if (!problems.isEmpty()) {
			throw new AssertionError("%s has %d HTML error(s):%n%s".formatted(what, problems.size(),
					problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator()))));
		}
	}

	private static NuCheckerPipeline pipeline() {
		if (pipeline == null) {
			try {
				pipeline = NuCheckerPipeline.create(collector);
			}
			catch (Exception ex) {
				throw new IllegalStateException("The HTML checker's bundled schema did not load", ex);
			}
			if (!collector.problems.isEmpty()) {
				throw new IllegalStateException("The HTML checker's schema has errors: " + collector.problems);
			}
		}
		return pipeline;
	}

	private static final class Collector implements ErrorHandler {

		private final List<Problem> problems = new ArrayList<>();

		private String[] lines = new String[0];

		void reset(String html) {
			problems.clear();
			lines = html.split("\r\n|\r|\n", -1);
		}

		@Override
		public void warning(SAXParseException ex) {
			// warnings and info messages are advice, not errors
		}

		@Override
		public void error(SAXParseException ex) {
			problems.add(new Problem(ex.getLineNumber(), ex.getColumnNumber(), ex.getMessage(), excerpt(ex)));
		}

		@Override
		public void fatalError(SAXParseException ex) {
			Problem problem = new Problem(ex.getLineNumber(), ex.getColumnNumber(), ex.getMessage(), excerpt(ex));
			if (!problems.contains(problem)) {
				problems.add(problem);
			}
		}

		private String excerpt(SAXParseException ex) {
			int line = ex.getLineNumber();
			if (line < 1 || line > lines.length) {
				return "";
			}
			String text = lines[line - 1];
			int column = Math.clamp(ex.getColumnNumber(), 1, Math.max(1, text.length()));
			int from = Math.max(0, column - 80);
			return text.substring(from, Math.min(text.length(), Math.max(from, column + 20))).strip();
		}

	}

}
