-- Reminders, mail settings and the outbox of mail to send. (V4, Quartz's own tables, lives in db/vendor/{vendor}.)

alter table app_user add column all_mail boolean not null default true;
alter table app_user add column digest varchar(10) not null default 'off';
alter table app_user add column digest_time time not null default '08:00:00';
alter table app_user add column weekly_review boolean not null default true;
alter table app_user add column weekly_review_day varchar(3) not null default 'SUN';
alter table app_user add column weekly_review_time time not null default '18:00:00';

-- Everything that sends mail on a schedule: a goal's reminders, a person's daily digest and weekly review, and a
-- one-off snooze. next_fire_at is the next instant to fire (null: nothing to do); the dispatcher claims due rows.
create sequence reminder_seq start with 1 increment by 50;
create table reminder (
    id                bigint       not null primary key,
    owner_id          bigint       not null references app_user (id) on delete cascade,
    goal_id           bigint       references goal (id) on delete cascade,
    kind              varchar(10)  not null,
    local_time        time         not null,
    days              varchar(30)  not null,
    only_if_not_done  boolean      not null default true,
    enabled           boolean      not null default true,
    next_fire_at      timestamp with time zone,
    snooze_of         bigint       references reminder (id) on delete cascade,
    snooze_date       date,
    created_at        timestamp with time zone not null,
    constraint reminder_kind_ck check (kind in ('goal', 'digest', 'review', 'snooze'))
);
create index reminder_due_ix on reminder (next_fire_at);
create index reminder_owner_ix on reminder (owner_id, kind, goal_id);

-- Mail waiting to be sent, sent, failed, or held because no mail server is configured. dedupe_key names the
-- occurrence (reminder, local date, slot): a second attempt to queue the same occurrence is refused.
create sequence outbox_mail_seq start with 1 increment by 50;
create table outbox_mail (
    id               bigint         not null primary key,
    owner_id         bigint         not null references app_user (id) on delete cascade,
    dedupe_key       varchar(120)   not null,
    kind             varchar(10)    not null,
    reminder_id      bigint,
    to_address       varchar(320)   not null,
    subject          varchar(300)   not null,
    text_body        varchar(60000) not null,
    html_body        varchar(200000) not null,
    unsubscribe_url  varchar(600),
    status           varchar(10)    not null,
    attempts         integer        not null default 0,
    next_attempt_at  timestamp with time zone not null,
    last_error       varchar(500),
    created_at       timestamp with time zone not null,
    sent_at          timestamp with time zone,
    constraint outbox_mail_dedupe_uk unique (dedupe_key),
    constraint outbox_mail_status_ck check (status in ('pending', 'sent', 'failed', 'held'))
);
create index outbox_mail_due_ix on outbox_mail (status, next_attempt_at);
create index outbox_mail_owner_ix on outbox_mail (owner_id, created_at);

-- Secrets the nodes share, made once on first start (the key that signs links in mail).
create table app_secret (
    name        varchar(50)  not null primary key,
    secret      varchar(200) not null,
    created_at  timestamp with time zone not null
);
