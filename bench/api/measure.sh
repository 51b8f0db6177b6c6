# shellcheck shell=bash
# Load with wrk for bench/api/run: warm up, measure, keep one row per run in $RESULTS, print the table and the
# targets of issue 7. Uses BASE, BENCH_DIR, REPO, WORK, THREADS, CONNECTIONS, WARMUP, DURATION, PROFILE, JAVA_OPTS,
# DB, SERVER_PID and the server functions.

# Targets of issue 7.
TARGET_READY_S=1.5
TARGET_RSS_START_MB=200
TARGET_RSS_LOAD_MB=350
TARGET_WRITES_RPS=2300
TARGET_WRITES_P99_MS=20
TARGET_WRITES_OF_HEALTH=0.30
TARGET_HISTORY_DROP=0.15
TARGET_TOKEN_OVER_SESSION=1.10
TARGET_STATS_RPS=6000

start_results() {
    echo "stage run requests rps p50_ms p99_ms errors cpu_ms_per_req rss_mb" >"$RESULTS"
}

# Runs wrk once with a Lua script; prints its RESULT line.
wrk_script() {
    local script=$1 url=$2 seconds=$3
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s -s "$BENCH_DIR/lua/$script" "$url" \
        >"$WORK/wrk.out" 2>&1 || die "wrk failed on $url: $(cat "$WORK/wrk.out")"
    grep '^RESULT ' "$WORK/wrk.out" || die "no RESULT line from wrk on $url: $(cat "$WORK/wrk.out")"
}

# GET one path with one header (or none) for some seconds.
load_get() {
    local path=$1 header=$2 seconds=$3
    BENCH_HEADER="$header" wrk_script get.lua "$BASE$path" "$seconds"
}

# POST practice to these goals in turn (ids and "c"/"m" kinds, space-separated) for some seconds.
load_writes() {
    local header=$1 goals=$2 kinds=$3 seconds=$4
    BENCH_HEADER="$header" BENCH_GOALS="$goals" BENCH_KINDS="$kinds" wrk_script post-entry.lua "$BASE" "$seconds" |
        tee -a "$WORK/writes"
}

warm_up_get() {
    local path=$1 header=$2 seconds=$3
    curl -sf -o /dev/null ${header:+-H "$header"} "$BASE$path" || die "GET $path did not answer 2xx"
    ((seconds > 0)) || return 0
    log "warm-up: GET $path, $seconds s"
    load_get "$path" "$header" "$seconds" >/dev/null
}

warm_up_writes() {
    local header=$1 goals=$2 kinds=$3 seconds=$4
    ((seconds > 0)) || return 0
    log "warm-up: POST entries (${header%%:*}), $seconds s"
    load_writes "$header" "$goals" "$kinds" "$seconds" >/dev/null
}

# Measures one run; appends a row to $RESULTS with the server's CPU time per request and its RSS at the end.
measure_run() {
    local stage=$1 run=$2 result before ticks
    shift 2
    log "$stage: $run, ${DURATION} s"
    $PROFILE && jcmd "$SERVER_PID" JFR.start name=bench settings=profile >/dev/null
    before=$(server_cpu_ticks)
    result=$("$@" "$DURATION")
    ticks=$(($(server_cpu_ticks) - before))
    if $PROFILE; then
        mkdir -p "$REPO/target/bench/jfr"
        jcmd "$SERVER_PID" JFR.stop name=bench filename="$REPO/target/bench/jfr/api-$DB-$stage-$run.jfr" >/dev/null
    fi
    awk -v stage="$stage" -v run="$run" -v rss="$(server_rss_mb)" -v hz="$(getconf CLK_TCK)" -v ticks="$ticks" '
        {
            for (i = 2; i <= NF; i++) { split($i, kv, "="); r[kv[1]] = kv[2] }
            printf "%s %s %d %.1f %.2f %.2f %d %.3f %d\n", stage, run, r["requests"], r["rps"], r["p50_ms"],
                r["p99_ms"], r["non2xx"] + r["socket_errors"], r["requests"] ? ticks / hz * 1000 / r["requests"] : 0, rss
        }' <<<"$result" >>"$RESULTS"
}

measure_get() {
    local stage=$1 run=$2 path=$3 header=$4
    measure_run "$stage" "$run" load_get "$path" "$header"
}

measure_writes() {
    local stage=$1 run=$2 header=$3 goals=$4 kinds=$5
    measure_run "$stage" "$run" load_writes "$header" "$goals" "$kinds"
}

# Entries the write runs added (warm-ups included): every 201 of wrk's POSTs.
written_entries() {
    awk '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == "requests") n += kv[2]; if (kv[1] == "non2xx") n -= kv[2] } }
        END { print n + 0 }' "$WORK/writes"
}



machine() {
    echo "machine: $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)," \
        "$(awk '/^MemTotal:/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) memory"
    echo "java: $(java -version 2>&1 | head -1); JVM flags: $JAVA_OPTS"
    [[ $DB == postgresql ]] && echo "database: PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }')," \
        "a cluster of its own on this machine (shared_buffers=256MB, otherwise defaults: fsync=$(pg_sql 'show fsync')," \
        "synchronous_commit=$(pg_sql 'show synchronous_commit'))"
    local wrk_version
    wrk_version=$(wrk -v 2>&1 || true)
    wrk_version=${wrk_version%%$'\n'*}
    echo "wrk: ${wrk_version%% Copyright*}, $THREADS threads, $CONNECTIONS connections, ${WARMUP} s warm-up," \
        "${DURATION} s per measured run"
}

