-- Governor statistics over a year of incidents without sorting or de-duplicating every case.

-- Seconds from the report to the first triage and to the close, kept with the case (the entity sets
-- them when the step ends). A percentile is then the case at its rank in the order of an index,
-- which the database walks instead of sorting the period's cases (StepDurations.ranked).
alter table inc_incident add column triage_seconds bigint;
alter table inc_incident add column close_seconds bigint;
-- extract(epoch ...) of each instant, not of their difference: both H2 and PostgreSQL read it so.
-- One statement, so that each row is rewritten once.
update inc_incident
   set triage_seconds = cast(floor(extract(epoch from triaged_at) - extract(epoch from reported_at)) as bigint),
       close_seconds = cast(floor(extract(epoch from closed_at) - extract(epoch from reported_at)) as bigint)
 where triaged_at is not null or closed_at is not null;
create index ix_inc_incident_triage_seconds on inc_incident (triage_seconds, reported_at);
create index ix_inc_incident_close_seconds on inc_incident (close_seconds, reported_at);
-- The ids of a period's incidents without reading the table, for the counts of actions and links;
-- it serves every search by report time, so the index on reported_at alone goes.
create index ix_inc_incident_reported_id on inc_incident (reported_at, id);
drop index ix_inc_incident_reported_at;

-- An action is taken once per incident: the statistics count rows instead of distinct incidents.
-- Lists written before may hold a label twice (two form fields of one name); keep its first place
-- and close the gaps, since the entity reads the list by position.
create table inc_incident_action_once as
  select incident_id, action, row_number() over (partition by incident_id order by min(position)) - 1 as position
    from inc_incident_action
   group by incident_id, action;
delete from inc_incident_action;
insert into inc_incident_action (incident_id, position, action)
  select incident_id, position, action from inc_incident_action_once;
drop table inc_incident_action_once;
alter table inc_incident_action add constraint uq_inc_incident_action unique (incident_id, action);
