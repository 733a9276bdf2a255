package org.beacon.platform.tasks;

import java.util.List;

/**
 * One page of a task list. There is deliberately no total: counting every open task on each request
 * is the slowest query of a large task list.
 *
 * @param items the tasks on this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param hasMore whether another page follows
 */
public record TaskPage(List<TaskView> items, int page, int size, boolean hasMore) {}
