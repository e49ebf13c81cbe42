/**
 * The requirement set of each Excel API member as @types/office-js documents it ("[Api set: ExcelApi 1.7]"),
 * read from the installed declaration file so the ledger is checked against Microsoft's own notes.
 */
import { readFileSync } from "fs";

export interface DocumentedApi {
  /** Highest ExcelApi version the remark names (e.g. "1.2 for options; 1.7 for password" -> "1.7"). */
  version: string | null;
  remark: string;
}

function versionKey(v: string): number {
  const [a, b] = v.split(".").map(Number);
  return a * 1000 + b;
}

let cache: Map<string, DocumentedApi> | null = null;

/** "Class.member" -> its documented API set, for every class in the first `namespace Excel`. */
export function documentedExcelApis(): Map<string, DocumentedApi> {
  if (cache) return cache;
  const text = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
  const start = text.indexOf("declare namespace Excel {");
  const end = text.indexOf("\ndeclare namespace", start + 10);
  const lines = text.slice(start, end).split("\n");
  const out = new Map<string, DocumentedApi>();
  let cls: string | null = null;
  let doc: string[] = [];
  let inDoc = false;
  for (const line of lines) {
    const classMatch = /^ {4}(?:export )?class (\w+)/.exec(line);
    if (classMatch) {
      cls = classMatch[1];
      doc = [];
      continue;
    }
    if (/^ {4}function (\w+)/.test(line)) {
      const name = /^ {4}function (\w+)/.exec(line)![1];
      out.set(`Excel.${name}`, parseRemark(doc.join(" ")));
      doc = [];
      continue;
    }
    if (/^ {8}\/\*\*/.test(line) || /^ {4}\/\*\*/.test(line)) {
      inDoc = true;
      doc = [];
    }
    if (inDoc) {
      doc.push(line);
      if (line.includes("*/")) inDoc = false;
      continue;
    }
    const member = /^ {8}(?:readonly )?(\w+)\??[(:<]/.exec(line);
    if (cls && member && !out.has(`${cls}.${member[1]}`)) {
      out.set(`${cls}.${member[1]}`, parseRemark(doc.join(" ")));
      doc = [];
    }
  }
  cache = out;
  return out;
}

function parseRemark(doc: string): DocumentedApi {
  const m = /\[Api set: ([^\]]+)\]/.exec(doc);
  const remark = m ? m[1] : "";
  const versions = [...remark.matchAll(/ExcelApi (\d+\.\d+)/g)].map((x) => x[1]);
  // "ExcelApi 1.2 for options; 1.7 for password": later numbers belong to the same set.
  const more = remark.startsWith("ExcelApi")
    ? [...remark.matchAll(/(\d+\.\d+)/g)].map((x) => x[1])
    : [];
  const all = [...versions, ...more];
  const version = all.length ? all.reduce((a, b) => (versionKey(b) > versionKey(a) ? b : a)) : null;
  return { version, remark };
}
