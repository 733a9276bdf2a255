-- Governor reports (seed 001 "Schedule for Development / Monitoring / Review"): figures stored as
-- published, anonymised; the exact counts behind a suppressed cell are never stored.
create sequence gov_report_seq start with 1 increment by 1;

create table gov_report (
  id                  bigint        not null primary key,
  row_version         bigint        not null,
  kind                varchar(10)   not null,
  schedule_key        varchar(40),
  title               varchar(200)  not null,
  period_from         timestamp with time zone not null,
  period_to           timestamp with time zone not null,
  status              varchar(30)   not null,
  revision            integer       not null,
  requested_by        varchar(100),
  generated_at        timestamp with time zone not null,
  commentary          varchar(4000),
  commentary_by       varchar(100),
  commentary_at       timestamp with time zone,
  review_note         varchar(2000),
  reviewed_by         varchar(100),
  reviewed_at         timestamp with time zone,
  governor_comments   varchar(2000),
  acknowledged_by     varchar(100),
  acknowledged_at     timestamp with time zone,
  process_instance_id varchar(64),
  -- The schedule draws up each term's report once.
  constraint uk_gov_report_schedule_key unique (schedule_key)
);
create index ix_gov_report_status on gov_report (status);

create table gov_report_line (
  report_id   bigint        not null,
  position    integer       not null,
  module      varchar(60)   not null,
  section     varchar(10)   not null,
  measure     varchar(100)  not null,
  category    varchar(300)  not null,
  count_value bigint,
  hours       double precision,
  shown       varchar(40)   not null,
  suppression varchar(20),
  constraint pk_gov_report_line primary key (report_id, position),
  constraint fk_gov_report_line foreign key (report_id) references gov_report (id) on delete cascade
);

-- The policy register: every version kept (seed 001), reviews and their approval (seed 003).
create sequence gov_policy_seq start with 1 increment by 1;
create sequence gov_policy_version_seq start with 1 increment by 1;
create sequence gov_policy_content_seq start with 1 increment by 1;
create sequence gov_policy_review_seq start with 1 increment by 1;

create table gov_policy (
  id               bigint        not null primary key,
  row_version      bigint        not null,
  kind             varchar(20)   not null,
  title            varchar(200)  not null,
  review_cycle     varchar(20)   not null,
  created_by       varchar(100)  not null,
  created_at       timestamp with time zone not null,
  current_version  integer,
  next_review_due  date,
  review_opened_at timestamp with time zone,
  last_reviewed_on date
);

-- A version's words, apart so that listing versions never reads documents.
create table gov_policy_content (
  id         bigint          not null primary key,
  body_text  varchar(1000000),
  file_bytes bytea
);

create table gov_policy_version (
  id                  bigint        not null primary key,
  policy_id           bigint        not null,
  number              integer       not null,
  status              varchar(20)   not null,
  author              varchar(200)  not null,
  version_date        date          not null,
  change_summary      varchar(2000) not null,
  next_review_date    date,
  content_kind        varchar(10)   not null,
  file_name           varchar(255),
  content_type        varchar(100),
  size_bytes          bigint        not null,
  content_id          bigint        not null,
  submitted_by        varchar(100)  not null,
  submitted_at        timestamp with time zone not null,
  decided_by          varchar(100),
  decided_at          timestamp with time zone,
  decision_note       varchar(2000),
  process_instance_id varchar(64),
  constraint uk_gov_policy_version unique (policy_id, number),
  constraint fk_gov_policy_version_policy foreign key (policy_id) references gov_policy (id),
  constraint fk_gov_policy_version_content foreign key (content_id) references gov_policy_content (id)
);

create table gov_policy_review (
  id                   bigint        not null primary key,
  policy_id            bigint        not null,
  version_number       integer       not null,
  outcome              varchar(20)   not null,
  note                 varchar(2000),
  reviewed_by          varchar(100)  not null,
  reviewed_at          timestamp with time zone not null,
  proposed_next_review date,
  decision             varchar(20),
  decided_by           varchar(100),
  decided_at           timestamp with time zone,
  decision_note        varchar(2000),
  constraint fk_gov_policy_review_policy foreign key (policy_id) references gov_policy (id)
);
create index ix_gov_policy_review_policy on gov_policy_review (policy_id);
