-- wrk script: each request takes the next query of bench/queries.txt (URL-encoded), prefixed by PREFIX.
-- PREFIX is e.g. "/api/search?size=20&q=" (PiaSearch) or "/d/select?...&query=" (Groonga).
local prefix = os.getenv("PREFIX") or "/api/search?size=20&q="
local queries = {}
local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
for line in io.lines(os.getenv("QUERIES") or "bench/queries.txt") do
  if #line > 0 then table.insert(queries, encode(line)) end
end
local counter = 0
function setup(thread)
  thread:set("offset", counter)
  counter = counter + 7
end
local i = 0
function request()
  i = i + 1
  local q = queries[((i + (offset or 0)) % #queries) + 1]
  return wrk.format("GET", prefix .. q)
end
function done(summary, latency, requests)
  io.write(string.format("BENCH requests=%d errors_status=%d errors_timeout=%d p50_ms=%.2f p99_ms=%.2f rps=%.1f\n",
    summary.requests, summary.errors.status, summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6)))
end
