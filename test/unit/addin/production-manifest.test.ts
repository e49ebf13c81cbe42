/**
 * @jest-environment jsdom
 */
// The hosted manifest (ADDIN_ORIGIN=https://host/path npm run build), the help page it links to,
// and the manifest version tied to the custom functions' metadata.
import * as fs from "fs";
import * as path from "path";
import {
  checkOrigin,
  manifestTransform,
  metadataHash,
  productionManifest,
} from "../../../scripts/production-manifest";
import { requirementFloor } from "../../../src/excel/api-ledger";

const root = path.join(__dirname, "..", "..", "..");
const devXml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const ORIGIN = "https://addins.example.com/tools/collabfit";

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

const urlsOf = (doc: Document) =>
  Array.from(doc.getElementsByTagName("*")).flatMap((e) =>
    [e.getAttribute("DefaultValue") ?? ""].filter((v) => /^\w+:\/\//.test(v))
  );

describe("manifest requirements", () => {
  test("declares CustomFunctionsRuntime 1.3 beside SharedRuntime", () => {
    const sets = Array.from(parse(devXml).getElementsByTagName("Set")).map((s) => [
      s.getAttribute("Name"),
      s.getAttribute("MinVersion"),
    ]);
    expect(sets).toEqual(
      expect.arrayContaining([
        ["SharedRuntime", "1.1"],
        ["CustomFunctionsRuntime", "1.3"],
      ])
    );
  });
});

describe("production manifest", () => {
  test("puts the origin in every URL and names localhost nowhere", () => {
    const xml = productionManifest(devXml, `${ORIGIN}/`);
    const doc = parse(xml);
    const urls = urlsOf(doc);
    expect(urls.length).toBe(urlsOf(parse(devXml)).length);
    for (const u of urls) expect(u.startsWith(`${ORIGIN}/`)).toBe(true);
    expect(xml).not.toMatch(/localhost/i);
    expect(Array.from(doc.getElementsByTagName("AppDomain")).map((a) => a.textContent)).toEqual([
      "https://addins.example.com",
    ]);
    expect(doc.getElementsByTagName("SupportUrl")[0].getAttribute("DefaultValue")).toBe(
      `${ORIGIN}/help.html`
    );
  });

  test.each([
    ["http://addins.example.com", /must use https/],
    ["https://localhost:3000", /local address/],
    ["addins.example.com", /not a URL/],
    ["https://addins.example.com/x?token=1", /no query/],
  ])("refuses ADDIN_ORIGIN %s", (origin, message) => {
    expect(() => checkOrigin(origin)).toThrow(message);
    expect(() => manifestTransform(origin)).toThrow(message);
  });

  test("webpack applies it to dist/manifest.xml when ADDIN_ORIGIN is set, and ships the help page", () => {
    const before = process.env.ADDIN_ORIGIN;
    process.env.ADDIN_ORIGIN = ORIGIN;
    try {
      jest.isolateModules(() => {
        const factory = require("../../../webpack.config.js") as (
          env: unknown,
          argv: { mode: string }
        ) => { plugins: { patterns?: { from: string; to: string; transform?: unknown }[] }[] };
        const patterns = factory({}, { mode: "production" }).plugins.flatMap(
          (p) => p.patterns ?? []
        );
        const manifest = patterns.find((p) => p.from === "manifest.xml");
        const out = (manifest!.transform as (b: Buffer) => Buffer)(Buffer.from(devXml)).toString();
        expect(out).toBe(productionManifest(devXml, ORIGIN));
        const help = patterns.find((p) => p.to === "help.html");
        expect(fs.existsSync(path.join(root, help!.from))).toBe(true);
      });
    } finally {
      if (before === undefined) delete process.env.ADDIN_ORIGIN;
      else process.env.ADDIN_ORIGIN = before;
    }
  });

  test("without ADDIN_ORIGIN the development manifest is copied unchanged", () => {
    const same = manifestTransform(undefined)(Buffer.from(devXml));
    expect(same.toString()).toBe(devXml);
  });
});

describe("help page", () => {
  const html = fs.readFileSync(path.join(root, "src/help/help.html"), "utf8");
  test("is a page of its own, not the task pane, and states the current floor", () => {
    const doc = new DOMParser().parseFromString(html, "text/html");
    expect(doc.title).toMatch(/help/i);
    expect(html).not.toMatch(/<script/i);
    expect(doc.getElementById("floor")?.textContent).toBe(requirementFloor());
    expect(html).toContain("Turn on live formulas");
  });
});

describe("manifest version", () => {
  const versions = JSON.parse(
    fs.readFileSync(path.join(root, "scripts/manifest-versions.json"), "utf8")
  ) as { versions: { version: string; functionsMetadata: string }[] };
  const snapshot = JSON.parse(
    fs.readFileSync(path.join(root, "test/fixtures/functions/functions.metadata.json"), "utf8")
  ) as unknown;

  test("is the one recorded for the current functions metadata (bump it when functions.json changes)", () => {
    const hash = metadataHash(snapshot);
    const version = parse(devXml).getElementsByTagName("Version")[0].textContent;
    const last = versions.versions[versions.versions.length - 1];
    expect({ version, functionsMetadata: hash }).toEqual(last);
  });

  test("versions only go up, and each metadata hash appears once", () => {
    const key = (v: string) => v.split(".").reduce((n, part) => n * 10000 + Number(part), 0);
    const list = versions.versions;
    for (let i = 1; i < list.length; i++)
      expect(key(list[i].version)).toBeGreaterThan(key(list[i - 1].version));
    expect(new Set(list.map((v) => v.functionsMetadata)).size).toBe(list.length);
  });

  test("the hash follows the metadata: any change to a function's description changes it", () => {
    const changed = JSON.parse(JSON.stringify(snapshot)) as {
      functions: { description?: string }[];
    };
    changed.functions[0].description = `${changed.functions[0].description ?? ""}!`;
    expect(metadataHash(changed)).not.toBe(metadataHash(snapshot));
  });
});
