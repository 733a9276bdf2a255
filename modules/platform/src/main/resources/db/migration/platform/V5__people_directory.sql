-- The people directory kept by administrators: an e-mail address, and whether the person must
-- choose a new password at their next sign-in (after a reset, or before their first).
alter table pf_user add column email varchar(254);
alter table pf_user add column must_change_password boolean default false not null;
