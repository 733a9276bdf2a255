-- The records a school keeps under its e-safety policy (issue 22): acceptable use agreements and
-- their signatures, photo and image consent, and training.

-- An agreement people sign, bound to a policy in the governor-reporting register: by the policy's
-- id once someone binds it, until then by the policy's kind (staff-aup, pupil-aup, ...).
create sequence rec_agreement_type_seq start with 100 increment by 1;
create table rec_agreement_type (
  id              bigint        not null primary key,
  code            varchar(40)   not null,
  title           varchar(200)  not null,
  audience        varchar(20)   not null,
  policy_kind     varchar(40),
  policy_id       bigint,
  current_version integer       not null,
  version_policy_id bigint,
  policy_version  integer,
  sign_by         date,
  skippable       boolean       not null,
  constraint uq_rec_agreement_type_code unique (code)
);

-- Who signed which version of an agreement, when and how: a user; or a pupil with the parent's name.
create sequence rec_signature_seq start with 1 increment by 1;
create table rec_signature (
  id               bigint        not null primary key,
  agreement_code   varchar(40)   not null,
  version          integer       not null,
  signer_username  varchar(100),
  pupil_reference  varchar(100),
  parent_name      varchar(200),
  signed_at        timestamp with time zone not null,
  method           varchar(20)   not null,
  paper_date       date,
  recorded_by      varchar(100)  not null
);
create index ix_rec_signature_agreement on rec_signature (agreement_code, version);
create index ix_rec_signature_signer on rec_signature (signer_username);

-- A parent's answers to the five questions of the digital images consent form (seed 001).
create sequence rec_photo_consent_seq start with 1 increment by 1;
create table rec_photo_consent (
  id                  bigint        not null primary key,
  pupil_reference     varchar(100)  not null,
  year_group          varchar(40),
  prospectus          boolean       not null,
  website             boolean       not null,
  video               boolean       not null,
  media               boolean       not null,
  newsletter          boolean       not null,
  answered_by         varchar(200)  not null,
  answered_on         date          not null,
  recorded_by         varchar(100)  not null,
  recorded_at         timestamp with time zone not null,
  withdrawn_on        date,
  deletion_asked_at   timestamp with time zone
);
create index ix_rec_photo_consent_pupil on rec_photo_consent (pupil_reference);

-- Training courses and the record of each person's training.
create table rec_course (
  code             varchar(40)   not null primary key,
  title            varchar(200)  not null,
  validity_months  integer       not null
);

create sequence rec_training_seq start with 1 increment by 1;
create table rec_training (
  id            bigint        not null primary key,
  username      varchar(100)  not null,
  course_code   varchar(40)   not null,
  completed_on  date          not null,
  expires_on    date          not null,
  provider      varchar(200)  not null,
  evidence      varchar(500),
  recorded_by   varchar(100)  not null,
  recorded_at   timestamp with time zone not null,
  constraint fk_rec_training_course foreign key (course_code) references rec_course (code)
);
create index ix_rec_training_person on rec_training (username, course_code);

insert into rec_agreement_type (id, code, title, audience, policy_kind, current_version, skippable)
  values (1, 'staff-aup', 'Staff and volunteer acceptable use agreement', 'STAFF', 'staff-aup', 0, false);
insert into rec_agreement_type (id, code, title, audience, policy_kind, current_version, skippable)
  values (2, 'pupil-aup-ks2', 'Pupil acceptable use agreement (KS2)', 'PUPIL', 'pupil-aup', 0, false);
insert into rec_agreement_type (id, code, title, audience, policy_kind, current_version, skippable)
  values (3, 'pupil-aup-ks1', 'Pupil acceptable use agreement (KS1)', 'PUPIL', 'pupil-aup', 0, false);
insert into rec_agreement_type (id, code, title, audience, policy_kind, current_version, skippable)
  values (4, 'pupil-aup-eyfs', 'Pupil acceptable use agreement (EYFS)', 'PUPIL', 'pupil-aup', 0, false);
insert into rec_agreement_type (id, code, title, audience, policy_kind, current_version, skippable)
  values (5, 'parent-aup', 'Parent and carer acceptable use agreement', 'PARENT', 'parent-aup', 0, false);
insert into rec_agreement_type (id, code, title, audience, policy_kind, current_version, skippable)
  values (6, 'community-aup', 'Community user acceptable use agreement', 'COMMUNITY', null, 0, false);
insert into rec_agreement_type (id, code, title, audience, policy_kind, current_version, skippable)
  values (7, 'social-media', 'Social media acknowledgement', 'STAFF', 'social-media', 0, true);
insert into rec_agreement_type (id, code, title, audience, policy_kind, current_version, skippable)
  values (8, 'monitoring-notice', 'Monitoring notice', 'STAFF', null, 0, true);

insert into rec_course (code, title, validity_months) values ('esafety-awareness', 'E-safety awareness', 12);
insert into rec_course (code, title, validity_months) values ('induction', 'Induction', 120);
insert into rec_course (code, title, validity_months) values ('dsl', 'DSL training', 24);
insert into rec_course (code, title, validity_months) values ('prevent', 'Prevent', 24);
