import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CliError } from "../../../src/cli/cli-error";
import { writeNew } from "../../../src/cli/files";

// The module object itself: the code under test reads its members through it, so spies take effect.
const nodeFs: typeof fs = require("node:fs");

let dir: string;
const at = (name: string) => path.join(dir, name);
const bytes = new TextEncoder().encode("workbook bytes");

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "collabfit-files-"));
});
afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("writeNew", () => {
  test("writes the whole file and leaves no temporary file beside it", () => {
    writeNew(at("out.xlsx"), bytes);
    expect(fs.readFileSync(at("out.xlsx"), "utf8")).toBe("workbook bytes");
    expect(fs.readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  test("never replaces an existing file", () => {
    fs.writeFileSync(at("out.xlsx"), "precious");
    expect(() => writeNew(at("out.xlsx"), bytes)).toThrow(CliError);
    expect(() => writeNew(at("out.xlsx"), bytes)).toThrow(/already exists/);
    expect(fs.readFileSync(at("out.xlsx"), "utf8")).toBe("precious");
    expect(fs.readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  test("a missing folder is one clear error and creates nothing", () => {
    expect(() => writeNew(path.join(dir, "nope", "out.xlsx"), bytes)).toThrow(
      /its folder does not exist/
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test("a write that fails half-way leaves no file at all", () => {
    jest.spyOn(nodeFs, "writeFileSync").mockImplementation((file) => {
      const fd = fs.openSync(file as string, "wx");
      fs.writeSync(fd, "half");
      fs.closeSync(fd);
      throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
    });
    expect(() => writeNew(at("out.xlsx"), bytes)).toThrow(/cannot write .*out\.xlsx \(ENOSPC\)/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test("without hard links (FAT, some shares) it copies, still refusing to replace a file", () => {
    jest.spyOn(nodeFs, "linkSync").mockImplementation(() => {
      throw Object.assign(new Error("operation not permitted"), { code: "EPERM" });
    });
    writeNew(at("out.xlsx"), bytes);
    expect(fs.readFileSync(at("out.xlsx"), "utf8")).toBe("workbook bytes");
    expect(() => writeNew(at("out.xlsx"), bytes)).toThrow(/already exists/);
    expect(fs.readFileSync(at("out.xlsx"), "utf8")).toBe("workbook bytes");
    expect(fs.readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  test("a copy that fails half-way is removed; nothing else is touched", () => {
    jest.spyOn(nodeFs, "linkSync").mockImplementation(() => {
      throw Object.assign(new Error("operation not supported"), { code: "ENOTSUP" });
    });
    jest.spyOn(nodeFs, "copyFileSync").mockImplementation((_src, dest) => {
      const fd = fs.openSync(dest as string, "wx");
      fs.writeSync(fd, "ha");
      fs.closeSync(fd);
      throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
    });
    expect(() => writeNew(at("out.xlsx"), bytes)).toThrow(/ENOSPC/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
