/** The Portfolio view's texts (views/PortfolioView.tsx). */
import { plural } from "./pane";

export const panePortfolio = {
  heading: "Portfolio",
  intro:
    "See many relationships side by side: each one's segment, recommended model, and where the two do not fit. Pick the assessment workbooks (.xlsx); they are read here, on this computer, and are never changed.",
  whereExcel:
    "The portfolio goes into this workbook's CF Portfolio and CF Segments sheets. Picking files again updates their rows (matched by assessment reference) and keeps the others.",
  wherePreview: "The portfolio workbook is downloaded as an .xlsx file.",
  fileInput: "Assessment workbooks (.xlsx)",
  choose: "Choose assessment workbooks",
  readingFiles: (count: number) => `Reading ${plural(count, "file", "files")}`,
  during: "building the portfolio",
  notWritten: "The portfolio was not written",
  tooLarge: (size: string, max: number) => `${size} MB; allowed: at most ${max} MB`,
  read: (count: number) => `${plural(count, "relationship", "relationships")} read`,
  skipped: (count: number) => `, ${count} skipped`,
  noneRead: (skipped: string) => `No relationship could be read${skipped}. Nothing was written.`,
  downloaded: (read: string, skipped: string) =>
    `${read}${skipped}. The portfolio workbook was downloaded.`,
  downloadedPreview: (read: string, skipped: string) =>
    `${read}${skipped}. The portfolio workbook was downloaded (nothing left this computer).`,
  created: (read: string, skipped: string, rows: number) =>
    `${read}${skipped}. Added the CF Portfolio and CF Segments sheets to this workbook (${rows} rows).`,
  updated: (
    read: string,
    skipped: string,
    updated: number,
    added: number,
    kept: number,
    rows: number
  ) =>
    `${read}${skipped}. CF Portfolio updated: ${plural(updated, "row", "rows")} replaced, ${added} added, ${kept} kept (${rows} in all).`,
  report: "Portfolio report",
  table: "Relationships read",
  columns: { party: "Other party", segment: "Segment", target: "Target model" },
  mismatch: (usual: string) => `Mismatch: the segment usually gets ${usual}`,
  skippedHeading: "Skipped files",
  skippedFile: (reason: string) => `: ${reason}`,
} as const;
