package org.beacon.records.infrastructure.bpm;

import org.beacon.records.InMemory;
import org.beacon.records.application.Wiring;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Registers the module's real delegates, listeners and beans, on the in-memory store, under their
 * bean names.
 */
public final class Steps {

  private Steps() {}

  public static void register(InMemory store, ProcessEngine engine) {
    OpenNewVersionDelegate open = new OpenNewVersionDelegate();
    open.agreements = Wiring.agreements(store, engine);
    Mocks.register("recordsOpenNewVersionDelegate", open);

    Mocks.register("recordsLists", new Lists());

    RecordSignatureListener listener = new RecordSignatureListener();
    listener.agreements = Wiring.agreements(store, engine);
    Mocks.register("recordsRecordSignatureListener", listener);

    FindLeaversDelegate leavers = new FindLeaversDelegate();
    leavers.consents = Wiring.photoConsents(store);
    Mocks.register("recordsFindLeaversDelegate", leavers);
    DecideSearchListener decide = new DecideSearchListener();
    decide.searches = Wiring.deviceSearches(store, engine);
    Mocks.register("recordsDecideSearchListener", decide);

    RecordSearchListener search = new RecordSearchListener();
    search.searches = Wiring.deviceSearches(store, engine);
    Mocks.register("recordsRecordSearchListener", search);

    RequestIncidentDelegate incident = new RequestIncidentDelegate();
    incident.searches = Wiring.deviceSearches(store, engine);
    Mocks.register("recordsRequestIncidentDelegate", incident);

    HandOverDeviceListener handOver = new HandOverDeviceListener();
    handOver.searches = Wiring.deviceSearches(store, engine);
    Mocks.register("recordsHandOverDeviceListener", handOver);

    AcknowledgeConnectionListener acknowledge = new AcknowledgeConnectionListener();
    acknowledge.connections = Wiring.connections(store, engine);
    Mocks.register("recordsAcknowledgeConnectionListener", acknowledge);
  }
}
