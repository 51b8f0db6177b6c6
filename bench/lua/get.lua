-- wrk script: GET one URL over and over with one extra header, count every answer outside 2xx as an error
-- (wrk itself counts only 4xx and 5xx, so a redirect to the log-in page would pass unnoticed), and print one
-- machine-readable RESULT line at the end.
--
--   BENCH_HEADER="Authorization: Bearer rz_..." wrk -t2 -c8 -d20s -s bench/lua/get.lua http://127.0.0.1:18080/path

local header = os.getenv("BENCH_HEADER")
if header and header ~= "" then
    local name, value = header:match("^([^:]+):%s*(.*)$")
    wrk.headers[name] = value
end

local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    non2xx = 0 -- a global of this thread's Lua state, read in done() through thread:get
end

function response(status, headers, body)
    if status < 200 or status > 299 then
        non2xx = non2xx + 1
        if non2xx <= 3 then
            io.stderr:write(string.format("non-2xx answer: %d\n", status))
        end
    end
end

function done(summary, latency, requests)
    local bad = 0
    for _, thread in ipairs(threads) do
        bad = bad + thread:get("non2xx")
    end
    local e = summary.errors
    local seconds = summary.duration / 1e6
    io.write(string.format(
        "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
        summary.requests,
        seconds,
        summary.requests / seconds,
        latency:percentile(50) / 1000,
        latency:percentile(95) / 1000,
        latency:percentile(99) / 1000,
        latency.max / 1000,
        bad,
        e.connect + e.read + e.write + e.timeout))
end
