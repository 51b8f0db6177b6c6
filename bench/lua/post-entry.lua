-- wrk script: log practice, POST /api/v1/goals/{id}/entries, over and over, as scripts and git hooks do in bursts.
-- Each request goes to the next goal of BENCH_GOALS (ids separated by spaces), so the 8 connections write to
-- different goals (one goal is locked while one entry is written to it). The body logs 5 minutes (or "done" for goals
-- without an amount: BENCH_KINDS gives "m" or "c" per goal) for today. Every answer other than 201 is an error; one
-- machine-readable RESULT line is printed at the end.
--
--   BENCH_HEADER="Authorization: Bearer rz_..." BENCH_GOALS="1 51 101" BENCH_KINDS="m c m" \
--     wrk -t2 -c8 -d20s -s bench/lua/post-entry.lua http://127.0.0.1:18080

local header = os.getenv("BENCH_HEADER")
local goals, bodies = {}, {}
for id in string.gmatch(os.getenv("BENCH_GOALS") or "", "%d+") do
    table.insert(goals, id)
end
local kinds = {}
for kind in string.gmatch(os.getenv("BENCH_KINDS") or "", "%a") do
    table.insert(kinds, kind)
end
if #goals == 0 then
    error("BENCH_GOALS names no goal")
end
for i = 1, #goals do
    bodies[i] = kinds[i] == "c" and '{"status":"done","note":"bench"}' or '{"amount":5,"note":"bench"}'
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
if header and header ~= "" then
    local name, value = header:match("^([^:]+):%s*(.*)$")
    wrk.headers[name] = value
end

local threads = {}
local counter = 0

function setup(thread)
    thread:set("offset", #threads * 7)
    table.insert(threads, thread)
end

function init(args)
    non201 = 0
    next_goal = offset
end

function request()
    next_goal = next_goal % #goals + 1
    return wrk.format(nil, "/api/v1/goals/" .. goals[next_goal] .. "/entries", nil, bodies[next_goal])
end

function response(status, headers, body)
    if status ~= 201 then
        non201 = non201 + 1
        if non201 <= 3 then
            io.stderr:write(string.format("answer %d: %s\n", status, body))
        end
    end
end

function done(summary, latency, requests)
    local bad = 0
    for _, thread in ipairs(threads) do
        bad = bad + thread:get("non201")
    end
    local e = summary.errors
    local seconds = summary.duration / 1e6
    io.write(string.format(
        "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
        summary.requests, seconds, summary.requests / seconds,
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, bad, e.connect + e.read + e.write + e.timeout))
end
