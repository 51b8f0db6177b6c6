-- Web Push. The server's VAPID key pair, made once on first start when none is configured; every node reads this row.
create table push_vapid_key (
    name         varchar(20)  not null primary key,
    public_key   varchar(100) not null,
    private_key  varchar(100) not null,
    created_at   timestamp with time zone not null
);

-- A person's devices subscribed to push: the browser's push service address (endpoint) and the keys a message is
-- encrypted for (p256dh: the browser's public key, auth: its secret), both base64url. One row per person and endpoint:
-- subscribing the same browser again updates the row. last_success_at is the last push the service accepted.
create sequence push_device_seq start with 1 increment by 50;
create table push_device (
    id               bigint        not null primary key,
    user_id          bigint        not null references app_user (id) on delete cascade,
    name             varchar(100)  not null,
    endpoint         varchar(1024) not null,
    p256dh           varchar(100)  not null,
    auth             varchar(40)   not null,
    created_at       timestamp with time zone not null,
    last_success_at  timestamp with time zone,
    constraint push_device_endpoint_uk unique (user_id, endpoint)
);
