-- wrk script: each request is the next path of the file PATHS (one path with its query string a line, as written by
-- bench/querymix/make-queries.py). Each thread starts at its own offset so that clients do not move in step.
local paths = {}
for line in io.lines(os.getenv("PATHS") or "pia.txt") do
  if #line > 0 then table.insert(paths, line) end
end
local counter = 0
function setup(thread)
  thread:set("offset", counter)
  counter = counter + 37
end
local i = 0
function request()
  i = i + 1
  return wrk.format("GET", paths[((i + (offset or 0)) % #paths) + 1])
end
function done(summary, latency, requests)
  io.write(string.format("BENCH requests=%d errors_status=%d errors_timeout=%d p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f rps=%.1f\n",
    summary.requests, summary.errors.status, summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests / (summary.duration / 1e6)))
end
