-- wrk script: GET one URL over and over with one extra header, count every answer outside 2xx as an error
-- (wrk itself counts only 4xx and 5xx, so a redirect to the log-in page would pass unnoticed), and print one
-- machine-readable RESULT line at the end.
--
--   BENCH_HEADER="Authorization: Bearer rz_..." wrk -t2 -c8 -d20s -s bench/lua/get.lua http://127.0.0.1:18080/path

local result = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "result.lua")

local header = os.getenv("BENCH_HEADER")
if header and header ~= "" then
    local name, value = header:match("^([^:]+):%s*(.*)$")
    wrk.headers[name] = value
end

setup = result.setup
init = result.init
response = result.response
done = result.done
