-- Shared by the wrk scripts in this folder: counts answers other than the expected ones per thread, and prints one
-- machine-readable RESULT line when wrk is done.
--
--   local result = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "result.lua")
--   result.expect(function(status) return status == 201 end)   -- then use result.setup/init/response/done

local result = {}
local threads = {}
local wanted = function(status) return status >= 200 and status <= 299 end

function result.expect(check)
    wanted = check
end

function result.setup(thread)
    table.insert(threads, thread)
end

function result.init()
    unexpected = 0 -- a global of this thread's Lua state, read in done() through thread:get
end

function result.response(status, headers, body)
    if not wanted(status) then
        unexpected = unexpected + 1
        if unexpected <= 3 then
            io.stderr:write(string.format("unexpected answer %d: %s\n", status, body or ""))
        end
    end
end

function result.done(summary, latency, requests)
    local bad = 0
    for _, thread in ipairs(threads) do
        bad = bad + thread:get("unexpected")
    end
    local e = summary.errors
    local seconds = summary.duration / 1e6
    io.write(string.format(
        "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
        summary.requests, seconds, summary.requests / seconds,
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, bad, e.connect + e.read + e.write + e.timeout))
end

return result
