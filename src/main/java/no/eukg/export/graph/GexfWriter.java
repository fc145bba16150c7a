package no.eukg.export.graph;

import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamResult;

import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.gexf.GEXFExporter.AttributeCategory;
import org.jgrapht.nio.gexf.GEXFExporter.Parameter;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * GEXF through JGraphT, in 1.3 or 1.2draft ({@link GexfVersion}). JGraphT 1.5.2's
 * {@link GEXFExporter} writes only GEXF 1.2draft (its namespace and version are fixed in the
 * class), so its output is streamed through a SAX filter that moves it to the version asked for,
 * and adds each node's colour and size as {@code viz:color} and {@code viz:size}, which Gephi
 * draws. The elements and attributes JGraphT writes mean the same in 1.3.
 */
final class GexfWriter {
    /** What JGraphT writes. */
    private static final String JGRAPHT_NS = GexfVersion.V1_2DRAFT.namespace();
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private GexfWriter() { }

    static void write(PropertyGraph graph, GexfVersion version, OutputStream out) {
        GEXFExporter<String, GraphEdge> exporter = new GEXFExporter<>(id -> id, GraphEdge::id);
        exporter.setParameter(Parameter.EXPORT_EDGE_LABELS, true);
        exporter.setParameter(Parameter.EXPORT_META, true);
        exporter.setCreator("norway-eu-kg");
        exporter.setDescription(graph.title());
        ExportAttributes.NODE.forEach((name, type) ->
                exporter.registerAttribute(name, AttributeCategory.NODE, gexfType(type)));
        ExportAttributes.literalNames(graph).forEach(name ->
                exporter.registerAttribute(name, AttributeCategory.NODE, GEXFAttributeType.STRING));
        ExportAttributes.EDGE.forEach(name ->
                exporter.registerAttribute(name, AttributeCategory.EDGE, GEXFAttributeType.STRING));
        exporter.setVertexAttributeProvider(id -> ExportAttributes.of(graph.node(id).orElseThrow()));
        exporter.setEdgeAttributeProvider(ExportAttributes::of);
        StringWriter draft = new StringWriter();
        exporter.exportGraph(graph.graph(), draft);

        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            Transformer identity = TransformerFactory.newInstance().newTransformer();
            identity.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            // JGraphT's output is indented already; indenting again would double the whitespace.
            identity.setOutputProperty(OutputKeys.INDENT, "no");
            identity.transform(new SAXSource(new ToVersion(reader, graph, version), new InputSource(new StringReader(draft.toString()))),
                    new StreamResult(out));
        } catch (ParserConfigurationException | SAXException | TransformerException e) {
            throw new IllegalStateException("could not rewrite JGraphT's GEXF as " + version.id(), e);
        }
    }

    private static GEXFAttributeType gexfType(AttributeType type) {
        return switch (type) {
            case INT -> GEXFAttributeType.INTEGER;
            case DOUBLE -> GEXFAttributeType.DOUBLE;
            default -> GEXFAttributeType.STRING;
        };
    }

    /** Moves JGraphT's 1.2draft namespace to the version's (the same for 1.2draft) and adds the viz elements. */
    private static final class ToVersion extends XMLFilterImpl {
        private final PropertyGraph graph;
        private final GexfVersion version;

        ToVersion(XMLReader parent, PropertyGraph graph, GexfVersion version) {
            super(parent);
            this.graph = graph;
            this.version = version;
        }

        private String ns(String uri) {
            return JGRAPHT_NS.equals(uri) ? version.namespace() : uri;
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            super.startPrefixMapping(prefix, ns(uri));
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes original) throws SAXException {
            // The identity transformer asks the parser for namespace declarations as attributes too.
            AttributesImpl atts = new AttributesImpl(original);
            for (int i = 0; i < atts.getLength(); i++)
                if (atts.getQName(i).equals("xmlns") || atts.getQName(i).startsWith("xmlns:"))
                    atts.setValue(i, ns(atts.getValue(i)));
            String u = ns(uri);
            if (!version.namespace().equals(u)) {
                super.startElement(u, local, qName, atts);
                return;
            }
            if (local.equals("gexf")) {
                super.startPrefixMapping("viz", version.vizNamespace());
                set(atts, "", "version", "version", version.versionAttribute());
                set(atts, XSI, "schemaLocation", "xsi:schemaLocation", version.namespace() + " " + version.schema());
                super.startElement(u, local, qName, atts);
                return;
            }
            super.startElement(u, local, qName, atts);
            if (local.equals("node")) {
                GraphNode n = graph.node(atts.getValue("id")).orElse(null);
                if (n != null) {
                    int rgb = Integer.parseInt(n.color().substring(1), 16);
                    empty("color", "r", Integer.toString(rgb >> 16 & 0xff), "g", Integer.toString(rgb >> 8 & 0xff),
                            "b", Integer.toString(rgb & 0xff));
                    empty("size", "value", Double.toString(n.size()));
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            super.endElement(ns(uri), local, qName);
            if (local.equals("gexf") && version.namespace().equals(ns(uri)))
                super.endPrefixMapping("viz");
        }

        private void empty(String local, String... nameValues) throws SAXException {
            AttributesImpl a = new AttributesImpl();
            for (int i = 0; i < nameValues.length; i += 2)
                a.addAttribute("", nameValues[i], nameValues[i], "CDATA", nameValues[i + 1]);
            super.startElement(version.vizNamespace(), local, "viz:" + local, a);
            super.endElement(version.vizNamespace(), local, "viz:" + local);
        }

        private static void set(AttributesImpl a, String uri, String local, String qName, String value) {
            int i = a.getIndex(uri, local);
            if (i < 0)
                i = a.getIndex(qName);
            if (i >= 0)
                a.setValue(i, value);
            else
                a.addAttribute(uri, local, qName, "CDATA", value);
        }
    }
}
