-- Coding goals, the practice logged against them, and replay records for Idempotency-Key.

create sequence goal_seq start with 1 increment by 50;
create table goal (
    id              bigint        not null primary key,
    owner_id        bigint        not null references app_user (id) on delete cascade,
    title           varchar(100)  not null,
    description     varchar(1000),
    kind            varchar(10)   not null,
    unit            varchar(30),
    daily_target    numeric(12, 2),
    schedule_type   varchar(10)   not null,
    schedule_times  integer,
    schedule_every  integer,
    schedule_days   varchar(30),
    start_date      date          not null,
    color           varchar(7)    not null,
    tags            varchar(400)  not null default '',
    archived        boolean       not null default false,
    position        integer       not null,
    created_at      timestamp with time zone not null,
    constraint goal_kind_ck check (kind in ('check', 'measured'))
);
create index goal_owner_ix on goal (owner_id, archived, position);

create sequence practice_entry_seq start with 1 increment by 50;
create table practice_entry (
    id           bigint         not null primary key,
    owner_id     bigint         not null references app_user (id) on delete cascade,
    goal_id      bigint         not null references goal (id) on delete cascade,
    entry_date   date           not null,
    status       varchar(10)    not null,
    amount       numeric(12, 2),
    note         varchar(1000),
    source       varchar(10)    not null,
    created_at   timestamp with time zone not null,
    constraint practice_entry_status_ck check (status in ('done', 'skipped'))
);
create index practice_entry_goal_date_ix on practice_entry (goal_id, entry_date);
create index practice_entry_owner_date_ix on practice_entry (owner_id, entry_date, id);

create sequence idempotency_record_seq start with 1 increment by 50;
create table idempotency_record (
    id              bigint        not null primary key,
    owner_id        bigint        not null references app_user (id) on delete cascade,
    idem_key        varchar(200)  not null,
    request_hash    varchar(64)   not null,
    entry_id        bigint        not null,
    response_body   varchar(4000) not null,
    created_at      timestamp with time zone not null,
    constraint idempotency_record_uk unique (owner_id, idem_key)
);
