-- Every Beacon node sends alerts. A node claims the rows it is about to send for a while (a lease),
-- by a conditional update that only one node can win; a node that dies mid-round leaves its claim to
-- expire, and another node sends those messages then.
alter table pf_alert add column claimed_by varchar(100);
alter table pf_alert add column claimed_until timestamp with time zone;

-- Sessions that were signed out, for a while: with several nodes a session lives on in the other
-- nodes' memory after a sign-out on one, and each node looks here before it trusts a session. A row
-- names the sign-in by the SHA-256 of its CSRF token (random per sign-in), never the session id,
-- and is needed only until the other nodes' copies have timed out (30 minutes idle).
create table pf_signed_out (
  sign_in   varchar(64)              not null primary key,
  ended_at  timestamp with time zone not null
);

create index ix_pf_signed_out_ended on pf_signed_out (ended_at);
