# shellcheck shell=bash
# How busy this machine is, so a report can say whether other work disturbed its numbers. Sourced by the benchmark
# scripts.

# Busy CPU time of this machine so far, in clock ticks: user, nice, system, irq and softirq in /proc/stat.
machine_busy_ticks() {
    awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8 }' /proc/stat
}

# How busy the machine is before we start, in percent of all cores over 2 s: other people's builds disturb the
# numbers. (The load average is no guide right after an earlier run: it takes minutes to fall.)
busy_percent() {
    local before after
    before=$(machine_busy_ticks)
    sleep 2
    after=$(machine_busy_ticks)
    awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" -v cores="$(nproc)" \
        'BEGIN { printf "%.0f", 100 * ticks / hz / 2 / cores }'
}
