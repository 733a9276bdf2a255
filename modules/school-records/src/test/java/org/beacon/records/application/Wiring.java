package org.beacon.records.application;

import org.beacon.records.InMemory;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * The module's use cases wired to the in-memory store and a test engine, as CDI wires them in
 * Beacon.
 */
public final class Wiring {

  private Wiring() {}

  public static Agreements agreements(InMemory store, ProcessEngine engine) {
    Agreements agreements = new Agreements();
    agreements.repository = store.agreements;
    agreements.people = store.people;
    agreements.pupils = store.pupils;
    agreements.audit = store.auditLog;
    agreements.taskService = engine == null ? null : engine.getTaskService();
    return agreements;
  }

  public static PhotoConsents photoConsents(InMemory store) {
    PhotoConsents consents = new PhotoConsents();
    consents.repository = store.photoConsents;
    consents.pupils = store.pupils;
    consents.audit = store.auditLog;
    return consents;
  }

  public static Training training(InMemory store, ProcessEngine engine) {
    Training training = new Training();
    training.repository = store.trainingRecords;
    training.people = store.people;
    training.audit = store.auditLog;
    training.runtimeService = engine == null ? null : engine.getRuntimeService();
    training.agreements = agreements(store, engine);
    return training;
  }

  public static DeviceSearches deviceSearches(InMemory store, ProcessEngine engine) {
    DeviceSearches searches = new DeviceSearches();
    searches.repository = store.declarations;
    searches.pupils = store.pupils;
    searches.audit = store.auditLog;
    searches.runtimeService = engine == null ? null : engine.getRuntimeService();
    return searches;
  }

  public static Connections connections(InMemory store, ProcessEngine engine) {
    Connections connections = new Connections();
    connections.repository = store.declarations;
    connections.pupils = store.pupils;
    connections.audit = store.auditLog;
    connections.runtimeService = engine == null ? null : engine.getRuntimeService();
    return connections;
  }

  public static RecordsStatistics statistics(InMemory store, ProcessEngine engine) {
    RecordsStatistics statistics = new RecordsStatistics();
    statistics.agreements = store.agreements;
    statistics.agreementUseCases = agreements(store, engine);
    statistics.training = training(store, engine);
    return statistics;
  }
}
