-- wrk script: cycles through the request paths in the file named by the PATHS environment variable, one
-- per line, each thread starting at a different place; sends the session cookie or Basic header given
-- in AUTH_HEADER ("Cookie: JSESSIONID=..." or "Authorization: Basic ...").
local paths = {}
local index = 1
local thread_count = 0

function setup(thread)
	thread_count = thread_count + 1
	thread:set("offset", thread_count * 7919)
end

function init(args)
	for line in io.lines(os.getenv("PATHS")) do
		if #line > 0 then paths[#paths + 1] = line end
	end
	index = (offset or 0) % #paths + 1
	local name, value = os.getenv("AUTH_HEADER"):match("^([^:]+):%s*(.*)$")
	wrk.headers[name] = value
end

function request()
	local path = paths[index]
	index = index % #paths + 1
	return wrk.format("GET", path)
end

local failures = 0
function response(status, headers, body)
	if status ~= 200 then
		failures = failures + 1
		if failures <= 3 then io.stderr:write("non-200: " .. status .. "\n") end
	end
end
