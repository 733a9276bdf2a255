package org.beacon.platform.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.beacon.platform.Modules;
import org.beacon.platform.api.BeaconModule;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document ({@code /openapi}) where annotations on every method would only
 * repeat themselves: the one error shape ({@link ApiError}) and the answers every operation can
 * give with it, and the Bean Validation constraints of the request records.
 *
 * <p>The constraints are read here, by reflection over the records the resources accept, because
 * Payara's own reading of them fails the whole document (a NullPointerException in its {@code
 * visitNotBlank} for a record's constructor parameters); {@code mp.openapi.scan.beanvalidation} is
 * therefore off, and this filter puts {@code required}, lengths, sizes and patterns on the record
 * schemas instead. Registered as {@code mp.openapi.filter} in the WAR's
 * microprofile-config.properties.
 */
public class ApiDocument implements OASFilter {

  private static final Logger LOG = Logger.getLogger(ApiDocument.class.getName());

  /** The schema of {@link ApiError} in {@code components/schemas}. */
  public static final String ERROR_SCHEMA = "ApiError";

  private static final String ERROR_REF = "#/components/schemas/" + ERROR_SCHEMA;

  @Override
  public void filterOpenAPI(OpenAPI api) {
    if (api.getComponents() == null) {
      api.setComponents(OASFactory.createComponents());
    }
    withoutPathPatterns(api);
    Components components = api.getComponents();
    components.addSchema(ERROR_SCHEMA, errorSchema());
    if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
      api.getPaths().getPathItems().forEach((path, item) -> describeErrors(path, item));
    }
    if (components.getSchemas() != null) {
      Map<String, Class<?>> records = records();
      typeJavaTime(components.getSchemas(), records);
      constrain(components.getSchemas(), records);
    }
    referToRecords(api);
    if (components.getSchemas() != null) {
      components.getSchemas().values().forEach(ApiDocument::withoutDefaults);
    }
    uniqueOperationIds(api);
  }

  /**
   * A JAX-RS template may hold a pattern ({@code {id: [0-9]+}}), which Payara copies into the path;
   * OpenAPI paths name the parameter only ({@code {id}}).
   */
  static String withoutPattern(String path) {
    return path.replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}");
  }

  private static void withoutPathPatterns(OpenAPI api) {
    if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
      return;
    }
    new java.util.TreeMap<>(api.getPaths().getPathItems())
        .forEach(
            (path, item) -> {
              String plain = withoutPattern(path);
              if (!plain.equals(path)) {
                api.getPaths().removePathItem(path);
                api.getPaths().addPathItem(plain, item);
              }
            });
  }

  // --- schemas named in annotations
  // ---------------------------------------------------------------

  /**
   * Payara copies a record named in {@code @Content(schema = @Schema(implementation = ...))} into
   * the operation instead of referring to its schema, and leaves it out of the components. Here
   * such answers and bodies refer to {@code #/components/schemas/<record>}, made from the record
   * when Payara made none.
   */
  private static void referToRecords(OpenAPI api) {
    if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
      return;
    }
    Map<String, Method> methods = new LinkedHashMap<>();
    for (BeaconModule module : Modules.all()) {
      for (Class<?> resource : module.apiClasses()) {
        Path classPath = resource.getAnnotation(Path.class);
        if (classPath == null) {
          continue;
        }
        for (Method method : resource.getMethods()) {
          String http = httpMethod(method);
          if (http != null) {
            Path methodPath = method.getAnnotation(Path.class);
            methods.put(
                http
                    + " "
                    + documentedPath(
                        classPath.value(), methodPath == null ? "" : methodPath.value()),
                method);
          }
        }
      }
    }
    api.getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations()
                    .forEach(
                        (verb, operation) -> {
                          if (operation.getResponses() != null
                              && operation.getResponses().getAPIResponses() != null) {
                            operation
                                .getResponses()
                                .getAPIResponses()
                                .values()
                                .forEach(r -> clean(r.getContent()));
                          }
                          if (operation.getRequestBody() != null) {
                            clean(operation.getRequestBody().getContent());
                          }
                          Method method = methods.get(verb.name() + " " + path);
                          if (method == null) {
                            return;
                          }
                          successInsteadOfDefault(operation, method);
                          for (org.eclipse.microprofile.openapi.annotations.responses.APIResponse
                              answer :
                                  method.getAnnotationsByType(
                                      org.eclipse.microprofile.openapi.annotations.responses
                                          .APIResponse.class)) {
                            APIResponse documented =
                                operation.getResponses() == null
                                    ? null
                                    : operation
                                        .getResponses()
                                        .getAPIResponse(answer.responseCode());
                            if (documented != null) {
                              refer(api, documented.getContent(), answer.content());
                            }
                          }
                          for (java.lang.reflect.Parameter parameter : method.getParameters()) {
                            org.eclipse.microprofile.openapi.annotations.parameters.RequestBody
                                body =
                                    parameter.getAnnotation(
                                        org.eclipse.microprofile.openapi.annotations.parameters
                                            .RequestBody.class);
                            if (body != null && operation.getRequestBody() != null) {
                              refer(api, operation.getRequestBody().getContent(), body.content());
                            }
                          }
                        }));
  }

  /**
   * Payara documents the answer of a method without {@code @APIResponse} as {@code default}, the
   * code for "any other answer"; it is the success answer: 200 with the returned type, or 204 for a
   * method that returns nothing.
   */
  private static void successInsteadOfDefault(Operation operation, Method method) {
    APIResponses responses = operation.getResponses();
    if (responses == null
        || !responses.hasAPIResponse(APIResponses.DEFAULT)
        || responses.getAPIResponses().keySet().stream()
            .anyMatch(code -> code.matches("[23]\\d\\d"))) {
      return;
    }
    APIResponse success = responses.getAPIResponse(APIResponses.DEFAULT);
    responses.removeAPIResponse(APIResponses.DEFAULT);
    if (method.getReturnType() == void.class) {
      responses.addAPIResponse("204", OASFactory.createAPIResponse().description("Done"));
    } else {
      responses.addAPIResponse("200", success.description("OK"));
    }
  }

  private static void refer(
      OpenAPI api,
      Content documented,
      org.eclipse.microprofile.openapi.annotations.media.Content[] declared) {
    if (documented == null || documented.getMediaTypes() == null) {
      return;
    }
    for (org.eclipse.microprofile.openapi.annotations.media.Content content : declared) {
      Class<?> record = content.schema().implementation();
      MediaType media = documented.getMediaTypes().get(content.mediaType());
      if (!record.isRecord() || media == null) {
        continue;
      }
      Schema ref = OASFactory.createSchema().ref("#/components/schemas/" + schemaName(record));
      boolean array =
          content.schema().type()
              == org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY;
      media.setSchema(array ? OASFactory.createSchema().type(SchemaType.ARRAY).items(ref) : ref);
      ensureSchema(api.getComponents(), record);
    }
  }

  /** A schema for the record in the components, made from its components when there is none. */
  private static void ensureSchema(Components components, Class<?> record) {
    String name = schemaName(record);
    if (components.getSchemas() != null && components.getSchemas().containsKey(name)) {
      return;
    }
    Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
    components.addSchema(name, schema);
    for (RecordComponent component : record.getRecordComponents()) {
      schema.addProperty(component.getName(), schemaOf(components, component.getGenericType()));
    }
  }

  private static Schema schemaOf(Components components, Type type) {
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() instanceof Class<?> raw) {
      Type[] arguments = parameterized.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        return OASFactory.createSchema()
            .type(SchemaType.ARRAY)
            .items(schemaOf(components, arguments[0]));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return OASFactory.createSchema()
            .type(SchemaType.OBJECT)
            .additionalPropertiesSchema(schemaOf(components, arguments[1]));
      }
      return OASFactory.createSchema().type(SchemaType.OBJECT);
    }
    if (!(type instanceof Class<?> cls)) {
      return OASFactory.createSchema();
    }
    if (cls.isRecord()) {
      ensureSchema(components, cls);
      return OASFactory.createSchema().ref("#/components/schemas/" + schemaName(cls));
    }
    if (cls.isEnum()) {
      Schema schema = OASFactory.createSchema().type(SchemaType.STRING);
      for (Object constant : cls.getEnumConstants()) {
        schema.addEnumeration(((Enum<?>) constant).name());
      }
      return schema;
    }
    if (cls == String.class || cls == char.class || cls == Character.class) {
      return OASFactory.createSchema().type(SchemaType.STRING);
    }
    if (cls == boolean.class || cls == Boolean.class) {
      return OASFactory.createSchema().type(SchemaType.BOOLEAN);
    }
    if (cls == double.class
        || cls == Double.class
        || cls == float.class
        || cls == Float.class
        || cls == BigDecimal.class) {
      return OASFactory.createSchema().type(SchemaType.NUMBER);
    }
    if (cls.isArray()) {
      return cls == byte[].class
          ? OASFactory.createSchema().type(SchemaType.STRING).format("byte")
          : OASFactory.createSchema()
              .type(SchemaType.ARRAY)
              .items(schemaOf(components, cls.getComponentType()));
    }
    Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
    retype(cls, schema);
    return schema;
  }

  private static void clean(Content content) {
    if (content == null || content.getMediaTypes() == null) {
      return;
    }
    for (MediaType media : content.getMediaTypes().values()) {
      if (media.getSchema() != null) {
        withoutDefaults(media.getSchema());
        if (media.getSchema().getItems() != null) {
          withoutDefaults(media.getSchema().getItems());
        }
      }
    }
  }

  /**
   * The annotation defaults Payara copies into a schema named with {@code @Schema(name)}: none of
   * them says anything.
   */
  private static void withoutDefaults(Schema schema) {
    if (Boolean.FALSE.equals(schema.getDeprecated())) {
      schema.setDeprecated(null);
    }
    if (Boolean.FALSE.equals(schema.getNullable())) {
      schema.setNullable(null);
    }
    if (Boolean.FALSE.equals(schema.getReadOnly())) {
      schema.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getWriteOnly())) {
      schema.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinLength())) {
      schema.setMinLength(null);
    }
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  /**
   * {@code /api/...} as the document writes it: no template patterns ({@code {id: [0-9]+}} is
   * {@code {id}}).
   */
  private static String documentedPath(String... parts) {
    StringBuilder path = new StringBuilder("/api");
    for (String part : parts) {
      for (String segment : part.split("/")) {
        if (!segment.isBlank()) {
          path.append('/').append(segment.strip());
        }
      }
    }
    return withoutPattern(path.toString());
  }

  /**
   * Payara names an operation after its Java method ({@code list}, {@code get}), so several share
   * one id; generated clients need them unique. A repeated id gets the path's fixed segments
   * appended: {@code list} on {@code /api/incidents} becomes {@code listIncidents}.
   */
  private static void uniqueOperationIds(OpenAPI api) {
    if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
      return;
    }
    Map<String, Integer> uses = new java.util.HashMap<>();
    api.getPaths()
        .getPathItems()
        .values()
        .forEach(
            item ->
                item.getOperations()
                    .values()
                    .forEach(
                        op -> uses.merge(String.valueOf(op.getOperationId()), 1, Integer::sum)));
    new java.util.TreeMap<>(api.getPaths().getPathItems())
        .forEach(
            (path, item) ->
                item.getOperations()
                    .forEach(
                        (method, op) -> {
                          if (op.getOperationId() == null || uses.get(op.getOperationId()) > 1) {
                            StringBuilder id =
                                new StringBuilder(
                                    op.getOperationId() == null
                                        ? method.name().toLowerCase(java.util.Locale.ROOT)
                                        : op.getOperationId());
                            for (String segment : path.split("[/-]")) {
                              if (!segment.isEmpty()
                                  && !segment.equals("api")
                                  && !segment.startsWith("{")) {
                                id.append(Character.toUpperCase(segment.charAt(0)))
                                    .append(segment.substring(1));
                              }
                            }
                            op.setOperationId(id.toString());
                          }
                        }));
  }

  /**
   * Payara describes {@code java.time} values and {@code Long} as objects and numbers; JSON-B
   * writes them as ISO-8601 strings and whole numbers.
   */
  private static void typeJavaTime(Map<String, Schema> schemas, Map<String, Class<?>> records) {
    records.forEach(
        (name, record) -> {
          Schema schema = schemas.get(name);
          if (schema == null || schema.getProperties() == null) {
            return;
          }
          for (RecordComponent component : record.getRecordComponents()) {
            Schema property = schema.getProperties().get(component.getName());
            if (property == null || property.getRef() != null) {
              continue;
            }
            Class<?> type = component.getType();
            Schema target = property;
            if (java.util.Collection.class.isAssignableFrom(type)
                && component.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element
                && property.getItems() != null
                && property.getItems().getRef() == null) {
              type = element;
              target = property.getItems();
            }
            retype(type, target);
          }
        });
  }

  private static void retype(Class<?> type, Schema schema) {
    if (type == java.time.LocalDate.class) {
      schema.type(SchemaType.STRING).format("date").properties(null);
    } else if (type == java.time.Instant.class
        || type == java.time.OffsetDateTime.class
        || type == java.time.ZonedDateTime.class) {
      schema.type(SchemaType.STRING).format("date-time").properties(null);
    } else if (type == java.time.LocalDateTime.class) {
      schema
          .type(SchemaType.STRING)
          .properties(null)
          .description(
              schema.getDescription() == null
                  ? "date and time in school time, e.g. 2026-11-20T10:15"
                  : schema.getDescription());
    } else if (type == java.time.LocalTime.class) {
      schema.type(SchemaType.STRING).properties(null);
    } else if (type == java.time.Duration.class) {
      schema.type(SchemaType.STRING).format("duration").properties(null);
    } else if (type == Long.class || type == long.class) {
      schema.type(SchemaType.INTEGER).format("int64");
    } else if (type == Integer.class || type == int.class) {
      schema.type(SchemaType.INTEGER).format("int32");
    }
  }

  // --- errors ------------------------------------------------------------------------------------

  private static Schema errorSchema() {
    return OASFactory.createSchema()
        .type(SchemaType.OBJECT)
        .description("Every error Beacon answers: never a stack trace, class name or SQL.")
        .addProperty(
            "status",
            OASFactory.createSchema().type(SchemaType.INTEGER).description("the HTTP status code"))
        .addProperty(
            "error",
            OASFactory.createSchema()
                .type(SchemaType.STRING)
                .description("the status's reason phrase, e.g. Bad Request"))
        .addProperty(
            "message",
            OASFactory.createSchema()
                .type(SchemaType.STRING)
                .description("what went wrong, in words for the person who sent the request"))
        .addProperty(
            "fields",
            OASFactory.createSchema()
                .type(SchemaType.OBJECT)
                .additionalPropertiesSchema(OASFactory.createSchema().type(SchemaType.STRING))
                .description(
                    "for bad input: each bad field (e.g. pupils[0].reference) and what is wrong with it"))
        .required(List.of("status", "error", "message"))
        .example(
            Map.of(
                "status",
                400,
                "error",
                "Bad Request",
                "message",
                "The request has 1 invalid field(s)",
                "fields",
                Map.of("location", "must not be blank")));
  }

  private static void describeErrors(String path, PathItem item) {
    if (item.getOperations() == null) {
      return;
    }
    boolean hasPathParameter = path.contains("{");
    item.getOperations()
        .forEach(
            (method, operation) -> {
              boolean takesInput =
                  operation.getRequestBody() != null
                      || (operation.getParameters() != null && !operation.getParameters().isEmpty())
                      || hasPathParameter;
              if (takesInput) {
                addError(
                    operation,
                    "400",
                    "Bad input: nothing was changed; `fields` names each bad field");
              }
              addError(operation, "401", "Not signed in");
              addError(operation, "403", "The caller's roles do not allow this");
              if (hasPathParameter) {
                addError(
                    operation,
                    "404",
                    "Nothing at this address, or a case the caller may not see (a case naming them)");
              }
              if (!"GET".equals(method.name())) {
                addError(
                    operation,
                    "409",
                    "Someone changed it at the same time, or it is no longer in a state that allows this");
              }
              addError(operation, "500", "Something went wrong on the server; it has been logged");
              addError(
                  operation,
                  "503",
                  "The database is not available at the moment; nothing was changed");
            });
  }

  private static void addError(Operation operation, String status, String description) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    if (responses.hasAPIResponse(status)) {
      APIResponse existing = responses.getAPIResponse(status);
      if (existing.getContent() == null
          || existing.getContent().getMediaTypes() == null
          || existing.getContent().getMediaTypes().isEmpty()) {
        existing.setContent(errorContent());
      }
      return;
    }
    responses.addAPIResponse(
        status, OASFactory.createAPIResponse().description(description).content(errorContent()));
  }

  private static Content errorContent() {
    MediaType json = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ERROR_REF));
    return OASFactory.createContent()
        .addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON, json);
  }

  // --- constraints -------------------------------------------------------------------------------

  /**
   * The records the resources accept as request bodies or answer with, and the records inside them,
   * by schema name (the simple class name, as Payara names them).
   */
  public static Map<String, Class<?>> records() {
    return records(new ArrayList<>());
  }

  /**
   * As {@link #records()}; {@code clashes} receives every pair of different records that share a
   * schema name (the document then shows one schema for both, which is wrong for one of them).
   */
  public static Map<String, Class<?>> records(List<String> clashes) {
    Map<String, Class<?>> found = new LinkedHashMap<>();
    for (BeaconModule module : Modules.all()) {
      for (Class<?> resource : module.apiClasses()) {
        if (resource.getAnnotation(Path.class) == null) {
          continue;
        }
        for (Method method : resource.getMethods()) {
          if (!isEndpoint(method)) {
            continue;
          }
          for (int i = 0; i < method.getParameterCount(); i++) {
            if (isBody(method.getParameterAnnotations()[i])) {
              collect(method.getGenericParameterTypes()[i], found, clashes);
            }
          }
          collect(method.getGenericReturnType(), found, clashes);
          for (org.eclipse.microprofile.openapi.annotations.responses.APIResponse response :
              method.getAnnotationsByType(
                  org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)) {
            for (org.eclipse.microprofile.openapi.annotations.media.Content content :
                response.content()) {
              collect(content.schema().implementation(), found, clashes);
            }
          }
        }
      }
    }
    return found;
  }

  public static boolean isEndpoint(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      if (annotation.annotationType().getAnnotation(HttpMethod.class) != null) {
        return true;
      }
    }
    return false;
  }

  /** A parameter JAX-RS fills from the request body: one without a parameter annotation. */
  public static boolean isBody(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a instanceof PathParam
          || a instanceof QueryParam
          || a instanceof HeaderParam
          || a instanceof CookieParam
          || a instanceof FormParam
          || a instanceof MatrixParam
          || a instanceof BeanParam
          || a instanceof Context) {
        return false;
      }
    }
    return true;
  }

  private static void collect(Type type, Map<String, Class<?>> found, List<String> clashes) {
    collect(type, found, clashes, new java.util.HashSet<>());
  }

  private static void collect(
      Type type, Map<String, Class<?>> found, List<String> clashes, java.util.Set<Class<?>> seen) {
    if (type instanceof ParameterizedType parameterized) {
      for (Type argument : parameterized.getActualTypeArguments()) {
        collect(argument, found, clashes, seen);
      }
      return;
    }
    if (!(type instanceof Class<?> cls) || !cls.isRecord() || !seen.add(cls)) {
      return;
    }
    String name = schemaName(cls);
    Class<?> earlier = found.putIfAbsent(name, cls);
    if (earlier != null && earlier != cls) {
      String clash = name + ": " + earlier.getName() + " and " + cls.getName();
      if (!clashes.contains(clash)) {
        clashes.add(clash);
        LOG.warning(
            () ->
                "Two records share the schema name "
                    + clash
                    + "; the document shows one schema for both: name one with @Schema(name = ...)");
      }
    }
    for (RecordComponent component : cls.getRecordComponents()) {
      collect(component.getGenericType(), found, clashes, seen);
    }
  }

  /** The record's schema name: its {@code @Schema(name)}, else its simple name, as Payara does. */
  public static String schemaName(Class<?> record) {
    org.eclipse.microprofile.openapi.annotations.media.Schema named =
        record.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    return named != null && !named.name().isEmpty() ? named.name() : record.getSimpleName();
  }

  private static void constrain(Map<String, Schema> schemas, Map<String, Class<?>> records) {
    records.forEach(
        (name, record) -> {
          Schema schema = schemas.get(name);
          if (schema == null) {
            return;
          }
          for (RecordComponent component : record.getRecordComponents()) {
            Schema property =
                schema.getProperties() == null
                    ? null
                    : schema.getProperties().get(component.getName());
            if (property == null) {
              continue;
            }
            Collection<Annotation> annotations = declared(record, component);
            if (annotations.stream()
                .anyMatch(
                    a -> a instanceof NotNull || a instanceof NotBlank || a instanceof NotEmpty)) {
              if (schema.getRequired() == null
                  || !schema.getRequired().contains(component.getName())) {
                schema.addRequired(component.getName());
              }
            }
            if (property.getRef() == null) {
              apply(annotations, property);
              if (property.getItems() != null && property.getItems().getRef() == null) {
                apply(elementAnnotations(component), property.getItems());
              }
            }
          }
        });
  }

  /** The constraints written on a record component (they land on its field). */
  private static Collection<Annotation> declared(Class<?> record, RecordComponent component) {
    try {
      return List.of(record.getDeclaredField(component.getName()).getAnnotations());
    } catch (NoSuchFieldException e) {
      return List.of(component.getAnnotations());
    }
  }

  /**
   * The constraints on a list's elements, e.g. {@code List<@NotBlank @Size(max = 2000) String>}.
   */
  private static Collection<Annotation> elementAnnotations(RecordComponent component) {
    AnnotatedType type = component.getAnnotatedType();
    if (type instanceof AnnotatedParameterizedType parameterized
        && parameterized.getAnnotatedActualTypeArguments().length == 1) {
      return List.of(parameterized.getAnnotatedActualTypeArguments()[0].getAnnotations());
    }
    return List.of();
  }

  private static void apply(Collection<Annotation> annotations, Schema property) {
    boolean array = property.getType() == SchemaType.ARRAY;
    List<String> patterns = new ArrayList<>();
    for (Annotation annotation : annotations) {
      if (annotation instanceof NotBlank) {
        property.setMinLength(
            Math.max(1, property.getMinLength() == null ? 0 : property.getMinLength()));
        patterns.add("\\S");
      } else if (annotation instanceof NotEmpty) {
        if (array) {
          property.setMinItems(1);
        } else {
          property.setMinLength(1);
        }
      } else if (annotation instanceof Size size) {
        Integer min = size.min() > 0 ? size.min() : null;
        Integer max = size.max() < Integer.MAX_VALUE ? size.max() : null;
        if (array) {
          property.setMinItems(min);
          property.setMaxItems(max);
        } else {
          if (min != null) {
            property.setMinLength(min);
          }
          property.setMaxLength(max);
        }
      } else if (annotation instanceof Pattern pattern) {
        patterns.add(0, "^(?:" + pattern.regexp() + ")$");
      } else if (annotation instanceof Min min) {
        property.setMinimum(BigDecimal.valueOf(min.value()));
      } else if (annotation instanceof Max max) {
        property.setMaximum(BigDecimal.valueOf(max.value()));
      } else if (annotation instanceof Email) {
        property.setFormat("email");
      }
    }
    if (!patterns.isEmpty() && property.getPattern() == null) {
      // A schema has one pattern: a whole-value pattern says more than "not blank".
      property.setPattern(patterns.get(0));
    }
  }
}
