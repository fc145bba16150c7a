-- wrk script of bench/run: sends GET requests for the paths listed in a file (one a line, used
-- round-robin, each thread starting at its own offset), with the headers given by wrk -H, and
-- prints one machine-readable RESULT line from wrk's latency histogram. A path may hold the token
-- __N__, replaced in each request by a string never sent before (NONCE, the thread, a counter):
-- that makes every request a cache miss.
--
-- Usage: wrk -t2 -c16 -d10s --latency -s bench/wrk.lua URL -- PATHS_FILE [NONCE]

local paths = {}
local i = 0
local n = 0
local nonce = "x"
local thread_no = 0
local threads = {}

function setup(thread)
  thread_no = thread_no + 1
  thread:set("offset", thread_no)
  table.insert(threads, thread)
end

function init(args)
  local file = args[1]
  nonce = args[2] or nonce
  if file == nil then
    error("usage: wrk ... -s bench/wrk.lua URL -- PATHS_FILE")
  end
  for line in io.lines(file) do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
  if #paths == 0 then
    error("no paths in " .. file)
  end
  i = ((offset or 1) * 7919) % #paths
end

function request()
  i = i % #paths + 1
  local path = paths[i]
  if path:find("__N__", 1, true) then
    n = n + 1
    path = path:gsub("__N__", nonce .. "t" .. (offset or 1) .. "n" .. n)
  end
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d bytes=%d status_errors=%d connect_errors=%d read_errors=%d write_errors=%d timeouts=%d " ..
    "mean_us=%.0f p50_us=%d p90_us=%d p99_us=%d p999_us=%d max_us=%d\n",
    summary.requests, summary.duration, summary.bytes, e.status, e.connect, e.read, e.write, e.timeout,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9),
    latency.max))
end
