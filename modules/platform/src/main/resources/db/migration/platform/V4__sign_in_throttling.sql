-- Failed sign-ins counted per account ('account:<username>') and per client address
-- ('address:<ip>'), shared by every node on the database. A row is written only when a sign-in
-- fails, and removed when the account signs in or an administrator lifts its lock; rows whose
-- window and lock have both passed are purged now and then. Each change is one autocommit
-- statement guarded by the row's version (no lock is held between statements).
create table pf_sign_in_throttle (
  throttle_key varchar(200) not null,
  failures     integer      not null,
  window_start timestamp with time zone not null,
  last_failure timestamp with time zone not null,
  locked_until timestamp with time zone,
  version      bigint       not null,
  constraint pk_pf_sign_in_throttle primary key (throttle_key)
);

create index ix_pf_sign_in_throttle_last on pf_sign_in_throttle (last_failure);
