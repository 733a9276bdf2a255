package org.beacon.platform.tasks;

import java.util.List;
import org.beacon.platform.people.PeopleResource;

/**
 * A task with its form.
 *
 * @param task the task
 * @param candidateGroups the roles that may claim it
 * @param description the task's documentation from the model, if any
 * @param formKey the model's form key, if the model names an external form
 * @param form the fields to fill in to complete it
 * @param peopleToConfirm for a DSL: names given in the case that match several people, or only
 *     loosely, to link to one person or reject ({@code /api/people/mentions/{id}/link|reject});
 *     until then everyone they may mean is kept from the case
 */
public record TaskDetail(
    TaskView task,
    List<String> candidateGroups,
    String description,
    String formKey,
    List<FormFieldView> form,
    List<PeopleResource.MentionView> peopleToConfirm) {}
