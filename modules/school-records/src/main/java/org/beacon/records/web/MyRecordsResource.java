package org.beacon.records.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.beacon.platform.api.Caller;
import org.beacon.records.application.AgreementViews.MyAgreement;
import org.beacon.records.application.Agreements;
import org.beacon.records.application.Training;
import org.beacon.records.application.Training.TrainingView;

/**
 * {@code /api/records/me}: the caller's own agreements and training, and the agreements they must
 * sign now (the page shown after signing in until they do).
 */
@Path("records/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyRecordsResource {

  @Inject Agreements agreements;
  @Inject Training training;
  @Inject Caller caller;

  /**
   * @param agreements every agreement the caller signs, signed or not
   * @param mustSign the current versions they have not signed yet
   * @param training their training records
   */
  public record MyRecords(
      List<MyAgreement> agreements, List<MyAgreement> mustSign, List<TrainingView> training) {}

  @GET
  public MyRecords mine() {
    List<MyAgreement> mine = agreements.mine(caller);
    return new MyRecords(
        mine, mine.stream().filter(a -> !a.signed()).toList(), training.mine(caller));
  }
}
