-- bench.lua: the Lua workload for lua_driver (see lua_driver.c for the protocol).
--   lua_driver lua/bench.lua SIZE [ITERATIONS]
-- Every section's work grows linearly with N (= SIZE). run() computes all sections and
-- keeps their checksums; report() prints one line per section. All checksums are integers
-- (wrapping 64-bit arithmetic), so the output is the same at every optimisation level.
-- Nothing depends on table iteration order with pairs(), on string hash seeds, on
-- addresses or on time.

local N = math.tointeger(N) or error("N must be an integer")
assert(N >= 1, "N must be at least 1")

local fmt, concat, sort = string.format, table.concat, table.sort
local floor, sqrt, sin = math.floor, math.sqrt, math.sin

local FNV_OFFSET, FNV_PRIME = -3750763034362895579, 1099511628211

local function mix(h, v)
  return (h ~ v) * FNV_PRIME
end

local function mix_str(h, s)
  -- fold every byte, a chunk at a time
  local n = #s
  local i = 1
  while i <= n do
    local j = i + 7
    if j > n then j = n end
    local a, b, c, d, e, f, g, k = s:byte(i, j)
    h = mix(h, a + ((b or 0) << 8) + ((c or 0) << 16) + ((d or 0) << 24)
               + ((e or 0) << 32) + ((f or 0) << 40) + ((g or 0) << 48) + ((k or 0) << 56))
    i = j + 1
  end
  return mix(h, n)
end

-- deterministic pseudo-random numbers (64-bit LCG, wraps)
local seed = 0
local function rand(m)
  seed = seed * 6364136223846793005 + 1442695040888963407
  return ((seed >> 33) % m)
end

