package org.beacon.platform;

import java.util.Set;
import org.beacon.platform.alerts.AlertResource;
import org.beacon.platform.api.BeaconModule;
import org.beacon.platform.audit.AuditResource;
import org.beacon.platform.bench.BenchResource;
import org.beacon.platform.disclosure.SubjectAccessResource;
import org.beacon.platform.disclosure.TransferResource;
import org.beacon.platform.identity.ApiTokenResource;
import org.beacon.platform.identity.SchoolSignInResource;
import org.beacon.platform.identity.SessionResource;
import org.beacon.platform.identity.SignInLocksResource;
import org.beacon.platform.identity.TwoFactorResource;
import org.beacon.platform.identity.UserResource;
import org.beacon.platform.models.ModelsResource;
import org.beacon.platform.people.PeopleResource;
import org.beacon.platform.pupils.PupilResource;
import org.beacon.platform.tasks.TaskResource;
import org.beacon.platform.web.ErrorMapper;

/** The shared kernel's own tables and endpoints. */
public class PlatformModule implements BeaconModule {

  @Override
  public String name() {
    return "platform";
  }

  @Override
  public Set<Class<?>> apiClasses() {
    return Set.of(
        TaskResource.class,
        SessionResource.class,
        SchoolSignInResource.class,
        UserResource.class,
        TwoFactorResource.class,
        ApiTokenResource.class,
        SignInLocksResource.class,
        AuditResource.class,
        ModelsResource.class,
        BenchResource.class,
        PeopleResource.class,
        AlertResource.class,
        PupilResource.class,
        SubjectAccessResource.class,
        TransferResource.class,
        ErrorMapper.class);
  }
}
