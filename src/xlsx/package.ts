/**
 * Inspection of an .xlsx package before exceljs sees it. exceljs inflates every part into memory and
 * builds one object per cell, per cell of a merged range, data validation or defined name, per shared
 * string and per style: a file of a few kilobytes can ask for billions of them. This module reads the
 * zip's directory and streams every XML part through saxes (the parser exceljs itself uses, so
 * comments, CDATA and character references mean to us what they mean to exceljs), counting what
 * parsing would build, and refuses the file before anything is materialised. It also reads the
 * package's content types, so macros, Excel 4.0 macro sheets, dialog sheets and chart sheets are
 * found by what they are, whatever their part is called.
 */
import JSZip from "jszip";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { FILE_LIMITS } from "../core/exchange/names";
import { ExchangeFileError } from "../core/exchange/errors";
import { MAX_CELL_TEXT } from "../core/exchange/merge";
import { quoteText } from "../core/exchange/quote";
import { portTexts } from "../core/texts/parts/port";

/** The file refusals' texts. */
type FilesTexts = ReturnType<typeof portTexts>["files"];

export interface PackageLimits {
  /** Size of the file itself (checked before anything else). */
  maxBytes: number;
  /** Parts in the zip. */
  maxEntries: number;
  /** All parts once inflated. */
  maxUncompressedBytes: number;
  /** Cells, rows, hyperlinks, comments and conditional-format rules in all parts. */
  maxCells: number;
  /** Cells spanned by merged ranges, table ranges and defined names in all. */
  maxRangeCells: number;
  /** Cells covered by data validations in all (exceljs builds one entry per cell). */
  maxValidationCells: number;
  /** Columns exceljs builds: the highest <col max> of each sheet, added up. */
  maxColumns: number;
  /** Shared strings and their rich-text runs. */
  maxStrings: number;
  /** Style records (cell formats, fonts, fills, borders, number formats, differential formats). */
  maxStyles: number;
  /** Defined names. */
  maxNames: number;
  /** Macros and sheets other than worksheets refused, workbook part fixed (the other party's file). */
  strict: boolean;
}

/** The other party's questionnaire: a few hundred cells, two sheets; generous room for formatting. */
export const QUESTIONNAIRE_LIMITS: PackageLimits = {
  maxBytes: FILE_LIMITS.maxBytes,
  maxEntries: FILE_LIMITS.maxEntries,
  maxUncompressedBytes: FILE_LIMITS.maxUncompressedBytes,
  maxCells: 50_000,
  maxRangeCells: FILE_LIMITS.maxRangeCells,
  maxValidationCells: FILE_LIMITS.maxValidationCells,
  maxColumns: 2 * FILE_LIMITS.maxColumn,
  maxStrings: 50_000,
  maxStyles: 10_000,
  maxNames: 200,
  strict: true,
};

/**
 * Our own assessment workbook, as people open and save it (read-back, import, --out): far more room
 * than the questionnaire, still inside the 5 s / 500 MB a reader may spend on one file.
 */
export const WORKBOOK_LIMITS: PackageLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxEntries: 2_000,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxCells: 150_000,
  maxRangeCells: 300_000,
  maxValidationCells: 300_000,
  maxColumns: 16 * FILE_LIMITS.maxColumn,
  maxStrings: 300_000,
  maxStyles: 60_000,
  maxNames: 5_000,
  strict: false,
};

export type SheetKind = "worksheet" | "chart sheet" | "dialog sheet" | "Excel 4.0 macro sheet";

export interface PackageSheet {
  name: string;
  kind: SheetKind | "unknown";
  contentType: string;
  /** The zip part it points to ("xl/worksheets/sheet3.xml"), or "" when it points nowhere. */
  part: string;
}

export interface PackageFacts {
  /** Every sheet the workbook part lists, in tab order, with what its content type says it is. */
  sheets: PackageSheet[];
  /** Parts that hold macros or ActiveX controls (found by content type or by their bytes). */
  macroParts: string[];
}

const CT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  chartsheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml",
  dialogsheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.dialogsheet+xml",
  macrosheet: "application/vnd.ms-excel.macrosheet+xml",
  intlMacrosheet: "application/vnd.ms-excel.intlmacrosheet+xml",
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
} as const;