startup_report() {
    awk '
        $1 == 0 { printf "start-up on an empty database (tables made): ready in %.2f s, RSS %d MB\n", $2, $3 }
        $1 == 1 { n++; t[n] = $2; rss[n] = $3 }
        END {
            line = ""
            for (i = 1; i <= n; i++) line = line sprintf("%s%.2f s (RSS %d MB)", i > 1 ? ", " : "", t[i], rss[i])
            printf "restarts on the same data: ready in %s\n", line
        }' "$WORK/startup"
}

table_header() {
    echo "| stage   | run             | requests/s | p50 ms | p99 ms | errors | CPU ms/req | RSS MB |"
    echo "|---------|-----------------|-----------:|-------:|-------:|-------:|-----------:|-------:|"
}

table_rows() {
    awk 'NR > 1 { printf "| %-7s | %-15s | %10.1f | %6.2f | %6.2f | %6d | %10.3f | %6d |\n", $1, $2, $4, $5, $6, $7, $8, $9 }' \
        "$RESULTS"
}

# Each target of issue 7: MET or NOT MET, with the measured figure.
targets() {
    awk -v ready="$TARGET_READY_S" -v rss_start="$TARGET_RSS_START_MB" -v rss_load="$TARGET_RSS_LOAD_MB" \
        -v peak="$(server_peak_rss_mb)" -v writes="$TARGET_WRITES_RPS" -v p99="$TARGET_WRITES_P99_MS" \
        -v of_health="$TARGET_WRITES_OF_HEALTH" -v drop="$TARGET_HISTORY_DROP" \
        -v token_session="$TARGET_TOKEN_OVER_SESSION" -v stats="$TARGET_STATS_RPS" '
        function verdict(ok) { return ok ? "MET" : "NOT MET" }
        FILENAME ~ /startup$/ {
            if ($1 == 1) { n++; t[n] = $2; r[n] = $3 }
            next
        }
        # A run measured twice counts with the mean of its rows (the worst p99).
        FNR > 1 {
            k = $1 SUBSEP $2; runs[k]++
            rps[k] += ($4 - rps[k]) / runs[k]; cpu[k] += ($8 - cpu[k]) / runs[k]
            if ($6 > p[k]) p[k] = $6
            errors += $7
        }
        END {
            for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (t[j] < t[i]) { x = t[i]; t[i] = t[j]; t[j] = x }
            median = n % 2 ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2
            worst_rss = 0
            for (i = 1; i <= n; i++) if (r[i] > worst_rss) worst_rss = r[i]
            printf "target: ready <= %.1f s after a restart: %s (median %.2f s)\n", ready, verdict(median <= ready), median
            printf "target: RSS after start <= %d MB: %s (%d MB at most)\n", rss_start, verdict(worst_rss <= rss_start), worst_rss
            printf "target: RSS under load <= %d MB: %s (peak %d MB)\n", rss_load, verdict(peak <= rss_load), peak
            w = rps["empty", "entries-token"]; h = rps["empty", "health-live"]
            printf "target: POST entries (token) >= %d requests/s: %s (%.0f)\n", writes, verdict(w >= writes), w
            printf "target: POST entries (token) p99 <= %d ms: %s (%.2f ms)\n", p99, verdict(p["empty", "entries-token"] <= p99), p["empty", "entries-token"]
            printf "target: POST entries >= %.0f%% of GET /q/health/live: %s (%.1f%% of %.0f)\n", of_health * 100,
                verdict(h && w / h >= of_health), h ? 100 * w / h : 0, h
            g = rps["history", "entries-token"]
            printf "target: with long history within %.0f%% of the empty database: %s (%.0f vs %.0f requests/s, %+.1f%%)\n",
                drop * 100, verdict(w && g >= w * (1 - drop)), g, w, w ? 100 * (g - w) / w : 0
            ct = cpu["empty", "entries-token"]; cs = cpu["empty", "entries-session"]
            printf "target: a token costs within %.0f%% of a session (mean CPU per write): %s (%.3f vs %.3f ms, %+.1f%%)\n",
                (token_session - 1) * 100, verdict(cs && ct <= cs * token_session), ct, cs, cs ? 100 * (ct - cs) / cs : 0
            ct = cpu["empty", "goals-token"]; cs = cpu["empty", "goals-session"]
            printf "        the same for GET /api/v1/goals: %s (%.3f vs %.3f ms, %+.1f%%)\n",
                verdict(cs && ct <= cs * token_session), ct, cs, cs ? 100 * (ct - cs) / cs : 0
            s = rps["history", "stats-3-years"]
            printf "target: GET stats of a 3-year goal >= %d requests/s: %s (%.0f)\n", stats, verdict(s >= stats), s
            if (errors) printf "WARNING: %d requests failed (unexpected status or socket errors)\n", errors
        }' "$WORK/startup" "$RESULTS"
}
