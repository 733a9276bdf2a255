-- Several involvements per incident (issue 18): the DSL ticks any of child, staff and content, and
-- the log keeps them together ("child,staff,content").
alter table inc_incident alter column involves set data type varchar(30);

-- Each party's decision, one row per pupil (by the school's pupil reference) or for the staff
-- named: what the school's matrix recommended for them and what the DSL decided. The incident's
-- own actions (inc_incident_action) stay the union of these, once each, for the statistics.
create table inc_incident_decision (
  incident_id       bigint        not null,
  position          integer       not null,
  party             varchar(50)   not null,
  recommended       varchar(2000),
  actions           varchar(2000),
  other_actions     varchar(4000),
  difference_reason varchar(2000),
  constraint pk_inc_incident_decision primary key (incident_id, position),
  constraint uq_inc_incident_decision unique (incident_id, party),
  constraint fk_inc_incident_decision foreign key (incident_id) references inc_incident (id) on delete cascade
);
