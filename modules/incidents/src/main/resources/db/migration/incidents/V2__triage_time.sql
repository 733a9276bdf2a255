-- When the DSL classified the incident: the end of the first triage, for governor reporting.
alter table inc_incident add column triaged_at timestamp with time zone;
-- Triage is due one day after the report (the classify task's due date).
alter table inc_incident add column triage_due_at timestamp with time zone;
-- What the DSL wrote besides the matrix's actions (free text: never in statistics).
alter table inc_incident add column other_actions varchar(4000);
