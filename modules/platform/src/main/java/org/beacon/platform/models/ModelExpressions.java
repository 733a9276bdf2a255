package org.beacon.platform.models;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNode;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * What an expression in a model may do: read variables and Beacon's own settings, compare and
 * combine them. Parsed with the engine's own JUEL parser, so that what is checked is what would
 * run. Allowed: literals, variables, property access on them ({@code a.b}, {@code a['b']}),
 * arithmetic, comparisons, {@code empty}, {@code not}, {@code and}/{@code or}, the conditional
 * operator, and a bean of Beacon's own named on its own or read by property. Refused: every method
 * or function call, except the few the shipped models need, each with its reason in {@link
 * #ALLOWED_METHODS}; the engine's objects ({@code execution}, {@code task}, ...), its services, and
 * any bean that is not Beacon's; reflection through {@code .class}.
 */
final class ModelExpressions {

  /** Identifiers that hand an expression the engine itself. */
  static final Set<String> ENGINE_OBJECTS =
      Set.of(
          "execution",
          "task",
          "variableScope",
          "externalTask",
          "caseExecution",
          "processEngine",
          "processEngineServices",
          "processEngineConfiguration",
          "authenticatedUserId",
          "businessProcess",
          "variableContext",
          "decisionService");

  /** Properties that reach a class, its loader or the engine from any object. */
  private static final Set<String> FORBIDDEN_PROPERTIES =
      Set.of(
          "class",
          "classLoader",
          "declaringClass",
          "module",
          "protectionDomain",
          "processEngine",
          "processEngineServices",
          "processEngineConfiguration");

  /** Camunda's date functions: the current time, as a date or as a Joda DateTime for arithmetic. */
  private static final Set<String> ALLOWED_FUNCTIONS = Set.of("now", "dateTime");

  /**
   * The method calls the shipped models use, with why each is harmless:
   *
   * <ul>
   *   <li>on {@code dateTime()}: date arithmetic ({@code dateTime().plusDays(28).toDate()} for due
   *       dates), pure functions of a new value;
   *   <li>{@code workingDays.after(date, n)}: Beacon's school calendar, which reads only;
   *   <li>{@code allegationDeadlines.due(name, date)}: the staff-allegations deadline table (KCSIE
   *       time limits in working days), which reads only;
   *   <li>{@code incidentsInvolved.pupils(incidentId)} and {@code .staff(incidentId)}: the pupils
   *       and staff an incident names, read from the incident log, for the incident flow's
   *       multi-instance steps (one per person), which reads only;
   *   <li>{@code incidentsActions.toDo(incidentId, party)}: the actions decided for one party of an
   *       incident that the school's action table routes to someone, read from the incident log and
   *       the decision table, for the incident flow's action tasks (one per action), which reads
   *       only;
   *   <li>{@code recordsLists.lines(variable)}: the lines of a text variable a step before set (who
   *       signs a new agreement version, which leavers' images to delete), for the school records'
   *       multi-instance steps; a pure function of its argument;
   *   <li>{@code disposalReview.items(reviewId)}: the ids of the records a night's disposal review
   *       listed, read from the platform's table, for the disposal flow's multi-instance step (one
   *       review task per record), which reads only;
   *   <li>{@code contains(x)} on a variable: whether a list (the recommended sanctions) holds a
   *       value;
   *   <li>{@code execution.getVariable('name')}, with a quoted name and nothing else on {@code
   *       execution}: reads one variable of the instance that may be unset, which {@code ${name}}
   *       cannot (it fails on a name not yet set). It reads what {@code ${name}} reads.
   * </ul>
   */
  static final Map<String, String> ALLOWED_METHODS =
      Map.of(
          "dateTime()",
              "plusYears plusMonths plusWeeks plusDays plusHours plusMinutes minusDays minusHours withTimeAtStartOfDay toDate",
          "workingDays", "after",
          "allegationDeadlines", "due",
          "incidentsInvolved", "pupils staff",
          "incidentsActions", "toDo",
          "recordsLists", "lines",
          "disposalReview", "items",
          "variable", "contains");

  /** What the model's own beans answer: Beacon's, of another library, or none by that name. */
  enum BeanKind {
    BEACON,
    FOREIGN,
    NONE
  }

  @FunctionalInterface
  interface Beans {
    BeanKind kindOf(String name);
  }

  private final Beans beans;

  ModelExpressions(Beans beans) {
    this.beans = beans;
  }

  /** Whether the text holds an expression at all. */
  static boolean hasExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  /** Why this text may not run, or empty when it may. */
  Optional<String> problem(String text) {
    AstNode root;
    try {
      root =
          (AstNode)
              new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS)
                  .build(text)
                  .getRoot();
    } catch (TreeBuilderException e) {
      return Optional.of("cannot be parsed as an expression: " + e.getMessage());
    }
    return check(root);
  }

  private Optional<String> check(Node node) {
    if (node instanceof AstMethod method) {
      return checkMethod(method);
    }
    if (node instanceof AstFunction function) {
      if (!ALLOWED_FUNCTIONS.contains(function.getName()) || arguments(function) > 0) {
        return Optional.of(
            "calls the function "
                + function.getName()
                + "(...); models may call only now() and dateTime()");
      }
      return Optional.empty();
    }
    if (node instanceof AstIdentifier identifier) {
      return checkIdentifier(identifier.getName());
    }
    if (node instanceof AstDot dot) {
      String property = propertyOf(dot);
      if (FORBIDDEN_PROPERTIES.contains(property)) {
        return Optional.of(
            "reads the property '" + property + "', which reaches into Java or the engine");
      }
    }
    if (node instanceof AstBracket bracket && bracket.getChild(1) instanceof AstString quoted) {
      String property = quoted.toString().replaceAll("^[\"']|[\"']$", "");
      if (FORBIDDEN_PROPERTIES.contains(property)) {
        return Optional.of(
            "reads the property '" + property + "', which reaches into Java or the engine");
      }
    } else if (node instanceof AstBracket bracket) {
      // a['b'] is property access; a[expression] could compute a forbidden property name.
      Optional<String> inner = check(bracket.getChild(1));
      if (inner.isPresent()) {
        return inner;
      }
      return Optional.of("reads a property whose name is computed (a[...] with no quoted name)");
    }
    for (int i = 0; i < node.getCardinality(); i++) {
      Optional<String> child = check(node.getChild(i));
      if (child.isPresent()) {
        return child;
      }
    }
    return Optional.empty();
  }

  private Optional<String> checkIdentifier(String name) {
    if (ENGINE_OBJECTS.contains(name) || name.endsWith("Service")) {
      return Optional.of(
          "uses '" + name + "', the engine's own object; models read variables, not the engine");
    }
    if (beans.kindOf(name) == BeanKind.FOREIGN) {
      return Optional.of("uses the bean '" + name + "', which is not one of Beacon's");
    }
    return Optional.empty();
  }

  private Optional<String> checkMethod(AstMethod method) {
    AstProperty property = (AstProperty) method.getChild(0);
    Node target = property.getChild(0);
    String name = property instanceof AstDot dot ? propertyOf(dot) : "[...]";
    Node parameters = method.getChild(1);
    for (int i = 0; i < parameters.getCardinality(); i++) {
      Optional<String> argument = check(parameters.getChild(i));
      if (argument.isPresent()) {
        return argument;
      }
    }
    if (isDateTimeChain(target) && allowed("dateTime()", name)) {
      return Optional.empty();
    }
    if (target instanceof AstIdentifier on
        && "execution".equals(on.getName())
        && "getVariable".equals(name)
        && parameters.getCardinality() == 1
        && parameters.getChild(0) instanceof AstString) {
      return Optional.empty();
    }
    if (target instanceof AstIdentifier identifier) {
      String on = identifier.getName();
      Optional<String> root = checkIdentifier(on);
      if (root.isPresent()) {
        return root;
      }
      if (allowed(on, name) && beans.kindOf(on) == BeanKind.BEACON) {
        return Optional.empty();
      }
      if (allowed("variable", name) && beans.kindOf(on) == BeanKind.NONE) {
        return Optional.empty();
      }
    }
    Optional<String> inner = check(target);
    if (inner.isPresent()) {
      return inner;
    }
    return Optional.of(
        "calls the method "
            + name
            + "(...); models may not call methods (only dateTime() arithmetic, workingDays.after(date, days),"
            + " allegationDeadlines.due(name, date), execution.getVariable('name') and a variable's contains(value))");
  }

  /** {@code dateTime()} itself, or a chain of allowed date methods on it. */
  private boolean isDateTimeChain(Node node) {
    if (node instanceof AstFunction function) {
      return "dateTime".equals(function.getName()) && arguments(function) == 0;
    }
    if (node instanceof AstMethod method && method.getChild(0) instanceof AstDot dot) {
      return allowed("dateTime()", propertyOf(dot))
          && isDateTimeChain(dot.getChild(0))
          && checkMethod(method).isEmpty();
    }
    return false;
  }

  private static boolean allowed(String on, String method) {
    String methods = ALLOWED_METHODS.get(on);
    return methods != null && Set.of(methods.split(" ")).contains(method);
  }

  /** A function's children are one node, its parameter list. */
  private static int arguments(AstFunction function) {
    return function.getCardinality() == 0 ? 0 : function.getChild(0).getCardinality();
  }

  /** JUEL prints a property access as {@code ". name"}. */
  private static String propertyOf(AstDot dot) {
    String printed = dot.toString();
    return printed.startsWith(". ") ? printed.substring(2) : printed;
  }
}
