package dev.riyaz.progress;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A rendered SVG parsed with the JDK's XML parser: parsing fails unless the markup is well-formed. */
record SvgDoc(Document document) {

    static final String SVG_NS = "http://www.w3.org/2000/svg";

    static SvgDoc parse(String markup) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return new SvgDoc(builder.parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + markup, e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    List<Element> all(String name) {
        NodeList nodes = document.getElementsByTagNameNS(SVG_NS, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** Elements of that name whose class attribute contains the class. */
    List<Element> withClass(String name, String cssClass) {
        return all(name).stream()
                .filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cssClass))
                .toList();
    }

    List<String> texts(String name) {
        return all(name).stream().map(Element::getTextContent).toList();
    }

    /** The text of an element's own {@code <title>} child. */
    static String titleOf(Element element) {
        NodeList titles = element.getElementsByTagNameNS(SVG_NS, "title");
        return titles.getLength() == 0 ? null : titles.item(0).getTextContent();
    }

    String byId(String id) {
        return all("*").stream()
                .filter(e -> id.equals(e.getAttribute("id")))
                .findFirst()
                .map(Element::getTextContent)
                .orElse(null);
    }
}
