# shellcheck shell=bash
# The Riyaz server under test: build it, start it on H2 in a fresh data folder (or on PostgreSQL when SERVER_DB_URL is
# set), wait until it is ready, read its memory and CPU time from /proc, and stop it. Sourced by the benchmark
# scripts; uses REPO, WORK, PORT, BASE and JAVA_OPTS. SERVER_JAVA (the java command), SERVER_APP (a quarkus-app
# folder) and SERVER_DATA_DIR (the H2 data folder) choose another JVM, build or data folder than the defaults.

SERVER_PID=""
SERVER_JAVA=${SERVER_JAVA:-java}
SERVER_APP=${SERVER_APP:-}
SERVER_DATA_DIR=${SERVER_DATA_DIR:-}
SERVER_READY_SECONDS=""
SERVER_DB_URL=${SERVER_DB_URL:-}
SERVER_H2_URL=${SERVER_H2_URL:-}

build_app() {
    log "building the app (./mvnw -B -q package -DskipTests)"
    (cd "$REPO" && ./mvnw -B -q package -DskipTests)
}

# Starts the packaged app in the background and waits for /q/health/ready; records how long that took. The H2 build
# keeps its data in $WORK/data (or uses the H2 URL in SERVER_H2_URL); with SERVER_DB_URL set, the PostgreSQL build
# runs against that database.
start_app() {
    local jar="${SERVER_APP:-$REPO/target/quarkus-app}/quarkus-run.jar" database=(-u RIYAZ_DB_URL -u RIYAZ_DB_USER -u RIYAZ_DB_PASSWORD)
    if [[ -n $SERVER_DB_URL ]]; then
        jar="$REPO/target/postgresql/quarkus-run.jar"
        database=(RIYAZ_DB_URL="$SERVER_DB_URL" RIYAZ_DB_USER=riyaz RIYAZ_DB_PASSWORD=riyaz)
    elif [[ -n $SERVER_H2_URL ]]; then
        database=(-u RIYAZ_DB_USER -u RIYAZ_DB_PASSWORD RIYAZ_DB_URL="$SERVER_H2_URL")
    fi
    [[ -f $jar ]] || die "$jar is missing: build first (leave out --skip-build)"
    if curl -s -o /dev/null "$BASE/"; then
        die "something already answers on port $PORT: choose another with --port"
    fi
    local flags
    read -r -a flags <<<"$JAVA_OPTS"
    log "starting Riyaz on $BASE (${SERVER_DB_URL:-${SERVER_H2_URL:-H2 in a temporary folder}}; $SERVER_JAVA ${JAVA_OPTS})"
    local started
    started=$(date +%s.%N)
    # A database chosen in the environment must not be the one filled with test data.
    env "${database[@]}" RIYAZ_DATA_DIR="${SERVER_DATA_DIR:-$WORK/data}" RIYAZ_PORT="$PORT" RIYAZ_HOST=127.0.0.1 \
        "$SERVER_JAVA" "${flags[@]}" -jar "$jar" >>"$WORK/server.log" 2>&1 &
    SERVER_PID=$!
    wait_ready "$started"
}

wait_ready() {
    local started=$1 deadline=$((SECONDS + 120))
    until curl -sf -o /dev/null "$BASE/q/health/ready"; do
        kill -0 "$SERVER_PID" 2>/dev/null || die "the server exited during start-up"
        ((SECONDS < deadline)) || die "the server was not ready after 120 s"
        sleep 0.02
    done
    SERVER_READY_SECONDS=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
    log "ready after ${SERVER_READY_SECONDS} s (pid $SERVER_PID, RSS $(server_rss_mb) MB)"
}

# Stops the server this script started, by its PID: politely first, then for good.
stop_app() {
    [[ -n $SERVER_PID ]] || return 0
    if kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        local i
        for ((i = 0; i < 150; i++)); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -0 "$SERVER_PID" 2>/dev/null && kill -9 "$SERVER_PID" 2>/dev/null
    fi
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}

# Resident memory now, and the most it has been (VmHWM), in MB.
server_rss_mb() {
    awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVER_PID/status"
}

server_peak_rss_mb() {
    awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVER_PID/status"
}

# User plus system CPU time of the server so far, in clock ticks (fields 14 and 15 of /proc/PID/stat; the fields
# are counted after the command name, which is in parentheses and may hold spaces).
server_cpu_ticks() {
    sed 's/^.*) //' "/proc/$SERVER_PID/stat" | awk '{ print $12 + $13 }'
}
