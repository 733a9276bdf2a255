-- Every Beacon node sends alerts. A node claims the rows it is about to send for a while (a lease),
-- by a conditional update that only one node can win; a node that dies mid-round leaves its claim to
-- expire, and another node sends those messages then.
alter table pf_alert add column claimed_by varchar(100);
alter table pf_alert add column claimed_until timestamp with time zone;