---------------------------------------------------------------------------
local sections = {}
local order = {}
local function section(name, fn)
  order[#order + 1] = name
  sections[name] = fn
end

section("int_loops", function()
  local h = FNV_OFFSET
  local acc = 0
  for i = 1, N * 20 do
    acc = acc + (i * i) % 7 - (i // 3) + (i & 0xff) ~ (i << 3)
    if i % 5 == 0 then acc = acc ~ (acc >> 7) end
  end
  h = mix(h, acc)
  -- integer Collatz lengths
  local total = 0
  for s = 1, N do
    local x, steps = s, 0
    while x ~= 1 and steps < 200 do
      if x & 1 == 0 then x = x // 2 else x = 3 * x + 1 end
      steps = steps + 1
    end
    total = total + steps
  end
  return mix(h, total)
end)

section("float_loops", function()
  local s, p = 0.0, 1.0
  for i = 1, N * 60 do
    local x = i * 0.5
    s = s + 1.0 / x
    p = p * 1.0000001
    if p > 2.0 then p = p / 2.0 end
  end
  -- a small numeric integration (midpoint rule), exact enough to round stably
  local steps = N * 20
  local dx = 1.0 / steps
  local area = 0.0
  for i = 0, steps - 1 do
    local x = (i + 0.5) * dx
    area = area + 4.0 / (1.0 + x * x) * dx
  end
  local r = 0.0
  for i = 1, N * 4 do
    r = r + sqrt(i) + sin(i) * 0.5
  end
  -- checksums from truncated values: large margins keep them stable
  return mix(mix(mix(mix(FNV_OFFSET, floor(s * 1000)), floor(p * 1e6)),
                 floor(area * 1e6)), floor(r))
end)

local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end

local function ackermann(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ackermann(m - 1, 1) end
  return ackermann(m - 1, ackermann(m, n - 1))
end

section("recursion", function()
  local h = FNV_OFFSET
  local reps = N // 25 + 1
  for i = 1, reps do
    h = mix(h, fib(12 + i % 6))
  end
  for i = 1, N // 50 + 1 do
    h = mix(h, ackermann(2, 10 + i % 20))
  end
  return h
end)

section("tables", function()
  seed = 12345
  local recs = {}
  for i = 1, N * 2 do
    recs[i] = { id = i, key = rand(N + 1), name = "r" .. rand(1000) }
  end
  sort(recs, function(a, b)
    if a.key ~= b.key then return a.key < b.key end
    if a.name ~= b.name then return a.name < b.name end
    return a.id < b.id
  end)
  local h = FNV_OFFSET
  for i = 1, #recs do h = mix(h, recs[i].id) end
  -- integer array sorted with a descending comparator
  local arr = {}
  for i = 1, N * 2 do arr[i] = rand(1000000) end
  sort(arr, function(a, b) return a > b end)
  for i = 1, #arr, 7 do h = mix(h, arr[i]) end
  -- hash-part usage: count by key, summed in key order (no dependence on pairs order)
  local counts = {}
  for i = 1, N * 2 do
    local k = "k" .. (recs[i].key % 97)
    counts[k] = (counts[k] or 0) + i
  end
  for k = 0, 96 do h = mix(h, counts["k" .. k] or -1) end
  -- removal and insertion in the middle
  local list = {}
  for i = 1, 200 do list[i] = i end
  for i = 1, N // 10 + 1 do
    table.insert(list, (i % #list) + 1, i)
    table.remove(list, ((i * 7) % #list) + 1)
  end
  for i = 1, #list do h = mix(h, list[i]) end
  return h
end)

section("strings", function()
  seed = 777
  local words = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta" }
  local parts = {}
  for i = 1, N do
    parts[i] = fmt("%s-%04d:%x", words[rand(#words) + 1], i % 10000, rand(65536))
  end
  local text = concat(parts, " ")
  local h = mix_str(FNV_OFFSET, text)
  -- gsub with patterns, captures and a function replacement
  local replaced, nrep = text:gsub("(%a+)%-(%d+)", function(w, d)
    return w:upper() .. "_" .. (tonumber(d) % 97)
  end)
  h = mix(mix_str(h, replaced), nrep)
  local _, nhex = text:gsub(":(%x+)", "<%1>")
  h = mix(h, nhex)
  -- gmatch over words, counting per word (in fixed word order)
  local counts = {}
  for w in text:gmatch("(%a+)%-") do counts[w] = (counts[w] or 0) + 1 end
  for i = 1, #words do h = mix(h, counts[words[i]] or 0) end
  -- find with plain and pattern searches
  local pos, found = 1, 0
  while true do
    local s, e = text:find("eta-%d%d%d1", pos)
    if not s then break end
    found = found + 1
    pos = e + 1
  end
  h = mix(h, found)
  local s1 = text:find("theta", 1, true)
  h = mix(h, s1 or 0)
  -- string.rep, sub, reverse, byte/char
  local r = string.rep("ab", N // 10 + 1, ",")
  h = mix(mix_str(h, r:sub(3, 40)), #r)
  local rev = text:sub(1, 2000):reverse()
  h = mix_str(h, rev)
  local chars = {}
  for i = 1, N // 4 + 1 do chars[i] = string.char(65 + i % 26) end
  h = mix_str(h, concat(chars))
  h = mix_str(h, fmt("%5.2f|%-8s|%+d|%q", 3.25, "x", 42, "a\nb"))
  return h
end)

-- error objects raised several calls deep and caught
local ErrMT = { __tostring = function(e) return "E(" .. e.code .. ")" end }
local function deep(n, code)
  if n == 0 then
    if code % 3 == 0 then
      error(setmetatable({ code = code }, ErrMT))
    elseif code % 3 == 1 then
      error("string error " .. code, 0)   -- level 0: no position in the message
    else
      return code
    end
  end
  return deep(n - 1, code) + 1
end

section("errors", function()
  local h = FNV_OFFSET
  local caught_tables, caught_strings, normal = 0, 0, 0
  for i = 1, N do
    local ok, res = pcall(deep, 5 + i % 10, i)
    if ok then
      normal = normal + 1
      h = mix(h, res)
    elseif type(res) == "table" then
      caught_tables = caught_tables + 1
      h = mix_str(h, tostring(res))
    else
      caught_strings = caught_strings + 1
      h = mix_str(h, res)
    end
  end
  -- nested pcall: rethrow with a wrapper object, error() with non-string values
  local rethrown = 0
  for i = 1, N // 4 + 1 do
    local ok, e = pcall(function()
      local ok2, e2 = pcall(deep, 3, i * 3)
      if not ok2 then error({ inner = e2.code, outer = i }) end
    end)
    if not ok then rethrown = rethrown + e.inner - e.outer end
    local ok3, e3 = pcall(error, i)
    if not ok3 then rethrown = rethrown + e3 end
  end
  -- xpcall with a handler
  local handled = 0
  for i = 1, N // 4 + 1 do
    local ok, v = xpcall(deep, function(e) return type(e) == "table" and e.code or -1 end, 2, i)
    handled = handled + (ok and v or v * 2)
  end
  return mix(mix(mix(mix(mix(h, caught_tables), caught_strings), normal), rethrown), handled)
end)

section("coroutines", function()
  local h = FNV_OFFSET
  -- generator
  local function range_gen(n)
    return coroutine.wrap(function()
      for i = 1, n do coroutine.yield(i) end
    end)
  end
  local sum = 0
  for v in range_gen(N * 4) do sum = sum + v * v end
  h = mix(h, sum)
  -- a pipeline of filters: producer -> map -> filter -> consumer (resume/yield chains)
  local function producer(n)
    return coroutine.create(function()
      for i = 1, n do coroutine.yield(i) end
      return nil
    end)
  end
  local function map(src, f)
    return coroutine.create(function()
      while true do
        local ok, v = coroutine.resume(src)
        if not ok then error(v) end
        if v == nil then return nil end
        coroutine.yield(f(v))
      end
    end)
  end
  local function filter(src, p)
    return coroutine.create(function()
      while true do
        local ok, v = coroutine.resume(src)
        if not ok then error(v) end
        if v == nil then return nil end
        if p(v) then coroutine.yield(v) end
      end
    end)
  end
  local pipe = filter(map(map(producer(N * 2), function(x) return x * 3 + 1 end),
                          function(x) return x % 1000 end),
                      function(x) return x % 2 == 0 end)
  local count, acc = 0, 0
  while true do
    local ok, v = coroutine.resume(pipe)
    assert(ok, v)
    if v == nil then break end
    count = count + 1
    acc = mix(acc, v)
  end
  h = mix(mix(h, count), acc)
  -- many short-lived coroutines passing values both ways
  local total = 0
  for i = 1, N // 4 + 1 do
    local co = coroutine.create(function(a)
      local b = coroutine.yield(a + 1)
      local c = coroutine.yield(a + b)
      return a + b + c
    end)
    local _, x = coroutine.resume(co, i)
    local _, y = coroutine.resume(co, x * 2)
    local _, z = coroutine.resume(co, y)
    total = total + x + y + z
    assert(coroutine.status(co) == "dead")
  end
  -- an error inside a coroutine is caught by resume
  local co = coroutine.create(function() deep(4, 3) end)
  local ok, e = coroutine.resume(co)
  h = mix(h, (not ok and getmetatable(e) == ErrMT) and e.code or -99)
  return mix(h, total)
end)

---------------------------------------------------------------------------
local results

function run(i)
  results = {}
  for _, name in ipairs(order) do
    results[name] = sections[name]()
  end
end

function report()
  local all = FNV_OFFSET
  for _, name in ipairs(order) do
    print(fmt("%-12s %016x", name, results[name]))
    all = mix(all, results[name])
  end
  print(fmt("%-12s %016x", "all", all))
  print(fmt("N %d", N))
end
