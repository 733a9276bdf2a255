-- Governor figures kept per day (issue 24): the year's statistics read a few hundred rows per day
-- instead of scanning every incident of the year (9.5 s at 1,000,000 incidents on H2).
--
-- One row per day (days since 1970-01-01 in UTC, of the incident's report time) and combination of
-- the breakdowns, with the counts the statistics add up. A day is "sealed" once its rows are here;
-- from then on every change to one of its incidents moves its counts in the transaction of the
-- change (infrastructure/persistence/DailyIncidentFigures), under the lock row below. Only days at
-- least three days old are sealed, so reporting a new incident never touches these tables; the
-- statistics scan the days not sealed (the last three, and the edges of a period that does not
-- start or end at midnight UTC) from inc_incident itself.
create table inc_daily_figure (
  report_day     bigint       not null,
  incident_type  varchar(300) not null,
  classification varchar(20),
  involves       varchar(30),
  status         varchar(20)  not null,
  cases          bigint       not null,
  immediate_risk bigint       not null,
  policy_review  bigint       not null,
  triage_met     bigint       not null,
  triage_late    bigint       not null,
  untriaged      bigint       not null,
  triage_timed   bigint       not null,
  close_timed    bigint       not null
);
create index ix_inc_daily_figure_day on inc_daily_figure (report_day);

create table inc_daily_seal (
  report_day bigint not null,
  constraint pk_inc_daily_seal primary key (report_day)
);

-- Sealing a day and moving a sealed day's counts take this row's lock, so a day is never sealed
-- from a scan that missed a change being made to it.
create table inc_daily_lock (
  id integer not null,
  constraint pk_inc_daily_lock primary key (id)
);
insert into inc_daily_lock (id) values (1);

-- Backfill from the incidents already recorded: every day at least three days old.
insert into inc_daily_figure (report_day, incident_type, classification, involves, status, cases,
    immediate_risk, policy_review, triage_met, triage_late, untriaged, triage_timed, close_timed)
select floor(extract(epoch from reported_at) / 86400), incident_type, classification, involves,
       status, count(*),
       sum(case when immediate_risk = true then 1 else 0 end),
       sum(case when policy_review = true then 1 else 0 end),
       sum(case when triaged_at is not null and triage_due_at is not null and triaged_at <= triage_due_at then 1 else 0 end),
       sum(case when triaged_at is not null and triage_due_at is not null and triaged_at > triage_due_at then 1 else 0 end),
       sum(case when triaged_at is null then 1 else 0 end),
       count(triage_seconds), count(close_seconds)
  from inc_incident
 where floor(extract(epoch from reported_at) / 86400) <= floor(extract(epoch from current_timestamp) / 86400) - 3
 group by floor(extract(epoch from reported_at) / 86400), incident_type, classification, involves, status;

insert into inc_daily_seal (report_day)
select distinct report_day from inc_daily_figure;
