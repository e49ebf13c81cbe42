// Unit and CLI tests take well under 2 s each here; CLI tests spawn Node processes, which a loaded
// 2-core CI machine can slow several-fold. A budget for slowness, not for waiting on anything.
jest.setTimeout(20_000);
