-- wrk request generator for scripts/loadtest.sh: each thread walks the
-- request list from a different starting point.
local paths = {}
for line in io.lines("out/loadtest-paths.txt") do paths[#paths + 1] = line end
local counter = 0
local errors = 0

function setup(thread)
  counter = counter + 1
  thread:set("start", counter * 37)
end

function init(args)
  i = start or 0
end

function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end

function response(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("errors: %d non-2xx, %d connect, %d read, %d write, %d timeout\n",
    e.status, e.connect, e.read, e.write, e.timeout))
  io.write(string.format("p50 %.2f ms, p99 %.2f ms, %d requests, %.0f requests/s\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests,
    summary.requests / (summary.duration / 1e6)))
end
