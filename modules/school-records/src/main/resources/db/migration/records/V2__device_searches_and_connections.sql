-- Issue 22 items 4 and 5: device searches and confiscation; staff's declared connections with pupils.
create sequence rec_device_search_seq start with 1 increment by 1;
create table rec_device_search (
  id                bigint        not null primary key,
  pupil_reference   varchar(50)   not null,
  year_group        varchar(20)   not null,
  device            varchar(200)  not null,
  ownership         varchar(10)   not null,
  grounds           varchar(2000) not null,
  requested_by      varchar(100)  not null,
  requested_at      timestamp with time zone not null,
  status            varchar(20)   not null,
  decided_by        varchar(100),
  decided_at        timestamp with time zone,
  decision_note     varchar(2000),
  searched_by       varchar(200),
  witness           varchar(200),
  recorded_by       varchar(100),
  searched_at       timestamp with time zone,
  findings          varchar(2000),
  may_be_illegal    boolean       not null,
  incident_note     varchar(200),
  returned_on       date,
  returned_to       varchar(200),
  police_reference  varchar(100),
  closed_by         varchar(100)
);
create index ix_rec_device_search_pupil on rec_device_search (pupil_reference);

create sequence rec_connection_seq start with 1 increment by 1;
create table rec_connection (
  id                    bigint        not null primary key,
  username              varchar(100)  not null,
  pupil_reference       varchar(50)   not null,
  nature                varchar(1000) not null,
  declared_at           timestamp with time zone not null,
  acknowledged_by       varchar(100),
  acknowledged_at       timestamp with time zone,
  acknowledgement_note  varchar(1000)
);
create index ix_rec_connection_pupil on rec_connection (pupil_reference);
create index ix_rec_connection_person on rec_connection (username);
