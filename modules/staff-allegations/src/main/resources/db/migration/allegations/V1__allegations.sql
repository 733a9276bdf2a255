-- Allegations against staff (KCSIE Part 4; seed 000 §9, seed 004 §9/§13). Every form entry is
-- also in the engine's history; these tables hold what the procedure and its records need.
-- An allegation's reference (ALG-<year raised, school time>-<id>) is derived from raised_at and id.
create sequence alg_allegation_seq start with 1 increment by 1;

create table alg_allegation (
  id                          bigint        not null primary key,
  raised_at                   timestamp with time zone not null,
  raised_by                   varchar(100),
  source                      varchar(20)   not null,
  source_id                   bigint,
  source_reference            varchar(50),
  -- the accused: a Beacon username, or a name for someone without an account
  accused_username            varchar(100),
  accused_name                varchar(200),
  accused_reference           varchar(200)  not null,
  accused_is_head             boolean       not null,
  accused_role                varchar(20),
  -- who brought the allegation to the school; empty when anonymous
  reporter_name               varchar(200),
  reporter_relationship       varchar(100),
  reporter_contact            varchar(200),
  occurred_at                 timestamp with time zone,
  what_happened               varchar(4000),
  immediate_danger            boolean       not null,
  status                      varchar(30)   not null,
  process_instance_id         varchar(64),
  threshold_harmed_child      boolean,
  threshold_possible_offence  boolean,
  threshold_risk_of_harm      boolean,
  threshold_unsuitable        boolean,
  harm_threshold_met          boolean,
  low_level_concern           boolean       not null,
  low_level_concern_count     integer,
  lado_referred_at            timestamp with time zone,
  lado_name                   varchar(200),
  lado_reference              varchar(100),
  lado_consulted_on           date,
  lado_advice                 varchar(4000),
  lado_outcome                varchar(30),
  suspension_recommended      boolean,
  suspension_approved         boolean,
  outcome                     varchar(20),
  employment_outcome          varchar(20),
  personnel_record_removed_on date,
  retain_until                date,
  closed_at                   timestamp with time zone
);
create index ix_alg_allegation_raised_at on alg_allegation (raised_at);
create index ix_alg_allegation_raised_by on alg_allegation (raised_by);
create index ix_alg_allegation_accused_reference on alg_allegation (accused_reference);
create index ix_alg_allegation_accused_username on alg_allegation (accused_username);
create index ix_alg_allegation_status on alg_allegation (status);

-- Children by the school's pupil reference (never a name) and year group.
create table alg_allegation_child (
  allegation_id bigint       not null,
  position      integer      not null,
  pupil_ref     varchar(50)  not null,
  year_group    varchar(20),
  constraint pk_alg_allegation_child primary key (allegation_id, position),
  constraint fk_alg_allegation_child foreign key (allegation_id) references alg_allegation (id) on delete cascade
);
