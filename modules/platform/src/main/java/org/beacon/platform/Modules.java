package org.beacon.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import org.beacon.platform.api.BeaconModule;

/** The modules packaged into this application, platform first. */
public final class Modules {

  private Modules() {}

  public static List<BeaconModule> all() {
    List<BeaconModule> modules = new ArrayList<>();
    ServiceLoader.load(BeaconModule.class, BeaconModule.class.getClassLoader())
        .forEach(modules::add);
    modules.sort(
        Comparator.comparing((BeaconModule m) -> !"platform".equals(m.name()))
            .thenComparing(BeaconModule::name));
    return List.copyOf(modules);
  }
}
