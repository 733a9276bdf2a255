-- The signed-in person is kept in memory between requests (identity/SignedInPeople, issue 24),
-- checked against this one number: every change to a person (pf_user and its roles and aliases)
-- adds one to it in the transaction of the change (identity/DirectoryStamp), so every node sees
-- the change at its next request.
create table pf_directory_stamp (
  id    integer not null,
  stamp bigint  not null,
  constraint pk_pf_directory_stamp primary key (id)
);
insert into pf_directory_stamp (id, stamp) values (1, 0);
