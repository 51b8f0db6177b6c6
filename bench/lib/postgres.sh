# shellcheck shell=bash
# A throw-away PostgreSQL cluster for one benchmark run: Debian's server binaries run as the postgres user, data and
# socket in $WORK, listening on 127.0.0.1 only. Sourced by the benchmark scripts; uses WORK, log and die.

PG_BIN=${BENCH_PG_BIN:-$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -1)}
PG_PORT=$((20000 + RANDOM % 10000))
PG_STARTED=false

# Starts the cluster with the given extra server settings and creates the riyaz role and database.
start_postgres() {
    [[ -x $PG_BIN/initdb ]] || die "PostgreSQL server binaries not found (apt-get install postgresql, or set BENCH_PG_BIN)"
    log "starting PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }') on port $PG_PORT"
    chmod 755 "$WORK"
    mkdir "$WORK/pg" && chown postgres "$WORK/pg" "$WORK"
    runuser -u postgres -- "$PG_BIN/initdb" -D "$WORK/pg" -A trust -U postgres >/dev/null
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -w \
        -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1 $*" start >/dev/null
    PG_STARTED=true
    pg_sql "create role riyaz login password 'riyaz'" postgres
    pg_sql "create database riyaz owner riyaz" postgres
}

stop_postgres() {
    $PG_STARTED || return 0
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true
    PG_STARTED=false
}

# Runs SQL as the superuser in the given database (riyaz by default); prints the rows unaligned.
pg_sql() {
    runuser -u postgres -- "$PG_BIN/psql" -X -q -At -h "$WORK" -p "$PG_PORT" -d "${2:-riyaz}" -c "$1"
}

pg_url() {
    echo "jdbc:postgresql://127.0.0.1:$PG_PORT/riyaz"
}
