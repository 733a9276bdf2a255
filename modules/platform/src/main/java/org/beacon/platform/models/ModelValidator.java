package org.beacon.platform.models;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.beacon.platform.api.Role;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityBehavior;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.impl.DmnModelConstants;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.ModelException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXParseException;

/**
 * Checks a model an administrator wants to deploy, before the engine sees it: the size limit, no
 * DOCTYPE (so no entities), valid BPMN or DMN, a history time to live on everything the engine
 * keeps history of, candidate groups that are Beacon's roles, delegate expressions that name
 * existing beans, and, unless {@link ModelRules#allowScripts()}, no scripts, Java classes,
 * connectors or resources from outside Beacon. Every problem is reported, keyed by the element at
 * fault, so the designer can point at it.
 */
public final class ModelValidator {

  /** The problem key of the document as a whole. */
  public static final String DOCUMENT = "xml";

  static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA_BPMN_NS = "http://camunda.org/schema/1.0/bpmn";

  private static final Pattern BEAN_EXPRESSION =
      Pattern.compile("^[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");
  private static final Pattern EXPRESSION = Pattern.compile("^[$#]\\{.*}$", Pattern.DOTALL);

  /**
   * Form keys that stay inside Beacon: a plain key, or a form in the application or the deployment,
   * optionally marked embedded or Camunda Forms. No scheme, host, absolute path or {@code ..}.
   */
  private static final Pattern INSIDE_FORM_KEY =
      Pattern.compile(
          "^(?:(?:embedded:|camunda-forms:)?(?:app|deployment):)?[A-Za-z0-9_][A-Za-z0-9_./-]*$");

  /** DMN expression languages that are not scripts: FEEL (by name or namespace) and JUEL. */
  private static final Set<String> DMN_EXPRESSION_LANGUAGES =
      Set.of(
          "feel",
          "juel",
          DmnModelConstants.FEEL_NS,
          DmnModelConstants.FEEL12_NS,
          DmnModelConstants.FEEL13_NS,
          DmnModelConstants.FEEL14_NS,
          DmnModelConstants.FEEL15_NS);

  private static final String SCRIPTS_OFF =
      "scripts are turned off on this server (beacon.models.allow-scripts)";

  private static final List<String> ROLE_IDS = Arrays.stream(Role.values()).map(Role::id).toList();

  /**
   * The engine's column sizes (its create scripts): ids that end up in history, e.g. {@code
   * ACT_HI_DEC_OUT.RULE_ID_} and {@code CLAUSE_ID_}, hold 64 characters; a longer id deploys and
   * then fails when history is written. Names, labels, keys and variable names hold 255; {@code
   * camunda:versionTag} ({@code VERSION_TAG_}) holds 64.
   */
  static final int MAX_ID = 64;

  static final int MAX_NAME = 255;

  /** Attributes whose value the engine stores in a 255-character column. */
  private static final Set<String> NAME_ATTRIBUTES =
      Set.of(
          "name",
          "label",
          "resultVariable",
          "calledElement",
          "decisionRef",
          "messageRef",
          "signalRef",
          "errorCode",
          "escalationCode",
          "elementVariable",
          "collection",
          "camunda:formKey");

  /**
   * Elements whose text is prose or a literal, never evaluated (a script's text is the script's
   * business: scripts have their own rule). A BPMN text annotation's {@code text} is prose too; a
   * DMN {@code text} is an expression.
   */
  private static final Set<String> LITERAL_TEXT =
      Set.of("documentation", "string", "description", "script");

  private static final Pattern FEEL_EXTERNAL_FUNCTION = Pattern.compile("\\bexternal\\s*\\{");

  /** Diagram interchange: shapes and edges, whose ids the engine never stores. */
  private static final Set<String> DIAGRAM_NAMESPACES =
      Set.of(
          "http://www.omg.org/spec/BPMN/20100524/DI",
          "http://www.omg.org/spec/DD/20100524/DC",
          "http://www.omg.org/spec/DD/20100524/DI",
          "https://www.omg.org/spec/DMN/20191111/DMNDI/",
          "http://www.omg.org/spec/DMN/20180521/DMNDI/",
          "http://www.omg.org/spec/DMN/20180521/DC/",
          "http://www.omg.org/spec/DMN/20180521/DI/");

