package org.inclusivecities.platform.browser;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;

import nu.validator.checker.Checker;
import nu.validator.checker.CspEnforcementChecker;
import nu.validator.checker.DuplicateDtChecker;
import nu.validator.checker.HeadingHierarchyChecker;
import nu.validator.checker.MicrodataChecker;
import nu.validator.checker.NormalizationChecker;
import nu.validator.checker.SpeculationRulesChecker;
import nu.validator.checker.TextContentChecker;
import nu.validator.checker.UncheckedSubtreeWarner;
import nu.validator.checker.UsemapChecker;
import nu.validator.checker.XmlPiChecker;
import nu.validator.checker.jing.CheckerSchema;
import nu.validator.checker.jing.CheckerValidator;
import nu.validator.checker.table.TableChecker;
import nu.validator.htmlparser.common.Heuristics;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.sax.HtmlParser;
import nu.validator.localentities.LocalCacheEntityResolver;
import nu.validator.vendor.thaiopensource.relaxng.impl.CombineValidator;
import nu.validator.vendor.thaiopensource.util.PropertyMap;
import nu.validator.vendor.thaiopensource.util.PropertyMapBuilder;
import nu.validator.vendor.thaiopensource.validate.IncorrectSchemaException;
import nu.validator.vendor.thaiopensource.validate.Schema;
import nu.validator.vendor.thaiopensource.validate.ValidateProperty;
import nu.validator.vendor.thaiopensource.validate.Validator;
import nu.validator.vendor.thaiopensource.validate.prop.rng.RngProperty;
import nu.validator.vendor.thaiopensource.validate.rng.CompactSchemaReader;
import nu.validator.vendor.thaiopensource.xml.sax.Jaxp11XMLReaderCreator;
import nu.validator.xml.AttributesPermutingXMLReaderWrapper;
import nu.validator.xml.NullEntityResolver;
import nu.validator.xml.ariaattributes.AriaAttributeDroppingSchemaWrapper;
import nu.validator.xml.customelements.NamespaceChangingSchemaWrapper;
import nu.validator.xml.dataattributes.DataAttributeDroppingSchemaWrapper;
import nu.validator.xml.langattributes.XmlLangAttributeDroppingSchemaWrapper;
import nu.validator.xml.roleattributes.RoleAttributeFilteringSchemaWrapper;
import nu.validator.xml.templateelement.TemplateElementDroppingSchemaWrapper;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The text/html checking pipeline of the Nu HTML Checker, assembled from its parts exactly as its
 * {@code nu.validator.validation.SimpleDocumentValidator} (26.5.2) does for an {@code html5} schema:
 * HTML parser, RELAX NG schema with the same wrappers, the assertion checker and the same Java checkers.
 * That class itself cannot be used here: its static initializer configures the validator's HTTP client,
 * which needs Jetty 11 while Spring Boot manages Jetty 12. Schemas come from the jar (offline).
 */
record NuCheckerPipeline(Validator validator, XMLReader reader) {

	/** HTML5 + ARIA + RDFa Lite: what the public checker applies to {@code text/html}. */
	static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

	static NuCheckerPipeline create(ErrorHandler errors) throws IOException, SAXException, IncorrectSchemaException {
		System.setProperty("nu.validator.checker.enableLangDetection", "0"); // it only ever warns
		System.setProperty("nu.validator.schema.rdfa-full", "0");
		PropertyMap properties = properties(errors, null);
		Validator validator = mainSchema(errors).createValidator(properties);
		validator = new CombineValidator(validator, CheckerSchema.ASSERTION_SCH.createValidator(properties));
		validator = new CombineValidator(validator, CheckerSchema.LANGUAGE_DETECTING_CHECKER.createValidator(properties));
		List<Checker> checkers = List.of(new TableChecker(), new DuplicateDtChecker(), new HeadingHierarchyChecker(),
				new MicrodataChecker(), new NormalizationChecker(), new SpeculationRulesChecker(),
				new TextContentChecker(), new UncheckedSubtreeWarner(), new UsemapChecker(), new XmlPiChecker(),
				new CspEnforcementChecker());
		for (Checker checker : checkers) {
			validator = new CombineValidator(validator, new CheckerValidator(checker, properties));
		}
		return new NuCheckerPipeline(validator, htmlParser(validator, errors));
	}

	/** Checks one document; errors go to the handler given to {@link #create}. */
	void check(InputSource document) throws IOException, SAXException {
		validator.reset();
		reader.parse(document);
	}

	private static Schema mainSchema(ErrorHandler errors) throws IOException, SAXException, IncorrectSchemaException {
		LocalCacheEntityResolver bundled = new LocalCacheEntityResolver(new NullEntityResolver());
		bundled.setAllowRnc(true);
		InputSource rnc = bundled.resolveEntity(null, SCHEMA);
		if (rnc == null) {
			throw new IllegalStateException("The validator jar does not bundle " + SCHEMA);
		}
		Schema schema = CompactSchemaReader.getInstance().createSchema(rnc, properties(errors, bundled));
		schema = new DataAttributeDroppingSchemaWrapper(schema);
		schema = new AriaAttributeDroppingSchemaWrapper(schema);
		schema = new XmlLangAttributeDroppingSchemaWrapper(schema);
		schema = new RoleAttributeFilteringSchemaWrapper(schema);
		schema = new TemplateElementDroppingSchemaWrapper(schema);
		return new NamespaceChangingSchemaWrapper(schema);
	}

	private static PropertyMap properties(ErrorHandler errors, LocalCacheEntityResolver entities) {
		PropertyMapBuilder builder = new PropertyMapBuilder();
		builder.put(ValidateProperty.ERROR_HANDLER, errors);
		if (entities != null) {
			builder.put(ValidateProperty.ENTITY_RESOLVER, entities);
		}
		builder.put(ValidateProperty.XML_READER_CREATOR, new Jaxp11XMLReaderCreator());
		RngProperty.CHECK_ID_IDREF.add(builder);
		return builder.toPropertyMap();
	}

	private static XMLReader htmlParser(Validator validator, ErrorHandler errors) throws SAXException {
		HtmlParser parser = new HtmlParser();
		parser.setCommentPolicy(XmlViolationPolicy.ALLOW);
		parser.setContentNonXmlCharPolicy(XmlViolationPolicy.ALLOW);
		parser.setContentSpacePolicy(XmlViolationPolicy.ALTER_INFOSET);
		parser.setNamePolicy(XmlViolationPolicy.ALLOW);
		parser.setXmlnsPolicy(XmlViolationPolicy.ALTER_INFOSET);
		parser.setMappingLangToXmlLang(true);
		parser.setHeuristics(Heuristics.ALL);
		parser.setContentHandler(validator.getContentHandler());
		parser.setErrorHandler(errors);
		parser.setFeature("http://xml.org/sax/features/unicode-normalization-checking", true);
		parser.setStreamabilityViolationPolicy(XmlViolationPolicy.FATAL);
		HashMap<String, String> profile = new HashMap<>();
		profile.put("html-strict", "warn");
		parser.setErrorProfile(profile);
		return new AttributesPermutingXMLReaderWrapper(parser);
	}

}