function sheetKind(contentType: string): SheetKind | "unknown" {
  switch (contentType.toLowerCase()) {
    case CT.worksheet:
      return "worksheet";
    case CT.chartsheet:
      return "chart sheet";
    case CT.dialogsheet:
      return "dialog sheet";
    case CT.macrosheet:
    case CT.intlMacrosheet:
      return "Excel 4.0 macro sheet";
    default:
      return "unknown";
  }
}

/** Content types of code: VBA projects and their signatures, macro-enabled workbooks, ActiveX. */
function isMacroType(contentType: string): boolean {
  return /vba|macro|activex/i.test(contentType);
}

/** The start of an OLE compound file: how a VBA project (or any embedded binary object) begins. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function mb(n: number): string {
  return portTexts().files.megabytes((n / 1024 / 1024).toFixed(1));
}

type Counted = keyof FilesTexts["counted"];
type Spanning = keyof FilesTexts["spanning"];

function count(n: number): string {
  return n.toLocaleString("en-US");
}

/**
 * Column and row of one end of a range, read as leniently as exceljs reads it (letters A-Z until
 * the first digit, "$" and other characters before the row skipped), so no spelling slips past.
 */
function lenientCell(text: string): { col: number; row: number } | undefined {
  let col = 0;
  let row = 0;
  let hasCol = false;
  let hasRow = false;
  for (const ch of text) {
    if (!hasRow && ch >= "A" && ch <= "Z") {
      hasCol = true;
      col = Math.min(col * 26 + ch.charCodeAt(0) - 64, Number.MAX_SAFE_INTEGER);
    } else if (ch >= "0" && ch <= "9") {
      hasRow = true;
      row = Math.min(row * 10 + ch.charCodeAt(0) - 48, Number.MAX_SAFE_INTEGER);
    } else if (hasRow && hasCol && ch !== "$") break;
  }
  return hasCol && hasRow ? { col, row } : undefined;
}

/**
 * How many cells a reader would visit for "A1:B2" (after an optional "Sheet!" prefix): the larger
 * of exceljs's reading (lower-case letters skipped) and ours (any case).
 */
export function rangeCells(ref: string): number {
  const one = (text: string) => {
    const parts = text.replace(/^(?:'(?:[^']|'')*'|[^'^ !]*)!/, "").split(":");
    if (parts.length < 2) return 1;
    const a = lenientCell(parts[0]);
    const b = lenientCell(parts[1]);
    return a && b ? (Math.abs(a.row - b.row) + 1) * (Math.abs(a.col - b.col) + 1) : 0;
  };
  return Math.max(one(ref), one(ref.toUpperCase()));
}

/** Parts exceljs parses as XML (its own name patterns, unanchored as it tests them). */
const EXCELJS_XML = [
  /^_rels\/\.rels$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/styles\.xml$/,
  /^docProps\/(app|core)\.xml$/,
  /xl\/worksheets\/sheet(\d+)[.]xml/,
  /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/,
  /xl\/drawings\/([a-zA-Z0-9]+)[.]xml/,
  /xl\/(comments\d+)[.]xml/,
  /xl\/tables\/(table\d+)[.]xml/,
  /xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/,
  /xl\/drawings\/(vmlDrawing\d+)[.]vml/,
];

function exceljsParses(name: string): boolean {
  const n = name.startsWith("/") ? name.slice(1) : name;
  return EXCELJS_XML.some((p) => p.test(n));
}

/** A part worth reading as XML: its name says so, or exceljs reads it as XML whatever it says. */
function looksXml(name: string): boolean {
  return /\.(xml|rels|vml)$/i.test(name) || exceljsParses(name);
}

function localName(qname: string): string {
  const i = qname.indexOf(":");
  return i < 0 ? qname : qname.slice(i + 1);
}

/** An attribute by local name, whatever prefix the file gives it. */
function attr(tag: SaxesTagPlain, local: string, except?: string): string | undefined {
  for (const [k, v] of Object.entries(tag.attributes)) {
    if (k !== except && localName(k) === local) return v;
  }
  return undefined;
}

