-- References no longer follow the id (ALG-2026-0007 after ALG-2026-0006 let a reader notice a case
-- left out of their list): each allegation gets a random code. Those recorded before keep their
-- number as their code, so their references do not change.
alter table alg_allegation add column code varchar(18);
update alg_allegation set code = lpad(cast(id as varchar(18)), 4, '0');
alter table alg_allegation alter column code set not null;
alter table alg_allegation add constraint uk_alg_allegation_code unique (code);
