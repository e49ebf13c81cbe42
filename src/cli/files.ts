/**
 * What every command does with its arguments and files, in one place: flag parsing, reading an
 * input, and writing a new file that never replaces an existing one.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ExchangeError, ExchangeFileError } from "../core/exchange/errors";
import { cliTexts } from "../core/texts/parts/cli";
import { CliError } from "./cli-error";

export { todayIso } from "../core/method";

/** Parses "--name value" pairs; every flag must be known and have a value (or be a listed switch). */
export function parseFlags(
  args: string[],
  valued: readonly string[],
  switches: readonly string[] = [],
  positionals = 0
): { flags: Record<string, string>; on: Set<string>; positional: string[] } {
  const flags: Record<string, string> = {};
  const on = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith("--")) {
      const name = a.slice(2);
      if (switches.includes(name)) {
        on.add(name);
      } else if (valued.includes(name)) {
        const v = args[i + 1];
        if (v === undefined || v.startsWith("--"))
          throw new CliError(cliTexts().args.needsValue(`--${name}`));
        flags[name] = v;
        i++;
      } else {
        const known = [...valued, ...switches].map((n) => `--${n}`).join(", ");
        throw new CliError(cliTexts().args.unknownOption(a, known));
      }
    } else if (positional.length < positionals) {
      positional.push(a);
    } else {
      throw new CliError(cliTexts().args.unexpected(a));
    }
  }
  return { flags, on, positional };
}

/**
 * Runs a file call; a failure whose Node error code `refuse` has a message for becomes that
 * one-line CliError, any other error propagates.
 */
export function refuseFileErrors<T>(
  call: () => T,
  refuse: (code: string | undefined) => string | undefined
): T {
  try {
    return call();
  } catch (err) {
    const message = refuse((err as { code?: string }).code);
    if (message !== undefined) throw new CliError(message);
    throw err;
  }
}

/**
 * Checks --out before any work: given, an .xlsx name, not the input file (when there is one), and
 * not there yet.
 */
export function requireOutPath(out: string | undefined, input?: string): string {
  const t = cliTexts().files;
  if (!out) throw new CliError(t.outRequired);
  if (!/\.xlsx$/i.test(out)) throw new CliError(t.outNotXlsx(out));
  if (input !== undefined && path.resolve(out) === path.resolve(input))
    throw new CliError(t.outIsInput(out));
  if (fs.existsSync(out)) throw new CliError(t.alreadyExists(out));
  return out;
}

/** Largest workbook any command reads (our own assessment workbook; their questionnaire has less). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

function mb(n: number): string {
  return cliTexts().files.megabytes((n / 1024 / 1024).toFixed(1));
}

/**
 * Reads an .xlsx input given as `what` (named in the errors); the file is only read. Its size is
 * checked before a byte is read (`maxBytes`), and no more than that is ever read, even if the file
 * grows meanwhile: a 2 GB "workbook" costs nothing.
 */
export function readInput(
  file: string | undefined,
  what: string,
  maxBytes: number = MAX_INPUT_BYTES
): Buffer {
  const t = cliTexts().files;
  if (!file) throw new CliError(t.required(what));
  if (!/\.xlsx$/i.test(file)) throw new CliError(t.notXlsx(file, what));
  const tooBig = (size: number) => new CliError(t.tooBig(file, mb(size), mb(maxBytes), what));
  return refuseFileErrors(
    () => {
      const fd = fs.openSync(file, "r");
      try {
        const st = fs.fstatSync(fd);
        if (st.isDirectory()) throw Object.assign(new Error("folder"), { code: "EISDIR" });
        if (!st.isFile()) throw new CliError(t.notRegular(file, what));
        if (st.size > maxBytes) throw tooBig(st.size);
        const buf = Buffer.alloc(st.size + 1);
        let n = 0;
        for (let got = -1; got !== 0 && n < buf.length; n += got)
          got = fs.readSync(fd, buf, n, buf.length - n, n);
        if (n > st.size) throw tooBig(n);
        return buf.subarray(0, n);
      } finally {
        fs.closeSync(fd);
      }
    },
    (code) =>
      code === "ENOENT"
        ? t.notFound(file)
        : code === "EISDIR"
          ? t.isFolder(file)
          : code === "EACCES" || code === "EPERM"
            ? t.noPermission(file)
            : code !== undefined
              ? t.cannotRead(file, code)
              : undefined
  );
}

/** Puts the finished `tmp` at `out`, refusing (EEXIST) when `out` exists. */
function publish(tmp: string, out: string): void {
  try {
    fs.linkSync(tmp, out);
  } catch (err) {
    const code = (err as { code?: string }).code;
    // Some file systems (FAT, some network shares) have no hard links: copy, still never replacing.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS") throw err;
    try {
      fs.copyFileSync(tmp, out, fs.constants.COPYFILE_EXCL);
    } catch (copyErr) {
      // Only a copy this call created can be incomplete; an existing file is never touched.
      if ((copyErr as { code?: string }).code !== "EEXIST") fs.rmSync(out, { force: true });
      throw copyErr;
    }
  }
}

/**
 * Creates `out` whole or not at all: the bytes go to a temporary file beside it, which is then
 * linked to `out` (a link never replaces an existing file, not even in a race) and removed. A failed
 * write (a full disk, say) leaves no half-written `out` behind.
 */
export function writeNew(out: string, data: Uint8Array): void {
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  const t = cliTexts().files;
  refuseFileErrors(
    () => {
      try {
        fs.writeFileSync(tmp, data, { flag: "wx" });
        publish(tmp, out);
      } finally {
        fs.rmSync(tmp, { force: true });
      }
    },
    (code) =>
      code === "EEXIST"
        ? t.alreadyExists(out)
        : code === "ENOENT"
          ? t.noFolder(out)
          : code === undefined
            ? undefined
            : t.cannotWrite(out, code)
  );
}

/** Exchange refusals become one-line CLI errors (exit 2); anything else is a bug and propagates. */
export async function asCliErrors<T>(work: () => Promise<T>, file: string): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof ExchangeError || err instanceof ExchangeFileError) {
      throw new CliError(`${file}: ${err.message.replace(/\s+/g, " ")}`);
    }
    throw err;
  }
}

/**
 * Says on stderr what the copy `out` lacks compared with `input` (charts, pivot tables, ...): a note,
 * not an error; the input itself is never modified.
 */
export async function warnContentLost(
  inputBytes: Uint8Array,
  input: string,
  out: string
): Promise<void> {
  const { contentLostInCopy } = await import("../xlsx/carry-over");
  const lost = await contentLostInCopy(inputBytes);
  if (lost.length) note(cliTexts().files.contentLost(out, lost.join(", "), input));
}

/** A note on stderr: something the reader should know, not an error. */
export function note(text: string): void {
  process.stderr.write(`${cliTexts().failure.note(text)}\n`);
}