/** "xl/worksheets/../x.xml" relative to the folder of "xl/workbook.xml", as a package path. */
function resolvePart(base: string, target: string): string {
  const parts = target.startsWith("/") ? [] : base.split("/").slice(0, -1);
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

interface Tally {
  cells: number;
  ranges: number;
  validation: number;
  columns: number;
  strings: number;
  styles: number;
  names: number;
}

const STYLE_RECORDS = new Set(["xf", "font", "fill", "border", "numFmt", "dxf", "cellStyle"]);
const CELL_LIKE = new Set(["c", "row", "hyperlink", "comment", "cfRule", "brk", "selection"]);
/** Elements whose text is a cell's text, a formula or a name's reference. */
const TEXT_ELEMENTS = new Set(["t", "v", "f", "definedName"]);

class Inspector {
  readonly tally: Tally = {
    cells: 0,
    ranges: 0,
    validation: 0,
    columns: 0,
    strings: 0,
    styles: 0,
    names: 0,
  };
  readonly defaults = new Map<string, string>();
  readonly overrides = new Map<string, string>();
  /** Relationship id -> target, per relationship part. */
  readonly rels = new Map<string, Map<string, { type: string; target: string }>>();
  readonly sheets: Array<{ name: string; rid: string | undefined }> = [];

  constructor(
    readonly limits: PackageLimits,
    readonly label: string
  ) {}

  refuse(message: string): never {
    throw new ExchangeFileError(portTexts().files.refused(this.label, message));
  }

  private over(what: Counted, part: string, n: number, max: number): void {
    if (n > max) {
      const t = portTexts().files;
      this.refuse(
        t.over(t.counted[what], quoteText(part, 60), count(n), count(max), t.exhaustsMemory)
      );
    }
  }

  /** A parser for one part; its handlers count what exceljs would build. */
  parser(part: string): SaxesParser {
    const p = new SaxesParser({ xmlns: false });
    const t = this.tally;
    const L = this.limits;
    let maxCol = 0;
    let depth = 0;
    let textIn: string | undefined;
    let textLength = 0;
    let nameText: string[] | undefined;
    let relsOf: Map<string, { type: string; target: string }> | undefined;
    if (/(^|\/)_rels\/[^/]*\.rels$/.test(part)) {
      relsOf = new Map();
      this.rels.set(part, relsOf);
    }
    const text = (s: string) => {
      if (textIn === undefined) return;
      textLength += s.length;
      if (textLength > MAX_CELL_TEXT)
        this.refuse(portTexts().files.longText(count(MAX_CELL_TEXT), quoteText(part, 60), textIn));
      nameText?.push(s);
    };
    p.on("doctype", () => this.refuse(portTexts().files.doctype(quoteText(part, 60))));
    p.on("text", text);
    p.on("cdata", text);
    p.on("opentag", (tag) => {
      depth++;
      if (depth > 64) this.refuse(portTexts().files.deep(quoteText(part, 60)));
      const name = localName(tag.name);
      if (TEXT_ELEMENTS.has(name)) {
        textIn = name;
        textLength = 0;
      }
      if (CELL_LIKE.has(name)) {
        t.cells++;
        this.over("cells", part, t.cells, L.maxCells);
      } else if (name === "si" || (name === "r" && part.endsWith("sharedStrings.xml"))) {
        t.strings++;
        this.over("strings", part, t.strings, L.maxStrings);
      } else if (STYLE_RECORDS.has(name)) {
        t.styles++;
        this.over("styles", part, t.styles, L.maxStyles);
      } else if (name === "col") {
        const max = Number.parseInt(attr(tag, "max") ?? "0", 10);
        if (max > FILE_LIMITS.maxColumn)
          this.refuse(portTexts().files.column(max, quoteText(part, 60), FILE_LIMITS.maxColumn));
        if (max > maxCol) {
          t.columns += max - maxCol;
          maxCol = max;
          this.over("columns", part, t.columns, L.maxColumns);
        }
      } else if (name === "dataValidation") {
        const ref = attr(tag, "sqref") ?? "";
        t.validation += ref
          .split(/\s+/)
          .filter(Boolean)
          .reduce((n, r) => n + rangeCells(r), 0);
        this.rangeOver("validation", ref, part, t.validation, L.maxValidationCells);
      } else if (name === "mergeCell" || name === "table") {
        const ref = attr(tag, "ref") ?? "";
        t.ranges += rangeCells(ref);
        this.rangeOver(name === "table" ? "table" : "merged", ref, part, t.ranges, L.maxRangeCells);
      } else if (name === "definedName") {
        nameText = [];
        t.names++;
        this.over("names", part, t.names, L.maxNames);
      } else if (part === "[Content_Types].xml" && name === "Default") {
        const ext = attr(tag, "Extension");
        const type = attr(tag, "ContentType");
        if (ext && type) this.defaults.set(ext.toLowerCase(), type);
      } else if (part === "[Content_Types].xml" && name === "Override") {
        const at = attr(tag, "PartName");
        const type = attr(tag, "ContentType");
        if (at && type) this.overrides.set(resolvePart("", at).toLowerCase(), type);
      } else if (relsOf && name === "Relationship") {
        const id = attr(tag, "Id");
        const target = attr(tag, "Target");
        if (id && target && attr(tag, "TargetMode") !== "External")
          relsOf.set(id, { type: attr(tag, "Type") ?? "", target });
      } else if (part === "xl/workbook.xml" && name === "sheet") {
        this.sheets.push({ name: attr(tag, "name") ?? "", rid: attr(tag, "id", "sheetId") });
      }
    });
    p.on("closetag", (tag) => {
      depth--;
      const name = localName(tag.name);
      if (name === textIn) textIn = undefined;
      if (name === "definedName" && nameText) {
        // The name's reference is its text (exceljs splits a list at commas).
        const ref = nameText.join("");
        nameText = undefined;
        t.ranges += ref.split(",").reduce((n, r) => n + rangeCells(r), 0);
        this.rangeOver("name", ref, part, t.ranges, L.maxRangeCells);
      }
    });
    return p;
  }

  private rangeOver(what: Spanning, ref: string, part: string, n: number, max: number): void {
    if (n > max) {
      const t = portTexts().files;
      this.refuse(
        t.rangeOver(t.spanning[what], quoteText(ref, 40), quoteText(part, 60), count(n), count(max))
      );
    }
  }

  contentType(part: string): string {
    const key = part.toLowerCase();
    const ext = key.includes(".") ? key.slice(key.lastIndexOf(".") + 1) : "";
    return this.overrides.get(key) ?? this.defaults.get(ext) ?? "";
  }
}

/** jszip's chunked reader: public in jszip 3 but missing from its type declarations. */
interface ChunkStream {
  on(event: "data", fn: (chunk: Uint8Array) => void): ChunkStream;
  on(event: "error", fn: (e: Error) => void): ChunkStream;
  on(event: "end", fn: () => void): ChunkStream;
  pause(): ChunkStream;
  resume(): ChunkStream;
}
interface StreamingEntry {
  internalStream(type: "uint8array"): ChunkStream;
}

/**
 * Inflates one part in chunks, feeding each to `sink`, and stops as soon as the running total passes
 * `budget` or `sink` refuses. Resolves with the part's inflated size.
 */
function streamPart(
  file: JSZip.JSZipObject,
  budget: number,
  refuseBomb: () => never,
  sink: (chunk: Uint8Array, first: boolean) => void,
  label: string
): Promise<number> {
  return new Promise((resolve, reject) => {
    let n = 0;
    let done = false;
    const stream = (file as unknown as StreamingEntry).internalStream("uint8array");
    const fail = (e: unknown) => {
      if (done) return;
      done = true;
      stream.pause();
      reject(e);
    };
    stream
      .on("data", (chunk: Uint8Array) => {
        if (done) return;
        const first = n === 0;
        n += chunk.length;
        try {
          if (n > budget) refuseBomb();
          sink(chunk, first);
        } catch (e) {
          fail(e);
        }
      })
      .on("error", (e: Error) =>
        fail(new ExchangeFileError(portTexts().files.damagedZip(label, quoteText(e.message, 120))))
      )
      .on("end", () => {
        if (!done) resolve(n);
        done = true;
      })
      .resume();
  });
}

/** The entry count the zip's end record declares, read before any parser builds the directory. */
function declaredEntries(bytes: Uint8Array): number | undefined {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (
      bytes[i] === 0x50 &&
      bytes[i + 1] === 0x4b &&
      bytes[i + 2] === 0x05 &&
      bytes[i + 3] === 0x06
    )
      return bytes[i + 10] | (bytes[i + 11] << 8);
  }
  return undefined;
}

