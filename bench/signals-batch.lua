-- wrk script for bench/signals-http.sh: POST /api/v1/signals/batch with BATCH signals a request, each a valid
-- BSN (11-test) counted up from a prefix. Each wrk thread counts in its own span of prefixes
-- (FROM + (thread - 1) * SPAN), so a second run with the same FROM, SPAN and thread count sends the same
-- people in the same order (another organisation then matches each of them).
local batch = tonumber(os.getenv("BATCH") or "100")
local from = tonumber(os.getenv("FROM") or "10000000")
local span = tonumber(os.getenv("SPAN") or "1000000")
local auth = os.getenv("AUTH_HEADER")
-- REQUESTS_PER_SECOND (per wrk thread): requests leave on a fixed schedule instead of as fast as the connections
-- allow; a request whose slot has passed leaves at once (the connections bound how many are open)
local per_second = tonumber(os.getenv("REQUESTS_PER_SECOND") or "0")
local counter = 0

local ffi = require("ffi")
ffi.cdef [[
	typedef struct { long tv_sec; long tv_usec; } timeval;
	int gettimeofday(timeval *tv, void *tz);
]]
local tv = ffi.new("timeval")
local function now_ms()
	ffi.C.gettimeofday(tv, nil)
	return tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
end
local next_slot = nil

function setup(thread)
	counter = counter + 1
	thread:set("thread_number", counter)
end

function init(args)
	next_prefix = from + (thread_number - 1) * span
	headers = { ["Content-Type"] = "application/json" }
	if auth then
		local name, value = auth:match("^([^:]+):%s*(.*)$")
		headers[name] = value
	end
end

-- the next valid BSN: eight digits and the check digit that passes the 11-test
local function next_bsn()
	while true do
		local prefix = next_prefix
		next_prefix = next_prefix + 1
		local digits = string.format("%08d", prefix)
		local sum = 0
		for i = 1, 8 do
			sum = sum + (10 - i) * tonumber(digits:sub(i, i))
		end
		local check = sum % 11
		if check < 10 and sum ~= check then
			return digits .. check
		end
	end
end

function delay()
	if per_second <= 0 then
		return 0
	end
	local now = now_ms()
	if next_slot == nil or next_slot < now then
		next_slot = next_slot == nil and now or math.max(next_slot, now - 1000)
	end
	local wait = math.max(0, next_slot - now)
	next_slot = next_slot + 1000 / per_second
	return math.floor(wait)
end

function request()
	local signals = {}
	for i = 1, batch do
		signals[i] = '{"bsn":"' .. next_bsn() .. '"}'
	end
	return wrk.format("POST", "/api/v1/signals/batch", headers, '{"signals":[' .. table.concat(signals, ",") .. ']}')
end
