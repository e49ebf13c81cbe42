import "@testing-library/jest-dom";

// A DOM test types and clicks through whole flows with user-event; on a loaded 2-core CI machine one
// flow can take longer than jest's default 5 s. This is a budget for slowness, not for waiting on
// anything: every wait inside a test still has its own condition.
jest.setTimeout(30_000);
