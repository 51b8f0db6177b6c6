# shellcheck shell=bash
# bench/api/run --compare: two sides (A and B: two JVMs, two builds or two sets of JVM flags) measured in turns, A B A
# B, in one run, so that their ratio holds on a noisy machine. Uses the server, seed, history and measure functions
# and SIDE_JAVA, SIDE_OPTS, SIDE_APP (associative arrays keyed by A and B), RESTARTS, ROUNDS, COMPARE_ONLY, WARMUP,
# DURATION, WORK and RESULTS.

declare -A SIDE_JAVA=([A]=java [B]=java) SIDE_OPTS=() SIDE_APP=() SIDE_TOKEN=() SIDE_GOALS=() SIDE_KINDS=() SIDE_STATS=()

# Makes the environment of the server functions that of one side.
use_side() {
    local side=$1
    SERVER_JAVA=${SIDE_JAVA[$side]}
    JAVA_OPTS=${SIDE_OPTS[$side]}
    SERVER_APP=${SIDE_APP[$side]:-}
    SERVER_DATA_DIR="$WORK/data-$side"
}

# First start of a side on an empty data folder (Flyway makes the tables), then a person with 20 goals and a 3-year
# goal (1,095 days), so that every later start is a restart on existing data.
prepare_side() {
    local side=$1 email
    email="$(tr 'AB' 'ab' <<<"$side")@compare.test"
    use_side "$side"
    start_app
    echo "$side first $SERVER_READY_SECONDS $(server_rss_mb)" >>"$WORK/compare-startup"
    sign_up "$email"
    SIDE_TOKEN[$side]=$(new_token "$email")
    create_goals "${SIDE_TOKEN[$side]}" "$(date -u +%F)" >"$WORK/goals-$side"
    SIDE_GOALS[$side]=$(awk '{ printf "%s ", $1 }' "$WORK/goals-$side")
    SIDE_KINDS[$side]=$(awk '{ printf "%s ", substr($2, 1, 1) }' "$WORK/goals-$side")
    import_history "${SIDE_TOKEN[$side]}" 1 1095 "Three years" >/dev/null
    SIDE_STATS[$side]=$(curl -sf -H "Authorization: Bearer ${SIDE_TOKEN[$side]}" "$BASE/api/v1/goals" |
        jq -r '.[] | select(.title | startswith("Three years")) | .id')
    [[ -n ${SIDE_TOKEN[$side]} && -n ${SIDE_GOALS[$side]} && -n ${SIDE_STATS[$side]} ]] ||
        die "could not set up side $side"
    stop_app
}

compare_sides() {
    local side i round token
    start_results
    for side in A B; do
        prepare_side "$side"
    done
    # Restarts on existing data, in turns.
    for ((i = 1; i <= RESTARTS; i++)); do
        for side in A B; do
            use_side "$side"
            start_app
            echo "$side restart $SERVER_READY_SECONDS $(server_rss_mb)" >>"$WORK/compare-startup"
            stop_app
        done
    done
    [[ $COMPARE_ONLY == startup ]] && return
    # Writes and reads, in turns: each turn a fresh start, a warm-up, then one measured run of each.
    for ((round = 1; round <= ROUNDS; round++)); do
        for side in A B; do
            use_side "$side"
            start_app
            token="Authorization: Bearer ${SIDE_TOKEN[$side]}"
            warm_up_writes "$token" "${SIDE_GOALS[$side]}" "${SIDE_KINDS[$side]}" $((WARMUP * 6 / 10))
            warm_up_get "/api/v1/goals/${SIDE_STATS[$side]}/stats" "$token" $((WARMUP * 4 / 10))
            measure_writes "$side" entries-token "$token" "${SIDE_GOALS[$side]}" "${SIDE_KINDS[$side]}"
            measure_get "$side" stats-3-years "/api/v1/goals/${SIDE_STATS[$side]}/stats" "$token"
            echo "$side peak $(server_peak_rss_mb)" >>"$WORK/compare-peak"
            stop_app
        done
    done
}

compare_report() {
    local side
    for side in A B; do
        echo "$side: $("${SIDE_JAVA[$side]}" -version 2>&1 | head -1); app: ${SIDE_APP[$side]:-target/quarkus-app};" \
            "JVM flags: ${SIDE_OPTS[$side]}"
    done
    echo
    awk '
        $2 == "first" { first[$1] = sprintf("%.2f s, RSS %d MB", $3, $4) }
        $2 == "restart" { n[$1]++; t[$1, n[$1]] = $3; r[$1, n[$1]] = $4; list[$1] = list[$1] sprintf("%s%.2f", n[$1] > 1 ? " " : "", $3) }
        function median(a, side, count,    i, j, x, v) {
            for (i = 1; i <= count; i++) v[i] = a[side, i]
            for (i = 1; i <= count; i++) for (j = i + 1; j <= count; j++) if (v[j] < v[i]) { x = v[i]; v[i] = v[j]; v[j] = x }
            return count % 2 ? v[(count + 1) / 2] : (v[count / 2] + v[count / 2 + 1]) / 2
        }
        END {
            for (s = 1; s <= 2; s++) {
                side = s == 1 ? "A" : "B"
                mt[side] = median(t, side, n[side]); mr[side] = median(r, side, n[side])
                printf "%s: first start (tables made) %s; %d restarts: ready in %s s, median %.2f s; RSS after start median %d MB\n",
                    side, first[side], n[side], list[side], mt[side], mr[side]
            }
            printf "B/A: ready %.2f, RSS after start %.2f\n", mt["B"] / mt["A"], mr["B"] / mr["A"]
        }' "$WORK/compare-startup"
    [[ $COMPARE_ONLY == startup ]] && return
    echo
    echo "| side | run           | requests/s | p50 ms | p99 ms | errors | CPU ms/req | RSS MB |"
    echo "|------|---------------|-----------:|-------:|-------:|-------:|-----------:|-------:|"
    awk 'NR > 1 { printf "| %-4s | %-13s | %10.1f | %6.2f | %6.2f | %6d | %10.3f | %6d |\n", $1, $2, $4, $5, $6, $7, $8, $9 }' \
        "$RESULTS"
    echo
    awk '
        FILENAME ~ /peak$/ { if ($3 > peak[$1]) peak[$1] = $3; next }
        FNR > 1 { k = $1 SUBSEP $2; c[k]++; rps[k] += $4; if ($6 > p99[k]) p99[k] = $6; err[$1] += $7 }
        END {
            for (s = 1; s <= 2; s++) {
                side = s == 1 ? "A" : "B"
                w[side] = rps[side, "entries-token"] / c[side, "entries-token"]
                st[side] = rps[side, "stats-3-years"] / c[side, "stats-3-years"]
                printf "%s: writes %.0f requests/s (worst p99 %.2f ms), stats of a 3-year goal %.0f requests/s (worst p99 %.2f ms), peak RSS %d MB, %d errors\n",
                    side, w[side], p99[side, "entries-token"], st[side], p99[side, "stats-3-years"], peak[side], err[side]
            }
            printf "B/A: writes %.2f, stats %.2f, peak RSS %.2f\n", w["B"] / w["A"], st["B"] / st["A"], peak["B"] / peak["A"]
        }' "$WORK/compare-peak" "$RESULTS"
}
