-- The audit trail's hash chain. Audit events are inserted by many transactions at once, some of
-- them long and some rolled back, so an event cannot be chained when it is inserted without making
-- every audited request wait for the one before it. Instead a sealer chains committed events soon
-- after they commit: one seal per event, appended in order, each hash over the event's fields and
-- the previous seal's hash. Beacon only ever inserts and selects here, as in pf_audit_event.
create table pf_audit_seal (
  seq           bigint       not null primary key,
  event_id      bigint       not null,
  previous_hash varchar(64)  not null,
  hash          varchar(64)  not null,
  sealed_at     timestamp with time zone not null,
  constraint uk_pf_audit_seal_event unique (event_id)
);

-- One row that the sealer locks (select ... for update) on H2; PostgreSQL uses an advisory lock
-- instead, which needs no grant beyond connecting.
create table pf_audit_seal_lock (
  id int not null primary key
);
insert into pf_audit_seal_lock (id) values (1);
