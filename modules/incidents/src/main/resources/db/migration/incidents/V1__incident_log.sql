-- The e-safety incident log (seed 001 "Responding to incidents of misuse").
-- An incident's reference (INC-<year reported>-<id>) is derived from reported_at and id.
create sequence inc_incident_seq start with 1 increment by 1;

create table inc_incident (
  id                    bigint        not null primary key,
  reported_at           timestamp with time zone not null,
  reported_by           varchar(100)  not null,
  occurred_at           timestamp with time zone not null,
  location              varchar(200)  not null,
  device_ownership      varchar(10)   not null,
  device_identifier     varchar(100),
  description           varchar(4000) not null,
  incident_type         varchar(300)  not null,
  incident_type_other   varchar(300),
  immediate_risk        boolean       not null,
  status                varchar(20)   not null,
  classification        varchar(20),
  involves              varchar(10),
  process_instance_id   varchar(64),
  outcome_summary       varchar(4000),
  policy_review         boolean,
  recommended_actions   varchar(2000),
  difference_reason     varchar(2000),
  closed_at             timestamp with time zone
);
create index ix_inc_incident_reported_at on inc_incident (reported_at);
create index ix_inc_incident_reported_by on inc_incident (reported_by);
create index ix_inc_incident_status on inc_incident (status);

create table inc_incident_url (
  incident_id bigint         not null,
  position    integer        not null,
  url         varchar(2000)  not null,
  constraint pk_inc_incident_url primary key (incident_id, position),
  constraint fk_inc_incident_url foreign key (incident_id) references inc_incident (id) on delete cascade
);

-- Pupils by the school's pupil reference (never a name) and year group.
create table inc_incident_pupil (
  incident_id bigint       not null,
  position    integer      not null,
  pupil_ref   varchar(50)  not null,
  year_group  varchar(20)  not null,
  constraint pk_inc_incident_pupil primary key (incident_id, position),
  constraint fk_inc_incident_pupil foreign key (incident_id) references inc_incident (id) on delete cascade
);
create index ix_inc_incident_pupil_ref on inc_incident_pupil (pupil_ref);

-- Staff by username when they have an account, else by name.
create table inc_incident_staff (
  incident_id    bigint        not null,
  position       integer       not null,
  staff_username varchar(100),
  staff_name     varchar(200),
  constraint pk_inc_incident_staff primary key (incident_id, position),
  constraint fk_inc_incident_staff foreign key (incident_id) references inc_incident (id) on delete cascade
);
create index ix_inc_incident_staff_username on inc_incident_staff (staff_username);
create index ix_inc_incident_staff_name on inc_incident_staff (staff_name);

-- Cases this incident opened in other modules, and the actions recorded against it.
create table inc_incident_link (
  incident_id bigint        not null,
  position    integer       not null,
  kind        varchar(40)   not null,
  created_at  timestamp with time zone not null,
  note        varchar(500),
  constraint pk_inc_incident_link primary key (incident_id, position),
  constraint fk_inc_incident_link foreign key (incident_id) references inc_incident (id) on delete cascade
);

create table inc_incident_action (
  incident_id bigint        not null,
  position    integer       not null,
  action      varchar(300)  not null,
  constraint pk_inc_incident_action primary key (incident_id, position),
  constraint fk_inc_incident_action foreign key (incident_id) references inc_incident (id) on delete cascade
);
