package org.beacon.platform.tasks;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.beacon.platform.api.Caller;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/tasks}: the human tasks the caller may work on, their forms, and the actions on them.
 */
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

  @Inject HumanTasks tasks;
  @Inject Caller caller;

  @GET
  public TaskPage list(
      @QueryParam("processDefinitionKey") String processDefinitionKey,
      @QueryParam("assignee") String assignee,
      @QueryParam("overdue") @DefaultValue("false") boolean overdue,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size,
      @QueryParam("businessKey") String businessKey) {
    return tasks.list(
        caller, TaskFilter.of(processDefinitionKey, assignee, overdue, page, size, businessKey));
  }

  @GET
  @Path("{id}")
  public TaskDetail get(@PathParam("id") String id) {
    return tasks.get(caller, id);
  }

  @POST
  @Path("{id}/claim")
  public TaskView claim(@PathParam("id") String id) {
    return tasks.claim(caller, id);
  }

  @POST
  @Path("{id}/unclaim")
  public TaskView unclaim(@PathParam("id") String id) {
    return tasks.unclaim(caller, id);
  }

  @APIResponse(responseCode = "204", description = "Completed: the flow has moved on")
  @POST
  @Path("{id}/complete")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response complete(@PathParam("id") String id, JsonObject values) {
    tasks.complete(caller, id, values == null ? JsonValue.EMPTY_JSON_OBJECT : values);
    return Response.noContent().build();
  }
}
