-- wrk script: log practice, POST /api/v1/goals/{id}/entries, over and over, as scripts and git hooks do in bursts.
-- Each request goes to the next goal of BENCH_GOALS (ids separated by spaces), so the 8 connections write to
-- different goals (one goal is locked while one entry is written to it). The body logs 5 minutes (or "done" for goals
-- without an amount: BENCH_KINDS gives "m" or "c" per goal) for today. Every answer other than 201 is an error; one
-- machine-readable RESULT line is printed at the end.
--
--   BENCH_HEADER="Authorization: Bearer rz_..." BENCH_GOALS="1 51 101" BENCH_KINDS="m c m" \
--     wrk -t2 -c8 -d20s -s bench/lua/post-entry.lua http://127.0.0.1:18080

local result = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "result.lua")
result.expect(function(status) return status == 201 end)

local goals, kinds, bodies = {}, {}, {}
for id in string.gmatch(os.getenv("BENCH_GOALS") or "", "%d+") do
    table.insert(goals, id)
end
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
local header = os.getenv("BENCH_HEADER")
if header and header ~= "" then
    local name, value = header:match("^([^:]+):%s*(.*)$")
    wrk.headers[name] = value
end

local started = 0

-- Threads start 7 goals apart, so two threads seldom write to the same goal at once.
function setup(thread)
    thread:set("offset", started * 7)
    started = started + 1
    result.setup(thread)
end

function init(args)
    result.init()
    next_goal = offset
end

function request()
    next_goal = next_goal % #goals + 1
    return wrk.format(nil, "/api/v1/goals/" .. goals[next_goal] .. "/entries", nil, bodies[next_goal])
end

response = result.response
done = result.done
