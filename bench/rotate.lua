-- wrk script: every request takes the next path from a list (one path per line), so the measured requests are
-- distinct and caches rarely help. Usage: wrk ... -s bench/rotate.lua http://host:port -- <list file>
-- Each thread starts at its own offset in the list. Prints the same RESULT line as report.lua.
dofile("bench/report.lua")

local threads = 0
setup = function(thread)
   thread:set("index", threads)
   threads = threads + 1
end

local paths = {}
local next_path = 1

init = function(args)
   for line in io.lines(args[1]) do
      paths[#paths + 1] = line
   end
   local offset = math.floor(#paths / 8) * (tonumber(index) or 0)
   next_path = offset % #paths + 1
end

request = function()
   local path = paths[next_path]
   next_path = next_path % #paths + 1
   return wrk.format("GET", path)
end
