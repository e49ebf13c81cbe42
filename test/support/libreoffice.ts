/**
 * LibreOffice Calc, headless, for tests that need a real spreadsheet engine. Each call uses a fresh
 * profile that forces recalculation on load (otherwise Calc shows the cached results of the file)
 * and keeps HOME/XDG_* inside a temp folder. Many files convert in one soffice run.
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const SOFFICE = process.env.SOFFICE ?? "/usr/bin/soffice";

const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function libreOfficeAvailable(): boolean {
  return fs.existsSync(SOFFICE);
}

/**
 * Converts `inputs` with LibreOffice into `format` ("xlsx", "csv", "pdf", or a filter string such as
 * 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' for all sheets).
 * Returns the folder holding the outputs (same base names, new extension).
 */
export async function convertWithLibreOffice(
  inputs: string[],
  format: string,
  opts: { timeoutMs?: number } = {}
): Promise<string> {
  if (!libreOfficeAvailable())
    throw new Error(`LibreOffice not found at ${SOFFICE}; install libreoffice-calc-nogui`);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "cf-lo-"));
  const profile = path.join(root, "profile");
  const home = path.join(root, "home");
  const out = path.join(root, "out");
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.mkdirSync(home, { recursive: true });
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_PROFILE);
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, ".config"),
    XDG_CACHE_HOME: path.join(home, ".cache"),
    XDG_DATA_HOME: path.join(home, ".local"),
  };
  const args = [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--norestore",
    "--convert-to",
    format,
    "--outdir",
    out,
    ...inputs,
  ];
  await new Promise<void>((resolve, reject) => {
    execFile(SOFFICE, args, { env, timeout: opts.timeoutMs ?? 180_000 }, (err, _stdout, stderr) => {
      if (err) reject(new Error(`soffice failed: ${err.message}\n${stderr}`));
      else resolve();
    });
  });
  const ext = format.split(":")[0];
  for (const input of inputs) {
    const expected = path.join(out, path.basename(input).replace(/\.[^.]+$/, `.${ext}`));
    if (!fs.existsSync(expected)) throw new Error(`LibreOffice did not produce ${expected}`);
  }
  return out;
}
