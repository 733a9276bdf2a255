package org.beacon.platform.tasks;

import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A listener for every new user task that must see the task as the stand-in check left it (the
 * stand-in's roles among its candidates): {@link StandInParseListener} adds each such bean after
 * {@link StandIns}, in that order, to every user task of every model.
 */
public interface AfterTaskCreated extends TaskListener {}
