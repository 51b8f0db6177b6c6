-- Progress: one row per goal and day summing its entries, cached stats per goal, and where a person's week starts.

alter table app_user add column first_day_of_week varchar(3) not null default 'MON';

-- Counts the practice writes of a goal; kept stats are valid only for the count they were computed from.
alter table goal add column practice_version bigint not null default 0;

create table practice_day (
    goal_id        bigint         not null references goal (id) on delete cascade,
    practice_date  date           not null,
    owner_id       bigint         not null references app_user (id) on delete cascade,
    done_count     integer        not null,
    skipped_count  integer        not null,
    amount_total   numeric(14, 2) not null,
    constraint practice_day_pk primary key (goal_id, practice_date)
);
create index practice_day_owner_ix on practice_day (owner_id, practice_date);

insert into practice_day (goal_id, practice_date, owner_id, done_count, skipped_count, amount_total)
select goal_id,
       entry_date,
       owner_id,
       sum(case when status = 'done' then 1 else 0 end),
       sum(case when status = 'skipped' then 1 else 0 end),
       coalesce(sum(case when status = 'done' then amount else 0 end), 0)
from practice_entry
group by goal_id, entry_date, owner_id;

create table goal_stats_cache (
    goal_id      bigint        not null primary key references goal (id) on delete cascade,
    owner_id     bigint        not null references app_user (id) on delete cascade,
    as_of        date          not null,
    fingerprint  varchar(64)   not null,
    payload      varchar(4000) not null,
    computed_at  timestamp with time zone not null
);
create index goal_stats_cache_owner_ix on goal_stats_cache (owner_id);
