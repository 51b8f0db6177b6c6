package dev.riyaz.share;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Reads a badge as an XML parser does: fails on anything that is not well-formed. */
final class SvgXml {

    private SvgXml() {}

    static Element parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document =
                    factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            return document.getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + svg, e);
        }
    }

    /** The text of the badge's {@code <title>}: its accessible name. */
    static String title(String svg) {
        Element root = parse(svg);
        return root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title")
                .item(0)
                .getTextContent();
    }
}
