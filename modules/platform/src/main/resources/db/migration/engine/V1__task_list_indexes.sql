-- Indexes Beacon adds to the process engine's tables, for the engine queries Beacon runs often.
-- The engine never drops an index it does not know, so they survive its own schema upgrades.

-- The task list: active tasks oldest first (HumanTasks via TaskListQuery). The database walks this
-- index in order and stops when a page is full, instead of sorting every open task per request.
create index if not exists bcn_ru_task_created on ACT_RU_TASK (CREATE_TIME_, ID_);

-- Completing a task looks for its sub-tasks by PARENT_TASK_ID_, which the engine's PostgreSQL
-- schema leaves unindexed: a scan of every open task per completion.
create index if not exists bcn_ru_task_parent on ACT_RU_TASK (PARENT_TASK_ID_);
