# shellcheck shell=bash
# Test people and their practice, made through the JSON API like a real client would. Sourced by bench/run; uses
# BASE, WORK and SEED_PARALLEL.
#
# Every person gets the same 20 goals: odd ones are check goals, even ones measured (30 minutes a day); goals 1-2,
# 5-6, 9-10, ... are daily, the others weekly (3 days a week for check goals, 5 for measured ones). Each goal gets one
# entry on each day of the history, ending today (UTC, the people's time zone): check goals are done, with a planned
# rest now and then; measured goals log 20 to 44 minutes, so about 60% of the days meet the target.

BENCH_PASSWORD="bench-password-not-secret"
GOAL_COUNT=20

# Signs a person up; their time zone is UTC so that "today" is the same day here and on the server.
sign_up() {
    local email=$1
    api_call POST /api/v1/account "" \
        "{\"email\":\"$email\",\"password\":\"$BENCH_PASSWORD\",\"displayName\":\"Bench\",\"timeZone\":\"UTC\"}" \
        >/dev/null
}

# Prints a new personal access token of a person (HTTP Basic, as the README shows).
new_token() {
    local email=$1
    curl -sf -u "$email:$BENCH_PASSWORD" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
        "$BASE/api/v1/tokens" | jq -r .token
}

# Prints the value of a browser session cookie: GET /login for the CSRF cookie and field, then POST the form.
new_session() {
    local email=$1 jar="$WORK/cookies-$1" csrf
    csrf=$(curl -sf -c "$jar" "$BASE/login" | sed -n 's/.*name="csrf-token" value="\([^"]*\)".*/\1/p')
    [[ -n $csrf ]] || die "no csrf-token field on /login"
    curl -sf -o /dev/null -b "$jar" -c "$jar" --data-urlencode "email=$email" \
        --data-urlencode "password=$BENCH_PASSWORD" --data-urlencode "csrf-token=$csrf" "$BASE/login"
    awk '$6 == "riyaz_session" { print $7 }' "$jar"
}

# Creates the 20 goals, all starting on the first day of the history; prints "id kind" per goal, in order.
create_goals() {
    local token=$1 first_day=$2 i kind schedule extra body
    for ((i = 1; i <= GOAL_COUNT; i++)); do
        if ((i % 2)); then
            kind=check extra=""
        else
            kind=measured extra='"unit":"minutes","dailyTarget":30,'
        fi
        if ((i % 4 == 1 || i % 4 == 2)); then
            schedule='{"type":"daily"}'
        elif [[ $kind == check ]]; then
            schedule='{"type":"weekly","times":3}'
        else
            schedule='{"type":"weekly","times":5}'
        fi
        body=$(printf '{"title":"Bench goal %02d","kind":"%s",%s"schedule":%s,"startDate":"%s"}' \
            "$i" "$kind" "$extra" "$schedule" "$first_day")
        api_call POST /api/v1/goals "$token" "$body" | jq -r --arg kind "$kind" '"\(.id) \($kind)"'
    done
}

# The last N days up to today (UTC), oldest first, as YYYY-MM-DD: one date(1) process for all of them.
history_days() {
    local days=$1 today n
    today=$(date -u +%F)
    for ((n = days - 1; n >= 0; n--)); do
        echo "$today -$n days"
    done | date -u -f - +%F
}

# Logs one entry per goal and day through POST /api/v1/goals/{id}/entries, SEED_PARALLEL requests at a time
# (one curl process, HTTP keep-alive), and fails unless every answer is 201.
seed_entries() {
    local token=$1 goals=$2 days=$3 config="$WORK/seed.curl" codes
    history_days "$days" >"$WORK/days"
    # Day by day, goal after goal: parallel requests then hit different goals, which they lock one at a time.
    awk -v base="$BASE" -v token="$token" '
        NR == FNR { id[++goals] = $1; kind[goals] = $2; next }
        { day[++days] = $1 }
        END {
            for (d = 1; d <= days; d++) {
                for (g = 1; g <= goals; g++) {
                    if (kind[g] == "check") {
                        status = (d + g) % 17 == 0 ? "skipped" : "done"
                        body = "{\\\"date\\\":\\\"" day[d] "\\\",\\\"status\\\":\\\"" status "\\\"}"
                    } else {
                        body = "{\\\"date\\\":\\\"" day[d] "\\\",\\\"amount\\\":" 20 + (d * 7 + g * 3) % 25 "}"
                    }
                    if (count++) print "next"
                    print "url = \"" base "/api/v1/goals/" id[g] "/entries\""
                    print "header = \"Authorization: Bearer " token "\""
                    print "header = \"Content-Type: application/json\""
                    print "data = \"" body "\""
                    print "output = \"/dev/null\""
                    print "write-out = \"%{http_code}\\n\""
                }
            }
        }' "$goals" "$WORK/days" >"$config"
    codes=$(curl -s --no-progress-meter -Z --parallel-max "$SEED_PARALLEL" -K "$config" 2>&1 | sort | uniq -c)
    if [[ $(wc -l <<<"$codes") != 1 || $codes != *" 201" ]]; then
        die "seeding failed; answers by status: $(tr '\n' ' ' <<<"$codes")"
    fi
}

# One person with 20 goals and DAYS days of history; sets TOKEN, SESSION and GOAL_ID (the first measured daily goal,
# used for the goal page and the stats endpoint).
seed_person() {
    local email=$1 days=$2 first_day started
    started=$SECONDS
    first_day=$(date -u -d "$(date -u +%F) -$((days - 1)) days" +%F)
    sign_up "$email"
    TOKEN=$(new_token "$email")
    create_goals "$TOKEN" "$first_day" >"$WORK/goals-$email"
    seed_entries "$TOKEN" "$WORK/goals-$email" "$days"
    SESSION=$(new_session "$email")
    GOAL_ID=$(awk '$2 == "measured" { print $1; exit }' "$WORK/goals-$email")
    [[ -n $TOKEN && -n $SESSION && -n $GOAL_ID ]] || die "could not set up $email"
    log "seeded $email: $GOAL_COUNT goals x $days days = $((GOAL_COUNT * days)) entries in $((SECONDS - started)) s"
}

# A JSON call; prints the answer, fails on any status outside 2xx.
api_call() {
    local method=$1 path=$2 token=$3 body=$4 auth=()
    [[ -n $token ]] && auth=(-H "Authorization: Bearer $token")
    curl -sf -X "$method" "${auth[@]}" -H 'Content-Type: application/json' -d "$body" "$BASE$path" ||
        die "$method $path failed"
}
