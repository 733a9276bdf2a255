package org.beacon.records;

import java.util.Set;
import org.beacon.platform.api.BeaconModule;
import org.beacon.records.web.AgreementResource;
import org.beacon.records.web.ConnectionResource;
import org.beacon.records.web.DeviceSearchResource;
import org.beacon.records.web.MyRecordsResource;
import org.beacon.records.web.PhotoConsentResource;
import org.beacon.records.web.TrainingResource;

/**
 * The records a school keeps under its e-safety policy: acceptable use agreements and their
 * signatures, photo and image consent, training, device searches and declared connections.
 */
public class SchoolRecordsModule implements BeaconModule {

  @Override
  public String name() {
    return "records";
  }

  @Override
  public Set<Class<?>> apiClasses() {
    return Set.of(
        MyRecordsResource.class,
        AgreementResource.class,
        PhotoConsentResource.class,
        TrainingResource.class,
        DeviceSearchResource.class,
        ConnectionResource.class);
  }
}
