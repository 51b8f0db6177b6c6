-- Circles: a study group or meetup that practises together. A circle has members (owner, organisers, members; a
-- member is pending until an organiser approves them when the circle asks for approval), invite links (the token is
-- kept only as its SHA-256 hash), and the goals each member chose to share with it. Nothing is shared by joining alone.
-- Later parts of the circles issue (cheers, reading list, buddy, challenges, the weekly circle mail) hang off
-- circle and circle_member.
create sequence circle_seq start with 1 increment by 50;
create table circle (
    id                 bigint        not null primary key,
    name               varchar(80)   not null,
    description        varchar(500)  not null default '',
    requires_approval  boolean       not null default false,
    created_at         timestamp with time zone not null
);

create sequence circle_member_seq start with 1 increment by 50;
create table circle_member (
    id         bigint       not null primary key,
    circle_id  bigint       not null references circle (id) on delete cascade,
    user_id    bigint       not null references app_user (id) on delete cascade,
    role       varchar(10)  not null,
    status     varchar(10)  not null,
    joined_at  timestamp with time zone not null,
    constraint circle_member_uk unique (circle_id, user_id),
    constraint circle_member_role_ck check (role in ('owner', 'organiser', 'member')),
    constraint circle_member_status_ck check (status in ('active', 'pending'))
);
-- "my circles" and account deletion start from the person.
create index circle_member_user_ix on circle_member (user_id, status);

create sequence circle_invite_seq start with 1 increment by 50;
create table circle_invite (
    id          bigint       not null primary key,
    circle_id   bigint       not null references circle (id) on delete cascade,
    token_hash  varchar(64)  not null,
    expires_at  timestamp with time zone not null,
    uses_left   integer      not null,
    revoked     boolean      not null default false,
    created_by  bigint       not null references app_user (id) on delete cascade,
    created_at  timestamp with time zone not null,
    constraint circle_invite_token_uk unique (token_hash),
    constraint circle_invite_uses_ck check (uses_left >= 0)
);
create index circle_invite_circle_ix on circle_invite (circle_id, revoked);
create index circle_invite_created_by_ix on circle_invite (created_by);

-- A goal a member shares with one circle. The circle page reads every share of a circle at once.
create sequence circle_share_seq start with 1 increment by 50;
create table circle_share (
    id         bigint  not null primary key,
    circle_id  bigint  not null references circle (id) on delete cascade,
    member_id  bigint  not null references circle_member (id) on delete cascade,
    goal_id    bigint  not null references goal (id) on delete cascade,
    constraint circle_share_uk unique (member_id, goal_id)
);
create index circle_share_circle_ix on circle_share (circle_id, member_id);
create index circle_share_goal_ix on circle_share (goal_id);
