/** The lazy port offers exactly the optional actions its real port implements, and forwards them. */
import "./excel-global";
import { ExcelPort } from "../../../src/taskpane/excel-port";
import {
  ALL_OPTIONAL,
  OPTIONAL_ACTIONS,
  type OptionalAction,
  lazyPort,
} from "../../../src/taskpane/lazy-port";
import { PreviewPort } from "../../../src/taskpane/preview-port";
import type { WorkbookPort } from "../../../src/taskpane/workbook-port";

const OPTIONAL = Object.keys(ALL_OPTIONAL) as OptionalAction[];

describe("lazy port", () => {
  it.each([
    ["excel", ExcelPort.prototype],
    ["preview", PreviewPort.prototype],
  ] as const)("%s: offers each optional action its real port has, and no other", (kind, proto) => {
    const lazy = lazyPort(kind, () => Promise.reject(new Error("not loaded in this test")));
    for (const name of OPTIONAL) {
      const real = typeof (proto as unknown as Record<string, unknown>)[name] === "function";
      expect([name, typeof lazy[name] === "function"]).toEqual([name, real]);
      expect([name, OPTIONAL_ACTIONS[kind].includes(name)]).toEqual([name, real]);
    }
  });

  it("forwards the live-formula check and action to the real Excel port", async () => {
    const calls: string[] = [];
    const real = {
      kind: "excel",
      liveFormulasOff: async () => {
        calls.push("check");
        return true;
      },
      turnOnLiveFormulas: async () => {
        calls.push("turn on");
      },
    } as unknown as WorkbookPort;
    const lazy = lazyPort("excel", async () => real);
    await expect(lazy.liveFormulasOff!()).resolves.toBe(true);
    await lazy.turnOnLiveFormulas!();
    expect(calls).toEqual(["check", "turn on"]);
  });
});
