package org.beacon.platform.models;

import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The first reader of a submitted model: a parser that refuses any DOCTYPE and so any entity,
 * internal or external, before a byte of the model reaches Camunda. It never fetches anything.
 */
final class HardenedXml {

  private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);
  private static final Pattern DECLARED_ENCODING =
      Pattern.compile("\\A\\s*<\\?xml\\b[^>]*?\\bencoding\\s*=\\s*[\"']([^\"']*)[\"']");

  private HardenedXml() {}

  /** Why a document was refused, in words for the person who sent it. */
  static final class Refused extends Exception {
    Refused(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Parses the model text.
   *
   * @throws Refused for a DOCTYPE, an encoding other than UTF-8, or XML that is not well-formed
   */
  static Document parse(String xml) throws Refused {
    if (DOCTYPE.matcher(xml).find()) {
      throw new Refused("must not contain a DOCTYPE declaration: DTDs and entities are refused");
    }
    Matcher encoding = DECLARED_ENCODING.matcher(xml);
    if (encoding.find() && !isUtf8(encoding.group(1))) {
      throw new Refused("declares the encoding " + encoding.group(1) + "; send models as UTF-8");
    }
    return read(xml);
  }

  /** The parser alone, without the quick look for a DOCTYPE that gives the clearer message. */
  static Document read(String xml) throws Refused {
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("external entities are refused");
          });
      builder.setErrorHandler(STRICT);
      return builder.parse(new InputSource(new StringReader(xml)));
    } catch (SAXParseException e) {
      throw new Refused(
          "is not well-formed XML: line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ": "
              + e.getMessage());
    } catch (SAXException e) {
      throw new Refused("is not well-formed XML: " + e.getMessage());
    } catch (IOException e) {
      throw new Refused("could not be read");
    } catch (ParserConfigurationException e) {
      // Without every protection the parser must not run at all.
      throw new IllegalStateException("The XML parser cannot be hardened", e);
    }
  }

  private static boolean isUtf8(String name) {
    String normalized = name.trim().replace("-", "").replace("_", "");
    return normalized.equalsIgnoreCase("utf8");
  }

  /** The JDK's own parser (not whatever the classpath offers), with every outside access off. */
  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return factory;
  }

  /** Every error is fatal; nothing is printed to the server's console. */
  private static final ErrorHandler STRICT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };
}
