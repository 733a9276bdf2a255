-- Filtering reports (DOMAIN.md Flow 3; seed 000 §6.1, §13; seed 001 "Filtering internet access").
-- References (FLT-, FCR-, FRV-, FLR-<year>-<id>) are derived from the opening time and the id.

-- Reports of unsuitable sites: got through (under-blocking) or wrongly blocked (over-blocking).
create sequence flt_report_seq start with 1 increment by 1;
create table flt_report (
  id                     bigint        not null primary key,
  reported_at            timestamp with time zone not null,
  reported_by            varchar(100),
  kind                   varchar(20)   not null,
  seen_at                timestamp with time zone,
  content                varchar(4000) not null,
  found_by               varchar(200),
  device                 varchar(200),
  user_account           varchar(100),
  potentially_illegal    boolean       not null,
  source_type            varchar(40),
  source_id              varchar(64),
  source_reference       varchar(64),
  status                 varchar(20)   not null,
  assessment             varchar(30),
  assessment_note        varchar(2000),
  assessed_by            varchar(100),
  assessed_at            timestamp with time zone,
  reported_to            varchar(20),
  external_reference     varchar(200),
  externally_reported_at timestamp with time zone,
  change_reference       varchar(30),
  outcome                varchar(30),
  close_reason           varchar(2000),
  closed_at              timestamp with time zone,
  process_instance_id    varchar(64)
);
create index ix_flt_report_reported_at on flt_report (reported_at);
create index ix_flt_report_reported_by on flt_report (reported_by);

create table flt_report_url (
  report_id bigint        not null,
  position  integer       not null,
  url       varchar(2000) not null,
  constraint pk_flt_report_url primary key (report_id, position),
  constraint fk_flt_report_url foreign key (report_id) references flt_report (id) on delete cascade
);

-- Block and allow changes: proposed, decided by a second person, applied, verified. The applied
-- ones are the school's record of what is blocked or allowed and why.
create sequence flt_change_request_seq start with 1 increment by 1;
create table flt_change_request (
  id                  bigint        not null primary key,
  proposed_at         timestamp with time zone not null,
  proposed_by         varchar(100)  not null,
  pattern_type        varchar(20)   not null,
  pattern             varchar(2000) not null,
  action              varchar(10)   not null,
  reason              varchar(2000) not null,
  scope               varchar(20)   not null,
  year_groups         varchar(200),
  report_id           bigint,
  report_reference    varchar(30),
  status              varchar(20)   not null,
  decided_by          varchar(100),
  decided_at          timestamp with time zone,
  decision_reason     varchar(2000),
  applied_by          varchar(100),
  applied_at          timestamp with time zone,
  filter_reference    varchar(200),
  verified_by         varchar(100),
  verified_at         timestamp with time zone,
  verification_note   varchar(2000),
  process_instance_id varchar(64),
  -- Nobody approves or rejects their own change.
  constraint ck_flt_change_second_person check (decided_by is null or lower(decided_by) <> lower(proposed_by))
);
create index ix_flt_change_request_status on flt_change_request (status);

-- Imported filter logs; a file (by content hash) is imported once.
create sequence flt_log_import_seq start with 1 increment by 1;
create table flt_log_import (
  id             bigint       not null primary key,
  imported_at    timestamp with time zone not null,
  imported_by    varchar(100) not null,
  file_name      varchar(255),
  format         varchar(10)  not null,
  content_hash   varchar(64),
  bytes          bigint       not null,
  lines_read     bigint       not null,
  malformed      bigint       not null,
  flagged        bigint       not null,
  reviews_opened integer      not null,
  constraint uq_flt_log_import_hash unique (content_hash)
);

-- One review per user and school day, whichever imports its flagged lines came from.
create sequence flt_log_review_seq start with 1 increment by 1;
create table flt_log_review (
  id                  bigint        not null primary key,
  user_name           varchar(200)  not null,
  log_day             date          not null,
  created_at          timestamp with time zone not null,
  import_id           bigint        not null,
  flagged_count       bigint        not null,
  stored_count        integer       not null,
  status              varchar(10)   not null,
  outcome             varchar(20),
  action_taken        varchar(2000),
  reviewed_by         varchar(100),
  reviewed_at         timestamp with time zone,
  process_instance_id varchar(64),
  constraint uq_flt_log_review_user_day unique (user_name, log_day),
  constraint fk_flt_log_review_import foreign key (import_id) references flt_log_import (id)
);

-- Hibernate's pooled ids: the sequence steps by the allocation size.
create sequence flt_flagged_line_seq start with 1 increment by 50;
create table flt_flagged_line (
  id           bigint        not null primary key,
  review_id    bigint        not null,
  import_id    bigint        not null,
  line_no      bigint        not null,
  requested_at timestamp with time zone not null,
  client       varchar(64),
  url          varchar(2000) not null,
  host         varchar(255),
  blocked      boolean       not null,
  category     varchar(100),
  reason       varchar(20)   not null,
  matched      varchar(255),
  fingerprint  varchar(64)   not null,
  constraint fk_flt_flagged_line_review foreign key (review_id) references flt_log_review (id) on delete cascade,
  constraint fk_flt_flagged_line_import foreign key (import_id) references flt_log_import (id)
);
create index ix_flt_flagged_line_review on flt_flagged_line (review_id, line_no);

-- The DSL's watch list: allowed requests to these domains or categories are flagged.
create sequence flt_watch_entry_seq start with 1 increment by 1;
create table flt_watch_entry (
  id          bigint       not null primary key,
  kind        varchar(10)  not null,
  entry_value varchar(255) not null,
  added_by    varchar(100) not null,
  added_at    timestamp with time zone not null,
  constraint uq_flt_watch_entry unique (kind, entry_value)
);

-- Filtering checks: date and time, who, device, what was tested, result, action taken.
create sequence flt_check_seq start with 1 increment by 1;
create table flt_check (
  id            bigint        not null primary key,
  checked_at    timestamp with time zone not null,
  checked_by    varchar(200)  not null,
  device        varchar(200)  not null,
  tested        varchar(2000) not null,
  passed        boolean       not null,
  result_detail varchar(2000),
  action_taken  varchar(2000),
  recorded_by   varchar(100)  not null,
  recorded_at   timestamp with time zone not null
);
create index ix_flt_check_checked_at on flt_check (checked_at);

-- Reviews of the filtering provision, signed off by a governor.
create sequence flt_review_seq start with 1 increment by 1;
create table flt_review (
  id                     bigint        not null primary key,
  started_at             timestamp with time zone not null,
  requested_by           varchar(100),
  period_from            timestamp with time zone,
  reports_underblocking  bigint        not null,
  reports_overblocking   bigint        not null,
  reports_to_authorities bigint        not null,
  changes_applied        bigint        not null,
  changes_rejected       bigint        not null,
  rules_blocking         bigint        not null,
  rules_allowing         bigint        not null,
  checks_passed          bigint        not null,
  checks_failed          bigint        not null,
  log_reviews            bigint        not null,
  rules_documented       boolean,
  provider_effectiveness varchar(20),
  technical_notes        varchar(4000),
  technical_by           varchar(100),
  checks_reviewed        boolean,
  reports_reviewed       boolean,
  findings               varchar(4000),
  actions_agreed         varchar(4000),
  dsl_by                 varchar(100),
  status                 varchar(20)   not null,
  signed_by              varchar(100),
  signed_at              timestamp with time zone,
  governor_comments      varchar(4000),
  process_instance_id    varchar(64)
);
