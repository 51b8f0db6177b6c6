-- Private calendar feeds (/calendar/{secret}.ics), at most one per person. Only the SHA-256 hash of the link's secret is
-- kept; a new link replaces the hash, turning the feed off deletes the row.
create sequence calendar_feed_seq start with 1 increment by 50;
create table calendar_feed (
    id            bigint      not null primary key,
    owner_id      bigint      not null references app_user (id) on delete cascade,
    token_hash    varchar(64) not null,
    created_at    timestamp with time zone not null,
    last_used_at  timestamp with time zone,
    constraint calendar_feed_owner_uk unique (owner_id),
    constraint calendar_feed_token_hash_uk unique (token_hash)
);