/**
 * Refuses anything that is not a plausible .xlsx, or that would cost more to read than `limits`
 * allow, before a spreadsheet parser sees it. Returns what the package says about its sheets.
 */
export async function inspectPackage(
  data: Uint8Array,
  label: string,
  limits: PackageLimits
): Promise<PackageFacts> {
  const bytes = data;
  if (bytes.length > limits.maxBytes) {
    throw new ExchangeFileError(
      portTexts().files.tooBig(label, mb(bytes.length), mb(limits.maxBytes))
    );
  }
  if (
    bytes.length < 4 ||
    bytes[0] !== 0x50 ||
    bytes[1] !== 0x4b ||
    bytes[2] !== 0x03 ||
    bytes[3] !== 0x04
  ) {
    throw new ExchangeFileError(portTexts().files.notZip(label));
  }
  const tooMany = (n: number) =>
    new ExchangeFileError(
      portTexts().files.tooManyParts(label, count(n), count(limits.maxEntries))
    );
  const declared = declaredEntries(bytes);
  if (declared !== undefined && declared !== 0xffff && declared > limits.maxEntries)
    throw tooMany(declared);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (e) {
    throw new ExchangeFileError(
      portTexts().files.damagedZip(label, quoteText((e as Error).message, 120))
    );
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  if (entries.length > limits.maxEntries) throw tooMany(entries.length);
  const names = new Set(entries.map((f) => f.name));
  if (!names.has("[Content_Types].xml") || !names.has("xl/workbook.xml")) {
    throw new ExchangeFileError(portTexts().files.noWorkbookPart(label));
  }
  const ins = new Inspector(limits, label);
  const ole: string[] = [];
  let budget = limits.maxUncompressedBytes;
  const bomb = (): never => {
    throw new ExchangeFileError(
      portTexts().files.unpacksTooBig(label, mb(limits.maxUncompressedBytes))
    );
  };
  // The content types first: every later decision about a part reads them.
  const ordered = [
    ...entries.filter((f) => f.name === "[Content_Types].xml"),
    ...entries.filter((f) => f.name !== "[Content_Types].xml"),
  ];
  for (const f of ordered) {
    const xml = looksXml(f.name);
    const parser = xml ? ins.parser(f.name) : undefined;
    const decoder = new TextDecoder("utf-8");
    let broken: string | undefined;
    const feed = (chunk: Uint8Array, first: boolean) => {
      if (first && OLE_MAGIC.every((b, i) => chunk[i] === b)) ole.push(f.name);
      if (!parser || broken !== undefined) return;
      try {
        parser.write(decoder.decode(chunk, { stream: true }));
      } catch (e) {
        if (e instanceof ExchangeFileError) throw e;
        broken = (e as Error).message;
      }
    };
    budget -= await streamPart(f, budget, bomb, feed, label);
    if (parser && broken === undefined) {
      try {
        parser.write(decoder.decode()).close();
      } catch (e) {
        if (e instanceof ExchangeFileError) throw e;
        broken = (e as Error).message;
      }
    }
    // A part exceljs never parses may be anything; one it parses must be well-formed XML.
    if (broken !== undefined && exceljsParses(f.name))
      throw new ExchangeFileError(
        portTexts().files.notXml(
          label,
          quoteText(f.name, 60),
          quoteText(broken.split("\n")[0], 120)
        )
      );
  }

  const macroParts = [
    ...entries.map((f) => f.name).filter((n) => isMacroType(ins.contentType(n))),
    ...ole,
  ];
  const wbRels = ins.rels.get("xl/_rels/workbook.xml.rels") ?? new Map();
  const sheets: PackageSheet[] = ins.sheets.map((s) => {
    const rel = s.rid === undefined ? undefined : wbRels.get(s.rid);
    const part = rel ? resolvePart("xl/workbook.xml", rel.target) : "";
    const contentType = part && names.has(part) ? ins.contentType(part) : "";
    return { name: s.name, kind: sheetKind(contentType), contentType, part };
  });
  if (limits.strict) {
    const t = portTexts().files;
    const root = [...(ins.rels.get("_rels/.rels")?.values() ?? [])].find((r) =>
      r.type.endsWith("/officeDocument")
    );
    if (!root || resolvePart("", root.target) !== "xl/workbook.xml")
      ins.refuse(t.rootPart(quoteText(root?.target ?? t.none, 60)));
    for (const s of sheets) {
      if (s.kind !== "worksheet")
        ins.refuse(
          t.notWorksheet(
            s.kind === "unknown"
              ? t.unknownSheet(quoteText(s.contentType || t.noContentType, 80))
              : t.sheetKinds[s.kind],
            quoteText(s.name, 60)
          )
        );
    }
    const main = ins.contentType("xl/workbook.xml");
    if (isMacroType(main) || macroParts.length)
      ins.refuse(t.macros(macroParts.map((p) => quoteText(p, 60)).join(", ") || t.macroPart));
    if (main.toLowerCase() !== CT.workbook)
      ins.refuse(t.workbookType(quoteText(main || t.noWorkbookType, 80), CT.workbook));
  }
  return { sheets, macroParts };
}
