# shellcheck shell=bash
# Load with wrk: warm up, measure, and keep one row per run in $RESULTS. Sourced by bench/run; uses BASE, BENCH_DIR,
# REPO, WORK, THREADS, CONNECTIONS, WARMUP, DURATION, PROFILE, WRITE_EVERY, LONG_LABEL, SHORT_LABEL, the WRITER_*
# person settings and the server functions.

# Starts $RESULTS with the names of its columns.
start_results() {
    echo "endpoint user requests rps p50_ms p95_ms p99_ms errors rss_mb cpu_s cpu_ms_per_req others_cpu_s" >"$RESULTS"
}

# Fails unless the page answers 200 and shows what it should: a dead session would give the 200 welcome page.
check_answer() {
    local path=$1 header=$2 expected=$3 body
    body=$(curl -sf -H "$header" "$BASE$path") || die "GET $path did not answer 2xx"
    [[ $body == *"$expected"* ]] || die "GET $path does not show '$expected'"
}

# Runs wrk once against a path; prints its RESULT line and leaves wrk's own CPU seconds in $WORK/wrk.cpu.
wrk_run() {
    local path=$1 header=$2 seconds=$3 TIMEFORMAT='%3U %3S'
    {
        time BENCH_HEADER="$header" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s \
            -s "$BENCH_DIR/lua/get.lua" "$BASE$path" >"$WORK/wrk.out" 2>&1
    } 2>"$WORK/wrk.time" || die "wrk failed on $path: $(cat "$WORK/wrk.out")"
    awk '{ print $1 + $2 }' "$WORK/wrk.time" >"$WORK/wrk.cpu"
    grep '^RESULT ' "$WORK/wrk.out" || die "no RESULT line from wrk on $path: $(cat "$WORK/wrk.out")"
}

# Checks the answer and warms up (JIT, caches) one endpoint for one person.
warm_up() {
    local endpoint=$1 user=$2 path=$3 header=$4 expected=$5
    check_answer "$path" "$header" "$expected"
    ((WARMUP > 0)) || return 0
    log "$endpoint, $user: warm-up ${WARMUP} s ($path)"
    wrk_run "$path" "$header" "$WARMUP" >/dev/null
}

# While a person is measured, logs 5 more minutes on their measured goal every WRITE_EVERY seconds through the API,
# as a person using Riyaz does now and then: every write makes the server forget that goal's kept stats and pictures,
# so the measured numbers include recomputing them. Each answer's status goes to $WORK/writes.
start_writer() {
    local token=$1 goal=$2
    WRITER_PID=
    [[ $WRITE_EVERY != 0 ]] || return 0
    (
        while sleep "$WRITE_EVERY"; do
            curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer $token" \
                -H 'Content-Type: application/json' -d "{\"date\":\"$(date -u +%F)\",\"amount\":5}" \
                "$BASE/api/v1/goals/$goal/entries" >>"$WORK/writes" || true
        done
    ) &
    WRITER_PID=$!
}

stop_writer() {
    [[ -n $WRITER_PID ]] || return 0
    kill "$WRITER_PID" 2>/dev/null || true
    wait "$WRITER_PID" 2>/dev/null || true
    WRITER_PID=
}

# The writes of all measured runs by status, e.g. "118 x 201".
writes_summary() {
    [[ -s $WORK/writes ]] || return 0
    sort "$WORK/writes" | uniq -c | awk '{ printf "%s%d x %s", (NR > 1 ? ", " : ""), $1, $2 }'
}

# Measures one endpoint for one person; appends a row to $RESULTS. "others" is the CPU time that neither the server
# nor wrk used during the run: other work on the machine, which disturbs the numbers when it is not near 0.
measure() {
    local endpoint=$1 user=$2 path=$3 header=$4 result server_before machine_before server_ticks machine_ticks
    log "$endpoint, $user: ${DURATION} s measured ($path)"
    $PROFILE && jcmd "$SERVER_PID" JFR.start name=bench settings=profile >/dev/null
    if [[ $user == "$LONG_LABEL" ]]; then start_writer "${WRITER_LONG[@]}"; else start_writer "${WRITER_SHORT[@]}"; fi
    server_before=$(server_cpu_ticks)
    machine_before=$(machine_busy_ticks)
    result=$(wrk_run "$path" "$header" "$DURATION")
    server_ticks=$(($(server_cpu_ticks) - server_before))
    machine_ticks=$(($(machine_busy_ticks) - machine_before))
    stop_writer
    if $PROFILE; then
        mkdir -p "$REPO/target/bench/jfr"
        jcmd "$SERVER_PID" JFR.stop name=bench filename="$REPO/target/bench/jfr/$endpoint-$user.jfr" >/dev/null
    fi
    # RESULT key=value ... -> one row; errors are answers outside 2xx plus connect/read/write/timeout errors.
    awk -v endpoint="$endpoint" -v user="$user" -v rss="$(server_rss_mb)" -v hz="$(getconf CLK_TCK)" \
        -v server="$server_ticks" -v machine="$machine_ticks" -v wrk="$(cat "$WORK/wrk.cpu")" '
        {
            for (i = 2; i <= NF; i++) { split($i, kv, "="); r[kv[1]] = kv[2] }
            cpu = server / hz
            others = machine / hz - cpu - wrk
            printf "%s %s %d %.1f %.2f %.2f %.2f %d %d %.1f %.3f %.1f\n", endpoint, user, r["requests"], r["rps"],
                r["p50_ms"], r["p95_ms"], r["p99_ms"], r["non2xx"] + r["socket_errors"], rss, cpu,
                r["requests"] ? cpu * 1000 / r["requests"] : 0, others < 0 ? 0 : others
        }' <<<"$result" >>"$RESULTS"
}

# Warms up one endpoint for both people, then measures both: the same JIT state for each, and no person always
# measured first.
compare() {
    local endpoint=$1 expected=$2 path_long=$3 header_long=$4 path_short=$5 header_short=$6
    warm_up "$endpoint" "$LONG_LABEL" "$path_long" "$header_long" "$expected"
    warm_up "$endpoint" "$SHORT_LABEL" "$path_short" "$header_short" "$expected"
    measure "$endpoint" "$LONG_LABEL" "$path_long" "$header_long"
    measure "$endpoint" "$SHORT_LABEL" "$path_short" "$header_short"
}
