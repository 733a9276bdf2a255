-- Seed 003: child abuse images found with the member of staff. The flow then opens an instant
-- suspension and a police referral at once, beside the LADO referral.
alter table alg_allegation add column child_abuse_images boolean default false not null;
