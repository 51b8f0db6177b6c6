# shellcheck shell=bash
# Years of practice for the API benchmark, brought in through POST /api/v1/import (a Riyaz export written here), the
# fastest way a client can add history. Sourced by bench/api/run; uses BASE, WORK and die.

# Writes a Riyaz export of GOALS goals, each with one entry a day for the last DAYS days (ending yesterday, UTC):
# odd goals are done-or-not, even ones log 20 to 44 minutes.
history_file() {
    local file=$1 goals=$2 days=$3 label=$4
    awk -v goals="$goals" -v days="$days" -v label="$label" -v today="$(date -u +%s)" '
        function day(n) { return strftime("%Y-%m-%d", today - n * 86400, 1) }
        BEGIN {
            printf "{\"format\":\"riyaz-export\",\"version\":1,\"goals\":["
            for (g = 1; g <= goals; g++) {
                kind = g % 2 ? "\"kind\":\"check\"" : "\"kind\":\"measured\",\"unit\":\"minutes\",\"dailyTarget\":30"
                printf "%s{\"id\":%d,\"title\":\"%s %02d\",%s,\"schedule\":{\"type\":\"daily\"},\"startDate\":\"%s\"}",
                    (g > 1 ? "," : ""), g, label, g, kind, day(days)
            }
            printf "],\"entries\":["
            n = 0
            for (d = days; d >= 1; d--) {
                date = day(d)
                for (g = 1; g <= goals; g++) {
                    if (g % 2) body = "\"status\":\"done\""
                    else body = "\"amount\":" 20 + (d * 7 + g * 3) % 25
                    printf "%s{\"goalId\":%d,\"date\":\"%s\",%s}", (n++ ? "," : ""), g, date, body
                }
            }
            print "]}"
        }' >"$file"
}

# Imports GOALS goals x DAYS days into the account of TOKEN in files of at most 5 goals; prints the entries imported.
import_history() {
    local token=$1 goals=$2 days=$3 label=$4 done=0 batch answer
    while ((done < goals)); do
        batch=$((goals - done < 5 ? goals - done : 5))
        history_file "$WORK/history.json" "$batch" "$days" "$label $((done / 5 + 1))"
        answer=$(curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
            --data-binary @"$WORK/history.json" "$BASE/api/v1/import") || die "import of $label failed"
        jq -r .entries <<<"$answer"
        done=$((done + batch))
    done | awk '{ s += $1 } END { print s }'
}
