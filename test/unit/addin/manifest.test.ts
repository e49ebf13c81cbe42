/**
 * @jest-environment jsdom
 */
// Structural checks of manifest.xml: the online validator (office-addin-manifest validate) cannot run offline.
import * as fs from "fs";
import * as path from "path";

const root = path.join(__dirname, "..", "..", "..");
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");

const all = (tag: string): Element[] => Array.from(doc.getElementsByTagName(tag));
const resource = (id: string): Element | undefined =>
  Array.from(doc.getElementsByTagNameNS(BT, "*")).find((e) => e.getAttribute("id") === id);
const urlOf = (resid: string): string => {
  const el = resource(resid);
  if (!el) throw new Error(`resid ${resid} has no resource`);
  return el.getAttribute("DefaultValue") ?? "";
};

describe("manifest.xml", () => {
  test("is well-formed XML of a task pane add-in for Excel", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("OfficeApp");
    expect(doc.documentElement.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(all("Host").map((h) => h.getAttribute("Name") ?? h.getAttribute("xsi:type"))).toEqual(
      expect.arrayContaining(["Workbook"])
    );
  });

  test("has a fixed GUID and asks for ReadWriteDocument", () => {
    expect(all("Id")[0].textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    );
    expect(all("Permissions")[0].textContent).toBe("ReadWriteDocument");
  });

  test("declares custom functions in the COLLAB namespace", () => {
    const ns = all("Namespace")[0].getAttribute("resid")!;
    expect(resource(ns)?.getAttribute("DefaultValue")).toBe("COLLAB");
  });

  test("uses one shared runtime for the pane, the function file and the custom-functions page", () => {
    const sets = all("Set").map((s) => s.getAttribute("Name"));
    expect(sets).toContain("SharedRuntime");
    const runtime = all("Runtime");
    expect(runtime).toHaveLength(1);
    expect(runtime[0].getAttribute("lifetime")).toBe("long");
    const resid = runtime[0].getAttribute("resid");
    expect(resid).toBe("Taskpane.Url");
    expect(all("FunctionFile")[0].getAttribute("resid")).toBe(resid);
    const page = all("Page")[0].getElementsByTagName("SourceLocation")[0];
    expect(page.getAttribute("resid")).toBe(resid);
    const showTaskpane = all("Action").find((a) => a.getAttribute("xsi:type") === "ShowTaskpane")!;
    expect(showTaskpane.getElementsByTagName("SourceLocation")[0].getAttribute("resid")).toBe(
      resid
    );
  });

  test("puts a task pane button on the Home tab", () => {
    const tab = all("OfficeTab")[0];
    expect(tab.getAttribute("id")).toBe("TabHome");
    const button = tab.getElementsByTagName("Control")[0];
    expect(button.getAttribute("xsi:type")).toBe("Button");
  });

  test("every resid points at a resource, and every resource is used", () => {
    const used = new Set(
      Array.from(doc.getElementsByTagName("*"))
        .map((e) => e.getAttribute("resid"))
        .filter((r): r is string => !!r)
    );
    for (const id of used) expect(resource(id)).toBeDefined();
    const defined = Array.from(doc.getElementsByTagNameNS(BT, "*"))
      .map((e) => e.getAttribute("id"))
      .filter((r): r is string => !!r);
    for (const id of defined) expect(used).toContain(id);
  });

  test("every URL is https on localhost:3000 in development", () => {
    const urls = Array.from(doc.getElementsByTagName("*")).flatMap((e) =>
      ["DefaultValue"]
        .map((a) => e.getAttribute(a))
        .filter((v): v is string => !!v && /^\w+:\/\//.test(v))
    );
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\/localhost:3000\//);
    for (const a of all("AppDomain")) expect(a.textContent).toMatch(/^https:\/\//);
  });

  test("icons of 16, 32, 64 and 80 px exist in assets/ with those pixel sizes", () => {
    const icons = [
      all("IconUrl")[0].getAttribute("DefaultValue")!,
      all("HighResolutionIconUrl")[0].getAttribute("DefaultValue")!,
      ...Array.from(doc.getElementsByTagNameNS(BT, "Image"))
        .filter((e) => e.getAttribute("id"))
        .map((e) => e.getAttribute("DefaultValue")!),
    ];
    const sizes = new Set<number>();
    for (const url of icons) {
      const file = path.join(root, new URL(url).pathname);
      expect(fs.existsSync(file)).toBe(true);
      const png = fs.readFileSync(file);
      const width = png.readUInt32BE(16);
      expect(png.readUInt32BE(20)).toBe(width);
      expect(url).toContain(`icon-${width}.png`);
      sizes.add(width);
    }
    expect([...sizes].sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
  });

  test("every page, script and metadata URL is produced by the build (dist/)", () => {
    const dist = path.join(root, "dist");
    expect(fs.existsSync(dist)).toBe(true); // npm test builds before jest runs
    for (const resid of ["Taskpane.Url", "Functions.Script.Url", "Functions.Metadata.Url"]) {
      const file = path.join(dist, new URL(urlOf(resid)).pathname);
      expect({ resid, exists: fs.existsSync(file) }).toEqual({ resid, exists: true });
    }
    const source = all("SourceLocation").find(
      (s) => s.parentElement?.localName === "DefaultSettings"
    )!;
    expect(
      fs.existsSync(path.join(dist, new URL(source.getAttribute("DefaultValue")!).pathname))
    ).toBe(true);
  });
});
