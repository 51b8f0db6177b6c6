-- People who use Riyaz, their browser sessions, personal access tokens and failed log-ins.

create sequence app_user_seq start with 1 increment by 50;
create table app_user (
    id              bigint       not null primary key,
    email           varchar(254) not null,
    display_name    varchar(80)  not null,
    password_hash   varchar(80)  not null,
    time_zone       varchar(64)  not null,
    day_start_hour  integer      not null default 0,
    created_at      timestamp with time zone not null,
    constraint app_user_email_uk unique (email),
    constraint app_user_day_start_ck check (day_start_hour between 0 and 6)
);

create sequence user_session_seq start with 1 increment by 50;
create table user_session (
    id            bigint      not null primary key,
    user_id       bigint      not null references app_user (id) on delete cascade,
    token_hash    varchar(64) not null,
    created_at    timestamp with time zone not null,
    last_seen_at  timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    constraint user_session_token_hash_uk unique (token_hash)
);
create index user_session_user_ix on user_session (user_id);

create sequence access_token_seq start with 1 increment by 50;
create table access_token (
    id            bigint       not null primary key,
    user_id       bigint       not null references app_user (id) on delete cascade,
    name          varchar(80)  not null,
    prefix        varchar(16)  not null,
    token_hash    varchar(64)  not null,
    created_at    timestamp with time zone not null,
    last_used_at  timestamp with time zone,
    expires_at    timestamp with time zone,
    constraint access_token_token_hash_uk unique (token_hash)
);
create index access_token_user_ix on access_token (user_id);

create sequence login_failure_seq start with 1 increment by 50;
create table login_failure (
    id            bigint       not null primary key,
    email         varchar(254) not null,
    failed_at     timestamp with time zone not null
);
create index login_failure_email_ix on login_failure (email, failed_at);
