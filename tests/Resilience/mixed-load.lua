-- A signed-in mix for wrk: every connection cycles through the demo accounts (each request carries that account's
-- cookie), reading their home, navigation, assignment and weeks pages; one request in five is a weekly update by a
-- mentee: the update form is fetched (its Version read from the answer) and then posted with that account's
-- anti-forgery token. Two connections updating the same week at once is a real race: one saves, the other is told
-- someone else changed the week (a 200 with the message), which is counted, not an error.
-- Environment: LOAD_ACCOUNTS (the Lua table prepare-load.py wrote).
-- Prints: RESULT <req/s> <p50> <p90> <p99> <p99.9> <requests> <socket errors> <non-2xx/3xx> <5xx> <writes saved> <writes refused as a race>

local accounts = dofile(os.getenv("LOAD_ACCOUNTS"))
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 7)
  table.insert(threads, thread)
end

local mentees = {}
local i = 0
local versions = {}
saved, refused, fivexx, fourxx = 0, 0, 0, 0

function init(args)
  i = offset or 0
  for _, a in ipairs(accounts) do
    if #a.weeks > 0 then table.insert(mentees, a) end
  end
end

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  i = i + 1
  if i % 5 == 0 and #mentees > 0 then
    local k = math.floor(i / 10)
    local a = mentees[k % #mentees + 1]
    local week = a.weeks[math.floor(k / #mentees) % #a.weeks + 1]
    local version = versions[week]
    if version == nil or i % 10 == 0 then
      return wrk.format("GET", week, { ["Cookie"] = a.cookie })
    end
    versions[week] = nil
    local body = "__RequestVerificationToken=" .. encode(a.token) .. "&Status=Done&HoursWorked=" .. (i % 8) ..
      "&Note=" .. encode("Load test update " .. i) .. "&Version=" .. version
    return wrk.format("POST", week, {
      ["Cookie"] = a.cookie,
      ["Content-Type"] = "application/x-www-form-urlencoded",
    }, body)
  end
  local a = accounts[i % #accounts + 1]
  local path = a.reads[math.floor(i / #accounts) % #a.reads + 1]
  return wrk.format("GET", path, { ["Cookie"] = a.cookie })
end

function response(status, headers, body)
  if status >= 500 then
    fivexx = fivexx + 1
  elseif status >= 400 then
    fourxx = fourxx + 1
  elseif status == 302 and headers["Location"] and headers["Location"]:find("/Weeks?assignmentId=", 1, true) then
    saved = saved + 1
  elseif status == 200 and body then
    if body:find("Someone else changed this week", 1, true) then
      refused = refused + 1
    end
    local action = body:match('action="(/Weeks/Update/[0-9a-f%-]+)"')
    local version = body:match('name="Version" value="([0-9a-f%-]+)"') or body:match('value="([0-9a-f%-]+)" name="Version"')
    if action and version then versions[action] = version end
  end
end

function done(summary, latency, requests)
  local s, r, f5, f4 = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    s = s + t:get("saved"); r = r + t:get("refused"); f5 = f5 + t:get("fivexx"); f4 = f4 + t:get("fourxx")
  end
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %.2f %d %d %d %d %d %d\n",
    summary.requests / (summary.duration / 1000000),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000,
    summary.requests, e.connect + e.read + e.write + e.timeout, e.status, f5, s, r))
end
