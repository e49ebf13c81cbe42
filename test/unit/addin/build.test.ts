// Checks of the production build (npm test builds before jest runs).
import * as fs from "fs";
import * as path from "path";
import * as functions from "../../../src/functions/functions";
import { OFFICE_JS_CDN } from "../../../scripts/addin-config";

const dist = path.join(__dirname, "..", "..", "..", "dist");
const read = (file: string) => fs.readFileSync(path.join(dist, file), "utf8");

describe("production build", () => {
  test("functions.json ids are exactly the functions src/functions exports", () => {
    const metadata = JSON.parse(read("functions.json")) as {
      functions: { id: string; name: string }[];
    };
    const ids = metadata.functions.map((f) => f.id).sort();
    const exported = Object.entries(functions)
      .filter(([, v]) => typeof v === "function")
      .map(([k]) => k.toUpperCase())
      .sort();
    expect(ids).toEqual(exported);
    // Ids carry no namespace: the manifest's Functions.Namespace adds COLLAB.
    for (const f of metadata.functions) expect(f.id).not.toContain(".");
  });

  test("functions.json is the reviewed metadata snapshot", () => {
    const snapshot = fs.readFileSync(
      path.join(__dirname, "..", "..", "fixtures", "functions", "functions.metadata.json"),
      "utf8"
    );
    expect(JSON.parse(read("functions.json"))).toEqual(JSON.parse(snapshot));
  });

  test("taskpane.html loads office.js from the CDN, then the pane and the functions (shared runtime)", () => {
    const html = read("taskpane.html");
    // The minified html may drop attribute quotes.
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts[0]).toBe(OFFICE_JS_CDN);
    expect(scripts).toEqual(expect.arrayContaining(["taskpane.js", "functions.js"]));
    expect(html).not.toContain("/office-js/");
  });

  test("the functions bundle associates every function id with its implementation", () => {
    const js = read("functions.js");
    for (const name of Object.keys(functions).filter(
      (k) => typeof (functions as Record<string, unknown>)[k] === "function"
    )) {
      expect(js).toContain(`"${name.toUpperCase()}"`);
    }
    expect(js).toMatch(/CustomFunctions\.associate/);
  });
});
