package org.beacon.records.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.beacon.platform.api.Caller;
import org.beacon.records.application.Training;
import org.beacon.records.application.Training.CourseView;
import org.beacon.records.application.Training.Gap;
import org.beacon.records.application.Training.NewTraining;

/** {@code /api/records/training}: courses, training records and the DSL's gap report. */
@Path("records/training")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TrainingResource {

  @Inject Training training;
  @Inject Caller caller;

  @GET
  @Path("courses")
  public List<CourseView> courses() {
    return training.courses();
  }

  /** Records training: one's own, or (office, DSL, head) anyone's. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(NewTraining record) {
    return Response.status(Response.Status.CREATED).entity(training.record(caller, record)).build();
  }

  /** For the DSL and the head: missing, expired and expiring training of every member of staff. */
  @GET
  @Path("gaps")
  public List<Gap> gaps() {
    return training.gaps(caller);
  }
}
