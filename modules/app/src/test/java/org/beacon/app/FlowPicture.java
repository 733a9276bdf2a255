package org.beacon.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Draws a BPMN model as SVG from its own diagram (the shapes, edges and labels the modeler saved),
 * in the BPMN notation's usual shapes: rounded boxes for tasks (with a person, a cog or a table for
 * user, service and rule tasks), circles for events (thin start, thick end, double intermediate,
 * dashed when not interrupting; a clock, an envelope or a triangle inside), diamonds for gateways,
 * arrows for sequence flows. Plain Java, so the pictures are made by every build, with or without a
 * browser; {@link FlowPicturesTest} keeps the copies under {@code docs/flows/} current.
 */
final class FlowPicture {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
  static final String DI = "http://www.omg.org/spec/DD/20100524/DI";

  private static final double MARGIN = 20;

  private FlowPicture() {}

  /** The SVG picture of the model in this file. */
  static String of(Path model) throws IOException {
    try (InputStream in = Files.newInputStream(model)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return draw(factory.newDocumentBuilder().parse(in));
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("Cannot read " + model + ": " + e.getMessage(), e);
    }
  }

  private static String draw(Document document) {
    Map<String, Element> elements = new HashMap<>();
    NodeList all = document.getElementsByTagNameNS(BPMN, "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      if (element.hasAttribute("id")) {
        elements.put(element.getAttribute("id"), element);
      }
    }
    StringBuilder shapes = new StringBuilder();
    StringBuilder front = new StringBuilder();
    StringBuilder edges = new StringBuilder();
    Box extent = null;

