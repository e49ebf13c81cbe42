import { DIMENSIONS, ITEMS, STEPS, dimensionByKey } from "../../../src/core/method";
import type { ItemAnswers } from "../../../src/core/method/types";
import {
  PaneError,
  buildProfile,
  missingDimensions,
  nextUnanswered,
  stepProgress,
} from "../../../src/taskpane/pane-model";
import {
  EXCEL_REQUIREMENTS,
  describeUnmet,
  unmetRequirements,
} from "../../../src/taskpane/requirements";
import { luminance, pickTheme } from "../../../src/taskpane/theme";
import { downloadName } from "../../../src/taskpane/preview-port";
import { toBase64 } from "../../../src/taskpane/excel-port";
import { dimensionLabel } from "../../../src/core/texts/method-words";

const all = (score: number): ItemAnswers => Object.fromEntries(ITEMS.map((i) => [i.id, score]));

describe("pane model", () => {
  it("counts answered items per step and side", () => {
    const first = ITEMS[0];
    const progress = stepProgress({
      us: { [first.id]: 4 },
      them: { [first.id]: null },
      problems: [],
    });
    expect(progress.map((p) => p.step)).toEqual(STEPS.map((s) => s.id));
    expect(progress.reduce((n, p) => n + p.total, 0)).toBe(ITEMS.length);
    const own = progress.find((p) => p.step === dimensionByKey(first.dimension).step);
    expect(own?.answered).toEqual({ us: 1, them: 0 });
  });

  it("lists missing dimensions and finds the next unanswered item, wrapping round", () => {
    expect(missingDimensions({})).toHaveLength(DIMENSIONS.length);
    expect(missingDimensions(all(3))).toEqual([]);
    const answers = all(3);
    answers[ITEMS[2].id] = null;
    expect(nextUnanswered(answers)?.id).toBe(ITEMS[2].id);
    expect(nextUnanswered(answers, ITEMS[5].id)?.id).toBe(ITEMS[2].id);
    expect(nextUnanswered(all(2))).toBeNull();
  });

  it("refuses a profile while our side misses a dimension, naming it", () => {
    const us = all(3);
    for (const item of ITEMS) if (item.dimension === "maturity") us[item.id] = null;
    expect(() => buildProfile({ perspective: "customer" }, { us, them: {}, problems: [] })).toThrow(
      PaneError
    );
    expect(() => buildProfile({ perspective: "customer" }, { us, them: {}, problems: [] })).toThrow(
      new RegExp(dimensionLabel("maturity"))
    );
  });

  it("uses their side only when complete", () => {
    const partial = { [ITEMS[0].id]: 2 };
    const withPartial = buildProfile(
      { perspective: "supplier" },
      { us: all(4), them: partial, problems: [] }
    );
    expect(withPartial.profile.them).toBeUndefined();
    expect(withPartial.notes[0]).toMatch(/not used until every dimension/);
    const complete = buildProfile(
      { perspective: "supplier" },
      { us: all(4), them: all(2), problems: [] }
    );
    expect(complete.profile.them?.trust).toBeDefined();
    expect(complete.notes).toEqual([]);
  });
});

describe("requirements, theme and file helpers", () => {
  it("reports exactly the requirement sets the host lacks", () => {
    const key = (v: string) => v.split(".").map(Number)[0] * 1000 + v.split(".").map(Number)[1];
    const upTo = (max: string) => (_: string, v?: string) => key(v ?? "1.1") <= key(max);
    const floor = EXCEL_REQUIREMENTS[EXCEL_REQUIREMENTS.length - 1].version;
    expect(unmetRequirements(upTo(floor))).toEqual([]);
    const unmet = unmetRequirements(upTo("1.7"));
    expect(unmet.map((n) => n.version)).toEqual(
      EXCEL_REQUIREMENTS.filter((n) => key(n.version) > key("1.7")).map((n) => n.version)
    );
    expect(describeUnmet(unmet)).toMatch(
      new RegExp(
        `data validation \\(ExcelApi 1\\.8\\).*ExcelApi ${floor.replace(".", "\\.")} or later`
      )
    );
  });

  it("follows Office's background, else the browser preference", () => {
    expect(luminance("#ffffff")).toBeCloseTo(1);
    expect(luminance("nonsense")).toBeNull();
    expect(pickTheme("#1f1f1f", false)).toBe("dark");
    expect(pickTheme("#f3f3f3", true)).toBe("light");
    expect(pickTheme(undefined, true)).toBe("dark");
    expect(pickTheme(undefined, false)).toBe("light");
  });

  it("makes a safe file name and browser-side base64", () => {
    const meta = {
      title: 'Q1: "Cleaning" / 2026',
      us: "",
      them: "",
      perspective: "customer" as const,
      date: "2026-01-01",
      assessors: "",
    };
    expect(downloadName(meta)).toBe("CollabFit - Q1 Cleaning 2026.xlsx");
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});
