// Unit and CLI tests take well under 2 s each here; CLI tests spawn Node processes (an import of
// several respondents spawns several), which a loaded 2-core CI machine slows ten-fold: 20 s was seen
// to run out at load average 15. A budget for slowness, not for waiting on anything; speed is measured
// by `npm run bench`, not by timeouts.
jest.setTimeout(60_000);
