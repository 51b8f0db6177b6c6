-- Failed log-ins are counted per account and per client (an address, or a browser that has signed in to the account
-- before), so that someone guessing passwords locks out only themselves, not the owner.
alter table login_failure add column client varchar(64) default '' not null;
create index login_failure_client_ix on login_failure (email, client, failed_at);

-- Browsers that have signed in to an account: a long-lived random cookie, stored as its SHA-256 hash.
create sequence known_device_seq start with 1 increment by 50;
create table known_device (
    id            bigint      not null primary key,
    user_id       bigint      not null references app_user (id) on delete cascade,
    token_hash    varchar(64) not null,
    created_at    timestamp with time zone not null,
    last_used_at  timestamp with time zone not null,
    constraint known_device_token_hash_uk unique (token_hash)
);
create index known_device_user_ix on known_device (user_id, last_used_at);