  private final ModelRules rules;
  private final DelegateBeans beans;
  private final ModelExpressions expressions;

  public ModelValidator(ModelRules rules, DelegateBeans beans) {
    this.rules = rules;
    this.beans = beans;
    this.expressions = new ModelExpressions(this::beanKind);
  }

  /**
   * Whether a name is one of Beacon's beans, another library's (the engine's services), or none.
   */
  private ModelExpressions.BeanKind beanKind(String name) {
    return beans
        .typesOf(name)
        .map(
            types ->
                types.stream().anyMatch(t -> t.getName().startsWith("org.beacon."))
                    ? ModelExpressions.BeanKind.BEACON
                    : ModelExpressions.BeanKind.FOREIGN)
        .orElse(ModelExpressions.BeanKind.NONE);
  }

  /**
   * The engine's column sizes for ids and names, and every expression in an attribute or in the
   * element's own text, for BPMN and DMN alike.
   */
  private void checkSizesAndExpressions(Element element, Findings findings) {
    if (element.getNamespaceURI() != null
        && DIAGRAM_NAMESPACES.contains(element.getNamespaceURI())) {
      return;
    }
    String where = nearestId(element);
    String local = element.getLocalName();
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      if ("http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
        continue;
      }
      String name = attribute.getName();
      String plain = attribute.getLocalName() == null ? name : attribute.getLocalName();
      String value = attribute.getValue();
      String what = local + " " + name;
      if ("id".equals(name) && value.length() > MAX_ID) {
        findings.problem(
            where,
            what
                + " is "
                + value.length()
                + " characters; ids may have at most "
                + MAX_ID
                + " (the engine's history columns hold no more, and a longer id fails at run time)");
      } else if ("versionTag".equals(plain) && value.length() > MAX_ID) {
        findings.problem(
            where,
            what
                + " is "
                + value.length()
                + " characters; at most "
                + MAX_ID
                + " (the engine's column)");
      } else if ((NAME_ATTRIBUTES.contains(plain) || NAME_ATTRIBUTES.contains(name))
          && value.length() > MAX_NAME) {
        findings.problem(
            where,
            what
                + " is "
                + value.length()
                + " characters; at most "
                + MAX_NAME
                + " (the engine's column)");
      }
      if (ModelExpressions.hasExpression(value)) {
        expressions
            .problem(value)
            .ifPresent(reason -> findings.problem(where, what + " '" + value + "' " + reason));
      }
    }
    boolean annotation =
        "text".equals(local)
            && element.getParentNode() instanceof Element parent
            && "textAnnotation".equals(parent.getLocalName());
    if (!LITERAL_TEXT.contains(local) && !annotation) {
      directText(element)
          .filter(ModelExpressions::hasExpression)
          .ifPresent(
              text ->
                  expressions
                      .problem(text.strip())
                      .ifPresent(
                          reason ->
                              findings.problem(
                                  where, describe(element) + " '" + text.strip() + "' " + reason)));
    }
    if ("inputParameter".equals(local)
        || "outputParameter".equals(local)
        || "formField".equals(local)) {
      String variable =
          element.getAttribute(
              "inputParameter".equals(local) || "outputParameter".equals(local) ? "name" : "id");
      if (variable.length() > MAX_NAME) {
        findings.problem(
            where,
            describe(element)
                + " names a variable of "
                + variable.length()
                + " characters; at most "
                + MAX_NAME);
      }
    }
  }

  /** An element as a person finds it in the XML: its name, and the name attribute it carries. */
  private static String describe(Element element) {
    String name = element.getAttribute("name");
    return element.getLocalName() + (name.isEmpty() ? "" : " '" + name + "'");
  }

  /** The element's own text, not its children's; empty when it has none. */
  private static Optional<String> directText(Element element) {
    StringBuilder text = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    return text.toString().isBlank() ? Optional.empty() : Optional.of(text.toString());
  }

  public ModelCheck check(ModelType type, String xml) {
    Findings findings = new Findings();
    List<String> keys = new ArrayList<>();
    Document document = readSafely(type, xml, findings);
    if (document != null) {
      byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
      try {
        if (type == ModelType.BPMN) {
          checkProcesses(Bpmn.readModelFromStream(new ByteArrayInputStream(bytes)), keys, findings);
          checkBpmnElements(document.getDocumentElement(), findings);
        } else {
          checkDecisions(Dmn.readModelFromStream(new ByteArrayInputStream(bytes)), keys, findings);
          checkDmnElements(document.getDocumentElement(), findings);
        }
      } catch (ModelException | IllegalArgumentException e) {
        findings.problem(
            DOCUMENT,
            "is not valid " + (type == ModelType.BPMN ? "BPMN 2.0" : "DMN") + ": " + reason(e));
      }
    }
    return new ModelCheck(type, keys, findings.problems, findings.warnings);
  }

  /**
   * Size, DOCTYPE, well-formedness and the root element; null when the document goes no further.
   */
  private Document readSafely(ModelType type, String xml, Findings findings) {
    if (xml == null || xml.isBlank()) {
      findings.problem(DOCUMENT, "is empty");
      return null;
    }
    long size = xml.getBytes(StandardCharsets.UTF_8).length;
    if (size > rules.maxBytes()) {
      findings.problem(
          DOCUMENT,
          "is "
              + size
              + " bytes; models may be at most "
              + rules.maxBytes()
              + " bytes (beacon.models.max-bytes)");
      return null;
    }
    Document document;
    try {
      document = HardenedXml.parse(xml);
    } catch (HardenedXml.Refused refused) {
      findings.problem(DOCUMENT, refused.getMessage());
      return null;
    }
    Element root = document.getDocumentElement();
    String namespace = root.getNamespaceURI() == null ? "" : root.getNamespaceURI();
    boolean bpmn = BPMN_NS.equals(namespace) && "definitions".equals(root.getLocalName());
    boolean dmn = namespace.contains("/DMN/") && "definitions".equals(root.getLocalName());
    if (type == ModelType.BPMN && !bpmn) {
      findings.problem(
          DOCUMENT,
          dmn
              ? "is a DMN model; deploy it as type dmn"
              : "is not a BPMN 2.0 model: the root must be bpmn:definitions");
      return null;
    }
    if (type == ModelType.DMN && !dmn) {
      findings.problem(
          DOCUMENT,
          bpmn
              ? "is a BPMN model; deploy it as type bpmn"
              : "is not a DMN model: the root must be DMN definitions");
      return null;
    }
    return document;
  }

  // --- BPMN --------------------------------------------------------------------------------

  private void checkProcesses(BpmnModelInstance model, List<String> keys, Findings findings) {
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (!process.isExecutable()) {
        continue;
      }
      keys.add(process.getId());
      if (isBlank(process.getCamundaHistoryTimeToLiveString())) {
        findings.problem(
            process.getId(),
            "needs camunda:historyTimeToLive, the days its history is kept (e.g. 180)");
      }
    }
    if (keys.isEmpty()) {
      findings.problem(DOCUMENT, "has no executable process: mark the process as executable");
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      checkCandidateGroups(task, findings);
    }
  }

  private static void checkCandidateGroups(UserTask task, Findings findings) {
    String groups = task.getCamundaCandidateGroups();
    if (isBlank(groups)) {
      if (isBlank(task.getCamundaCandidateUsers()) && isBlank(task.getCamundaAssignee())) {
        findings.warning(
            task.getId(), "is offered to nobody: give it candidate groups (roles) or an assignee");
      }
      return;
    }
    List<String> unknown =
        splitGroups(groups).stream()
            .filter(group -> !EXPRESSION.matcher(group).matches())
            .filter(group -> Role.fromId(group).isEmpty())
            .toList();
    for (String group : unknown) {
      findings.problem(
          task.getId(),
          "candidate group '"
              + group
              + "' is not a Beacon role ("
              + String.join(", ", ROLE_IDS)
              + ")");
    }
  }

  /** Splits a comma list, leaving commas inside {@code ${...}} expressions alone. */
  static List<String> splitGroups(String groups) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (char c : groups.toCharArray()) {
      if (c == '{') {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(current.toString().trim());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    parts.add(current.toString().trim());
    return parts.stream().filter(p -> !p.isEmpty()).toList();
  }

  private void checkBpmnElements(Element element, Findings findings) {
    String where = nearestId(element);
    String local = element.getLocalName();
    boolean bpmnElement = BPMN_NS.equals(element.getNamespaceURI());
    boolean camundaElement = CAMUNDA_BPMN_NS.equals(element.getNamespaceURI());

    if (!rules.allowScripts()) {
      if (bpmnElement && "scriptTask".equals(local)) {
        findings.problem(where, "is a script task; " + SCRIPTS_OFF);
      } else if (camundaElement && "script".equals(local)) {
        findings.problem(where, "runs a script (camunda:script); " + SCRIPTS_OFF);
      } else if (bpmnElement && element.hasAttribute("language")) {
        findings.problem(
            where,
            "has a script "
                + local
                + " (language "
                + element.getAttribute("language")
                + "); "
                + SCRIPTS_OFF);
      }
      if (camundaElement && "connector".equals(local)) {
        findings.problem(
            where,
            "calls a connector (camunda:connector), which reaches outside Beacon; " + SCRIPTS_OFF);
      }
      camundaAttribute(element, "class")
          .ifPresent(
              c ->
                  findings.problem(
                      where, "runs the Java class " + c + " (camunda:class); " + SCRIPTS_OFF));
      camundaAttribute(element, "variableMappingClass")
          .ifPresent(
              c ->
                  findings.problem(
                      where,
                      "runs the Java class "
                          + c
                          + " (camunda:variableMappingClass); "
                          + SCRIPTS_OFF));
      camundaAttribute(element, "resource")
          .ifPresent(
              r ->
                  findings.problem(
                      where,
                      "loads the resource "
                          + r
                          + " (camunda:resource) from outside the model; "
                          + SCRIPTS_OFF));
      camundaAttribute(element, "formKey")
          .filter(key -> !isInsideFormKey(key))
          .ifPresent(
              key ->
                  findings.problem(
                      where,
                      "camunda:formKey '"
                          + key
                          + "' points outside Beacon: use a plain key or an app: or deployment: form; "
                          + SCRIPTS_OFF));
    }
    camundaAttribute(element, "delegateExpression")
        .ifPresent(e -> checkDelegate(element, e, where, findings));
    checkSizesAndExpressions(element, findings);

    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        checkBpmnElements(childElement, findings);
      }
    }
  }

  static boolean isInsideFormKey(String key) {
    String trimmed = key.trim();
    return INSIDE_FORM_KEY.matcher(trimmed).matches() && !trimmed.contains("..");
  }

  private void checkDelegate(Element element, String expression, String where, Findings findings) {
    Matcher bean = BEAN_EXPRESSION.matcher(expression.trim());
    if (!bean.matches()) {
      findings.problem(
          where,
          "camunda:delegateExpression '" + expression + "' must name a bean, as ${beanName}");
      return;
    }
    String name = bean.group(1);
    Optional<Set<Class<?>>> types = beans.typesOf(name);
    if (types.isEmpty()) {
      findings.problem(
          where, "camunda:delegateExpression names the bean '" + name + "', which does not exist");
      return;
    }
    if (beanKind(name) != ModelExpressions.BeanKind.BEACON) {
      findings.problem(
          where,
          "camunda:delegateExpression names the bean '" + name + "', which is not one of Beacon's");
      return;
    }
    List<Class<?>> expected =
        switch (element.getLocalName()) {
          case "taskListener" -> List.of(TaskListener.class);
          case "executionListener" -> List.of(ExecutionListener.class);
          default -> List.of(JavaDelegate.class, ActivityBehavior.class);
        };
    boolean fits =
        types.get().stream().anyMatch(t -> expected.stream().anyMatch(e -> e.isAssignableFrom(t)));
    if (!fits) {
      findings.problem(
          where,
          "the bean '"
              + name
              + "' is not a "
              + expected.stream().map(Class::getSimpleName).collect(Collectors.joining(" or ")));
    }
  }

  // --- DMN ---------------------------------------------------------------------------------

  private static void checkDecisions(DmnModelInstance model, List<String> keys, Findings findings) {
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      keys.add(decision.getId());
      if (isBlank(decision.getCamundaHistoryTimeToLiveString())) {
        findings.problem(
            decision.getId(),
            "needs camunda:historyTimeToLive, the days its history is kept (e.g. 180)");
      }
    }
    if (keys.isEmpty()) {
      findings.problem(DOCUMENT, "has no decision");
    }
  }

  private void checkDmnElements(Element element, Findings findings) {
    checkSizesAndExpressions(element, findings);
    if (!rules.allowScripts()) {
      directText(element)
          .filter(text -> FEEL_EXTERNAL_FUNCTION.matcher(text).find())
          .ifPresent(
              text ->
                  findings.problem(
                      nearestId(element),
                      element.getLocalName()
                          + " defines an external function (Java called from FEEL); "
                          + SCRIPTS_OFF));
    }
    if (!rules.allowScripts() && element.hasAttribute("expressionLanguage")) {
      String language = element.getAttribute("expressionLanguage").trim();
      if (!language.isEmpty()
          && !DMN_EXPRESSION_LANGUAGES.contains(language.toLowerCase(Locale.ROOT))
          && !DMN_EXPRESSION_LANGUAGES.contains(language)) {
        findings.problem(
            nearestId(element),
            element.getLocalName()
                + " is written in "
                + language
                + ", a script language; use FEEL, or "
                + SCRIPTS_OFF);
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        checkDmnElements(childElement, findings);
      }
    }
  }

  // --- helpers -----------------------------------------------------------------------------

  /**
   * A Camunda attribute: {@code camunda:name} on a BPMN element, and also plain {@code name} on a
   * Camunda element, the form listeners and scripts are written in ({@code <camunda:taskListener
   * class="..."/>}).
   */
  private static Optional<String> camundaAttribute(Element element, String name) {
    Attr attribute = element.getAttributeNodeNS(CAMUNDA_BPMN_NS, name);
    if (attribute == null && CAMUNDA_BPMN_NS.equals(element.getNamespaceURI())) {
      attribute = element.getAttributeNodeNS(null, name);
    }
    return attribute == null ? Optional.empty() : Optional.of(attribute.getValue());
  }

  private static String nearestId(Element element) {
    for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
      if (e.hasAttribute("id") && !e.getAttribute("id").isBlank()) {
        return e.getAttribute("id");
      }
    }
    return DOCUMENT;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /** The parser's own words, with its position in the document, never a class name. */
  static String reason(Throwable thrown) {
    Throwable deepest = thrown;
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof SAXParseException parse) {
        return "line "
            + parse.getLineNumber()
            + ", column "
            + parse.getColumnNumber()
            + ": "
            + parse.getMessage();
      }
      deepest = t;
      if (t.getCause() == t) {
        break;
      }
    }
    String message = deepest.getMessage() == null ? "it cannot be read" : deepest.getMessage();
    return message.replaceAll("^(Fatal )?Error: URI=\\S* Line=(\\d+): ", "line $2: ");
  }

  /** Problems and warnings by key; several on one key are joined. */
  private static final class Findings {
    final Map<String, String> problems = new LinkedHashMap<>();
    final Map<String, String> warnings = new LinkedHashMap<>();

    void problem(String key, String message) {
      problems.merge(key, message, (a, b) -> a + "; " + b);
    }

    void warning(String key, String message) {
      warnings.merge(key, message, (a, b) -> a + "; " + b);
    }
  }
}