    // Containers first, so the tasks inside them are drawn over them.
    List<Element> diShapes = children(document.getElementsByTagNameNS(BPMNDI, "BPMNShape"));
    diShapes.sort(
        (a, b) ->
            Boolean.compare(
                !isContainer(elements.get(a.getAttribute("bpmnElement"))),
                !isContainer(elements.get(b.getAttribute("bpmnElement")))));
    for (Element shape : diShapes) {
      Element element = elements.get(shape.getAttribute("bpmnElement"));
      Box box = bounds(shape);
      if (element == null || box == null) {
        continue;
      }
      extent = Box.union(extent, box);
      Box label = labelBounds(shape);
      extent = Box.union(extent, label);
      shape(element, box, label, isContainer(element) ? shapes : front);
    }
    for (Element edge : children(document.getElementsByTagNameNS(BPMNDI, "BPMNEdge"))) {
      Element element = elements.get(edge.getAttribute("bpmnElement"));
      List<double[]> points = new ArrayList<>();
      for (Element point : children(edge.getElementsByTagNameNS(DI, "waypoint"))) {
        points.add(new double[] {number(point, "x"), number(point, "y")});
        extent = Box.union(extent, new Box(number(point, "x"), number(point, "y"), 0, 0));
      }
      if (element == null || points.size() < 2) {
        continue;
      }
      Box label = labelBounds(edge);
      extent = Box.union(extent, label);
      edge(element, points, label, elements, edges);
    }
    if (extent == null) {
      extent = new Box(0, 0, 100, 100);
    }
    double x = extent.x - MARGIN;
    double y = extent.y - MARGIN;
    double width = extent.width + 2 * MARGIN;
    double height = extent.height + 2 * MARGIN;
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
        + fmt(width)
        + "\" height=\""
        + fmt(height)
        + "\" viewBox=\""
        + fmt(x)
        + " "
        + fmt(y)
        + " "
        + fmt(width)
        + " "
        + fmt(height)
        + "\" font-family=\"Arial, Helvetica, sans-serif\">\n"
        + "<defs><marker id=\"arrow\" viewBox=\"0 0 20 20\" refX=\"11\" refY=\"10\" markerWidth=\"10\" markerHeight=\"10\" orient=\"auto\">"
        + "<path d=\"M 1 5 L 11 10 L 1 15 Z\" fill=\"#22242a\"/></marker></defs>\n"
        + "<rect x=\""
        + fmt(x)
        + "\" y=\""
        + fmt(y)
        + "\" width=\""
        + fmt(width)
        + "\" height=\""
        + fmt(height)
        + "\" fill=\"#ffffff\"/>\n"
        + shapes
        + edges
        + front
        + "</svg>\n";
  }

  private static boolean isContainer(Element element) {
    return element != null
        && ("subProcess".equals(element.getLocalName())
            || "participant".equals(element.getLocalName())
            || "lane".equals(element.getLocalName()));
  }

  private static void shape(Element element, Box box, Box label, StringBuilder out) {
    String kind = element.getLocalName();
    String name = element.getAttribute("name");
    out.append("<g data-element-id=\"").append(escape(element.getAttribute("id"))).append("\">");
    switch (kind) {
      case "startEvent",
          "endEvent",
          "intermediateCatchEvent",
          "intermediateThrowEvent",
          "boundaryEvent" -> {
        event(element, kind, box, out);
        outsideLabel(name, box, label, out);
      }
      case "exclusiveGateway",
          "parallelGateway",
          "inclusiveGateway",
          "eventBasedGateway",
          "complexGateway" -> {
        gateway(kind, box, out);
        outsideLabel(name, box, label, out);
      }
      case "subProcess", "participant", "lane" -> {
        out.append(rect(box, 10, "#ffffff", 1.5, null));
        text(name, box.x + 8, box.y + 16, box.width - 16, "start", 12, out);
        loopMarker(element, box, out);
      }
      case "textAnnotation" -> {
        out.append(
            path(
                "M "
                    + fmt(box.x + 10)
                    + " "
                    + fmt(box.y)
                    + " L "
                    + fmt(box.x)
                    + " "
                    + fmt(box.y)
                    + " L "
                    + fmt(box.x)
                    + " "
                    + fmt(box.y + box.height)
                    + " L "
                    + fmt(box.x + 10)
                    + " "
                    + fmt(box.y + box.height),
                "none",
                1));
        Element text = first(element, "text");
        wrapped(text == null ? "" : text.getTextContent(), box, "start", 11, out);
      }
      case "dataObjectReference", "dataStoreReference" -> {
        out.append(rect(box, 0, "#ffffff", 1.5, null));
        outsideLabel(name, box, label, out);
      }
      default -> {
        // every kind of task, and a call activity
        boolean call = "callActivity".equals(kind);
        out.append(rect(box, 10, "#ffffff", call ? 4 : 2, null));
        taskIcon(kind, box, out);
        wrapped(
            name, new Box(box.x + 4, box.y + 4, box.width - 8, box.height - 8), "middle", 12, out);
        loopMarker(element, box, out);
        if (call) {
          double cx = box.x + box.width / 2;
          double by = box.y + box.height - 18;
          out.append(rect(new Box(cx - 7, by, 14, 14), 0, "none", 1, null));
          out.append(
              path(
                  "M "
                      + fmt(cx)
                      + " "
                      + fmt(by + 3)
                      + " V "
                      + fmt(by + 11)
                      + " M "
                      + fmt(cx - 4)
                      + " "
                      + fmt(by + 7)
                      + " H "
                      + fmt(cx + 4),
                  "none",
                  1.5));
        }
      }
    }
    out.append("</g>\n");
  }

  private static void event(Element element, String kind, Box box, StringBuilder out) {
    double cx = box.x + box.width / 2;
    double cy = box.y + box.height / 2;
    double r = box.width / 2;
    boolean interrupting =
        !"false".equals(element.getAttribute("cancelActivity"))
            && !"false".equals(element.getAttribute("isInterrupting"));
    String dash = interrupting ? null : "5,3";
    switch (kind) {
      case "startEvent" -> out.append(circle(cx, cy, r, 2, dash));
      case "endEvent" -> out.append(circle(cx, cy, r, 4, null));
      default -> {
        out.append(circle(cx, cy, r, 1.5, dash));
        out.append(circle(cx, cy, r - 3, 1.5, dash));
      }
    }
    boolean throwing = "endEvent".equals(kind) || "intermediateThrowEvent".equals(kind);
    if (first(element, "timerEventDefinition") != null) {
      out.append(circle(cx, cy, r * 0.6, 2, null));
      for (int hour = 0; hour < 12; hour++) {
        double angle = Math.PI * 2 * hour / 12;
        out.append(
            line(
                cx + Math.sin(angle) * r * 0.48,
                cy - Math.cos(angle) * r * 0.48,
                cx + Math.sin(angle) * r * 0.58,
                cy - Math.cos(angle) * r * 0.58,
                1));
      }
      out.append(
          path(
              "M "
                  + fmt(cx)
                  + " "
                  + fmt(cy)
                  + " L "
                  + fmt(cx + r * 0.3)
                  + " "
                  + fmt(cy - r * 0.12)
                  + " M "
                  + fmt(cx)
                  + " "
                  + fmt(cy)
                  + " L "
                  + fmt(cx + r * 0.06)
                  + " "
                  + fmt(cy - r * 0.42),
              "none",
              1.5));
    } else if (first(element, "messageEventDefinition") != null) {
      double w = r * 0.9;
      double h = r * 0.6;
      String fill = throwing ? "#22242a" : "#ffffff";
      String stroke = throwing ? "#ffffff" : "#22242a";
      out.append(
          "<rect x=\""
              + fmt(cx - w / 2)
              + "\" y=\""
              + fmt(cy - h / 2)
              + "\" width=\""
              + fmt(w)
              + "\" height=\""
              + fmt(h)
              + "\" fill=\""
              + fill
              + "\" stroke=\"#22242a\" stroke-width=\"1\"/>");
      out.append(
          "<path d=\"M "
              + fmt(cx - w / 2)
              + " "
              + fmt(cy - h / 2)
              + " L "
              + fmt(cx)
              + " "
              + fmt(cy + h / 6)
              + " L "
              + fmt(cx + w / 2)
              + " "
              + fmt(cy - h / 2)
              + "\" fill=\"none\" stroke=\""
              + stroke
              + "\" stroke-width=\"1\"/>");
    } else if (first(element, "signalEventDefinition") != null) {
      out.append(
          "<path d=\"M "
              + fmt(cx)
              + " "
              + fmt(cy - r * 0.5)
              + " L "
              + fmt(cx + r * 0.45)
              + " "
              + fmt(cy + r * 0.35)
              + " L "
              + fmt(cx - r * 0.45)
              + " "
              + fmt(cy + r * 0.35)
              + " Z\" fill=\""
              + (throwing ? "#22242a" : "none")
              + "\" stroke=\"#22242a\" stroke-width=\"1.5\"/>");
    } else if (first(element, "errorEventDefinition") != null
        || first(element, "escalationEventDefinition") != null) {
      out.append(
          "<path d=\"M "
              + fmt(cx - r * 0.4)
              + " "
              + fmt(cy + r * 0.4)
              + " L "
              + fmt(cx - r * 0.15)
              + " "
              + fmt(cy - r * 0.4)
              + " L "
              + fmt(cx + r * 0.1)
              + " "
              + fmt(cy + r * 0.1)
              + " L "
              + fmt(cx + r * 0.4)
              + " "
              + fmt(cy - r * 0.4)
              + "\" fill=\"none\" stroke=\"#22242a\" stroke-width=\"1.5\"/>");
    }
  }

  private static void gateway(String kind, Box box, StringBuilder out) {
    double cx = box.x + box.width / 2;
    double cy = box.y + box.height / 2;
    out.append(
        "<path d=\"M "
            + fmt(cx)
            + " "
            + fmt(box.y)
            + " L "
            + fmt(box.x + box.width)
            + " "
            + fmt(cy)
            + " L "
            + fmt(cx)
            + " "
            + fmt(box.y + box.height)
            + " L "
            + fmt(box.x)
            + " "
            + fmt(cy)
            + " Z\" fill=\"#ffffff\" stroke=\"#22242a\" stroke-width=\"2\"/>");
    double m = box.width * 0.2;
    switch (kind) {
      case "exclusiveGateway" ->
          out.append(
              path(
                  "M "
                      + fmt(cx - m)
                      + " "
                      + fmt(cy - m)
                      + " L "
                      + fmt(cx + m)
                      + " "
                      + fmt(cy + m)
                      + " M "
                      + fmt(cx + m)
                      + " "
                      + fmt(cy - m)
                      + " L "
                      + fmt(cx - m)
                      + " "
                      + fmt(cy + m),
                  "none",
                  3.5));
      case "parallelGateway" ->
          out.append(
              path(
                  "M "
                      + fmt(cx)
                      + " "
                      + fmt(cy - m * 1.2)
                      + " V "
                      + fmt(cy + m * 1.2)
                      + " M "
                      + fmt(cx - m * 1.2)
                      + " "
                      + fmt(cy)
                      + " H "
                      + fmt(cx + m * 1.2),
                  "none",
                  3.5));
      case "inclusiveGateway" -> out.append(circle(cx, cy, m * 1.1, 2.5, null));
      default -> out.append(circle(cx, cy, m * 1.1, 1.5, null));
    }
  }

  private static void taskIcon(String kind, Box box, StringBuilder out) {
    double x = box.x + 8;
    double y = box.y + 6;
    switch (kind) {
      case "userTask" -> {
        out.append(circle(x + 7, y + 5, 4, 1, null));
        out.append(
            path(
                "M "
                    + fmt(x)
                    + " "
                    + fmt(y + 17)
                    + " C "
                    + fmt(x)
                    + " "
                    + fmt(y + 9)
                    + " "
                    + fmt(x + 14)
                    + " "
                    + fmt(y + 9)
                    + " "
                    + fmt(x + 14)
                    + " "
                    + fmt(y + 17)
                    + " Z",
                "none",
                1));
      }
      case "serviceTask", "sendTask", "scriptTask" -> {
        double cx = x + 7;
        double cy = y + 8;
        for (int tooth = 0; tooth < 8; tooth++) {
          double angle = Math.PI * 2 * tooth / 8;
          out.append(
              line(
                  cx + Math.cos(angle) * 4.5,
                  cy + Math.sin(angle) * 4.5,
                  cx + Math.cos(angle) * 7.5,
                  cy + Math.sin(angle) * 7.5,
                  2.5));
        }
        out.append(circle(cx, cy, 5, 1.5, null));
        out.append(circle(cx, cy, 2, 1, null));
      }
      case "businessRuleTask" -> {
        out.append(rect(new Box(x, y, 16, 12), 0, "#ffffff", 1, null));
        out.append(
            path(
                "M "
                    + fmt(x)
                    + " "
                    + fmt(y + 4)
                    + " H "
                    + fmt(x + 16)
                    + " M "
                    + fmt(x)
                    + " "
                    + fmt(y + 8)
                    + " H "
                    + fmt(x + 16)
                    + " M "
                    + fmt(x + 5)
                    + " "
                    + fmt(y + 4)
                    + " V "
                    + fmt(y + 12),
                "none",
                1));
      }
      default -> {
        // a plain task or a call activity: no icon
      }
    }
  }

  /** Three bars at the bottom: upright for each-at-once (parallel), flat for one-after-another. */
  private static void loopMarker(Element element, Box box, StringBuilder out) {
    Element loop = first(element, "multiInstanceLoopCharacteristics");
    if (loop == null) {
      return;
    }
    boolean sequential = "true".equals(loop.getAttribute("isSequential"));
    double cx = box.x + box.width / 2;
    double by = box.y + box.height - 16;
    StringBuilder d = new StringBuilder();
    for (int i = -1; i <= 1; i++) {
      if (sequential) {
        d.append("M ")
            .append(fmt(cx - 6))
            .append(' ')
            .append(fmt(by + 6 + i * 4))
            .append(" H ")
            .append(fmt(cx + 6))
            .append(' ');
      } else {
        d.append("M ")
            .append(fmt(cx + i * 4))
            .append(' ')
            .append(fmt(by))
            .append(" V ")
            .append(fmt(by + 12))
            .append(' ');
      }
    }
    out.append(path(d.toString().trim(), "none", 2));
  }

  private static void edge(
      Element element,
      List<double[]> points,
      Box label,
      Map<String, Element> elements,
      StringBuilder out) {
    String kind = element.getLocalName();
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      d.append(i == 0 ? "M " : " L ")
          .append(fmt(points.get(i)[0]))
          .append(' ')
          .append(fmt(points.get(i)[1]));
    }
    out.append("<g data-element-id=\"").append(escape(element.getAttribute("id"))).append("\">");
    switch (kind) {
      case "messageFlow" ->
          out.append(
              "<path d=\""
                  + d
                  + "\" fill=\"none\" stroke=\"#22242a\" stroke-width=\"1.5\" stroke-dasharray=\"8,5\" marker-end=\"url(#arrow)\"/>");
      case "association", "dataInputAssociation", "dataOutputAssociation" ->
          out.append(
              "<path d=\""
                  + d
                  + "\" fill=\"none\" stroke=\"#22242a\" stroke-width=\"1\" stroke-dasharray=\"2,4\"/>");
      default -> {
        out.append(
            "<path d=\""
                + d
                + "\" fill=\"none\" stroke=\"#22242a\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>");
        Element source = elements.get(element.getAttribute("sourceRef"));
        if (source != null && element.getAttribute("id").equals(source.getAttribute("default"))) {
          // the default flow: a slash near its start
          double[] a = points.get(0);
          double[] b = points.get(1);
          double length = Math.hypot(b[0] - a[0], b[1] - a[1]);
          if (length > 0) {
            double ux = (b[0] - a[0]) / length;
            double uy = (b[1] - a[1]) / length;
            double mx = a[0] + ux * 12;
            double my = a[1] + uy * 12;
            out.append(
                line(
                    mx - uy * 5 - ux * 3,
                    my + ux * 5 - uy * 3,
                    mx + uy * 5 + ux * 3,
                    my - ux * 5 + uy * 3,
                    1.5));
          }
        }
      }
    }
    String name = element.getAttribute("name");
    if (!name.isBlank()) {
      if (label != null) {
        wrapped(name, label, "middle", 11, out);
      } else {
        double[] a = points.get(0);
        double[] b = points.get(1);
        text(name, (a[0] + b[0]) / 2 + 4, (a[1] + b[1]) / 2 - 4, 150, "start", 11, out);
      }
    }
    out.append("</g>\n");
  }

  private static void outsideLabel(String name, Box box, Box label, StringBuilder out) {
    if (name == null || name.isBlank()) {
      return;
    }
    Box where =
        label != null
            ? label
            : new Box(box.x + box.width / 2 - 50, box.y + box.height + 4, 100, 30);
    wrapped(name, where, "middle", 11, out);
  }

  /**
   * Text wrapped to the box's width (an average letter is taken as 0.55 of the font size), centred
   * in it.
   */
  private static void wrapped(String text, Box box, String anchor, double size, StringBuilder out) {
    if (text == null || text.isBlank()) {
      return;
    }
    int perLine = Math.max(6, (int) (box.width / (size * 0.55)));
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : text.trim().split("\\s+")) {
      if (current.length() > 0 && current.length() + 1 + word.length() > perLine) {
        lines.add(current.toString());
        current.setLength(0);
      }
      current.append(current.length() > 0 ? " " : "").append(word);
    }
    lines.add(current.toString());
    double lineHeight = size * 1.2;
    double top = box.y + Math.max(0, (box.height - lines.size() * lineHeight) / 2) + size;
    double x = "middle".equals(anchor) ? box.x + box.width / 2 : box.x + 4;
    out.append("<text font-size=\"")
        .append(fmt(size))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\" fill=\"#22242a\">");
    for (int i = 0; i < lines.size(); i++) {
      out.append("<tspan x=\"")
          .append(fmt(x))
          .append("\" y=\"")
          .append(fmt(top + i * lineHeight))
          .append("\">")
          .append(escape(lines.get(i)))
          .append("</tspan>");
    }
    out.append("</text>");
  }

  private static void text(
      String text,
      double x,
      double y,
      double width,
      String anchor,
      double size,
      StringBuilder out) {
    if (text == null || text.isBlank()) {
      return;
    }
    out.append(
        "<text x=\""
            + fmt(x)
            + "\" y=\""
            + fmt(y)
            + "\" font-size=\""
            + fmt(size)
            + "\" text-anchor=\""
            + anchor
            + "\" fill=\"#22242a\">"
            + escape(text.trim())
            + "</text>");
  }

  private static String rect(Box box, double radius, String fill, double stroke, String dash) {
    return "<rect x=\""
        + fmt(box.x)
        + "\" y=\""
        + fmt(box.y)
        + "\" width=\""
        + fmt(box.width)
        + "\" height=\""
        + fmt(box.height)
        + "\" rx=\""
        + fmt(radius)
        + "\" fill=\""
        + fill
        + "\" stroke=\"#22242a\" stroke-width=\""
        + fmt(stroke)
        + "\""
        + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
        + "/>";
  }

  private static String circle(double cx, double cy, double r, double stroke, String dash) {
    return "<circle cx=\""
        + fmt(cx)
        + "\" cy=\""
        + fmt(cy)
        + "\" r=\""
        + fmt(r)
        + "\" fill=\"#ffffff\" stroke=\"#22242a\" stroke-width=\""
        + fmt(stroke)
        + "\""
        + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
        + "/>";
  }

  private static String line(double x1, double y1, double x2, double y2, double stroke) {
    return "<line x1=\""
        + fmt(x1)
        + "\" y1=\""
        + fmt(y1)
        + "\" x2=\""
        + fmt(x2)
        + "\" y2=\""
        + fmt(y2)
        + "\" stroke=\"#22242a\" stroke-width=\""
        + fmt(stroke)
        + "\"/>";
  }

  private static String path(String d, String fill, double stroke) {
    return "<path d=\""
        + d
        + "\" fill=\""
        + fill
        + "\" stroke=\"#22242a\" stroke-width=\""
        + fmt(stroke)
        + "\"/>";
  }

  private static Box bounds(Element shape) {
    for (Node child = shape.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e
          && DC.equals(e.getNamespaceURI())
          && "Bounds".equals(e.getLocalName())) {
        return new Box(number(e, "x"), number(e, "y"), number(e, "width"), number(e, "height"));
      }
    }
    return null;
  }

  private static Box labelBounds(Element diElement) {
    for (Node child = diElement.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e
          && BPMNDI.equals(e.getNamespaceURI())
          && "BPMNLabel".equals(e.getLocalName())) {
        return bounds(e);
      }
    }
    return null;
  }

  private static Element first(Element parent, String localName) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e
          && BPMN.equals(e.getNamespaceURI())
          && localName.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  private static List<Element> children(NodeList nodes) {
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  private static double number(Element element, String attribute) {
    String value = element.getAttribute(attribute);
    return value.isBlank() ? 0 : Double.parseDouble(value);
  }

  private static String fmt(double value) {
    if (value == Math.rint(value)) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private record Box(double x, double y, double width, double height) {
    static Box union(Box a, Box b) {
      if (a == null) {
        return b;
      }
      if (b == null) {
        return a;
      }
      double x = Math.min(a.x, b.x);
      double y = Math.min(a.y, b.y);
      return new Box(
          x,
          y,
          Math.max(a.x + a.width, b.x + b.width) - x,
          Math.max(a.y + a.height, b.y + b.height) - y);
    }
  }
}
