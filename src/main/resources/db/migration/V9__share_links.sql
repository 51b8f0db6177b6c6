-- Public, read-only links to one goal's progress page and streak badge (/p/{token}, /badge/{token}.svg). One row per
-- goal: a new link replaces the token, stopping sets revoked_at, and only a row without revoked_at answers. The token
-- is kept as it is (not hashed) so the owner can copy the link again; see ShareLink for why.
create sequence share_link_seq start with 1 increment by 50;
create table share_link (
    id              bigint       not null primary key,
    owner_id        bigint       not null references app_user (id) on delete cascade,
    goal_id         bigint       not null references goal (id) on delete cascade,
    token           varchar(64)  not null,
    show_notes      boolean      not null default false,
    show_resources  boolean      not null default false,
    created_at      timestamp with time zone not null,
    revoked_at      timestamp with time zone,
    constraint share_link_goal_uk unique (goal_id),
    constraint share_link_token_uk unique (token)
);
create index share_link_owner_ix on share_link (owner_id);
