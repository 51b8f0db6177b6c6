-- The resource library: links people learn from, the goals they serve, progress through them, and which practice
-- used which link. Also the mark that someone has been through (or skipped) the welcome flow.

create sequence resource_seq start with 1 increment by 50;
create table resource (
    id              bigint         not null primary key,
    owner_id        bigint         not null references app_user (id) on delete cascade,
    url             varchar(2000)  not null,
    url_key         varchar(2000)  not null,
    title           varchar(200)   not null,
    kind            varchar(10)    not null,
    notes           varchar(5000),
    tags            varchar(400)   not null default '',
    parts_total     integer,
    parts_done      integer,
    status          varchar(10)    not null,
    practice_count  integer        not null default 0,
    last_used_at    timestamp with time zone,
    created_at      timestamp with time zone not null,
    constraint resource_kind_ck
        check (kind in ('course', 'docs', 'video', 'article', 'practice', 'social', 'book', 'repo', 'other')),
    constraint resource_status_ck check (status in ('todo', 'active', 'paused', 'done'))
);
create index resource_owner_used_ix on resource (owner_id, last_used_at);
create index resource_owner_url_ix on resource (owner_id, url_key);

create table resource_goal (
    resource_id  bigint  not null references resource (id) on delete cascade,
    goal_id      bigint  not null references goal (id) on delete cascade,
    constraint resource_goal_pk primary key (resource_id, goal_id)
);
create index resource_goal_goal_ix on resource_goal (goal_id);

-- How far through a resource someone was at the end of a day: one row per resource and day, for the pace.
create sequence resource_progress_seq start with 1 increment by 50;
create table resource_progress (
    id             bigint   not null primary key,
    resource_id    bigint   not null references resource (id) on delete cascade,
    progress_date  date     not null,
    parts_done     integer  not null,
    constraint resource_progress_uk unique (resource_id, progress_date)
);

alter table practice_entry add column resource_id bigint references resource (id) on delete set null;
create index practice_entry_resource_ix on practice_entry (resource_id);

-- Null until the person finishes or skips the welcome flow; people who signed up before it existed skip it.
alter table app_user add column welcomed_at timestamp with time zone;
update app_user set welcomed_at = created_at;
