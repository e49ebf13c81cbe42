/**
 * English, the source language: one file per part of the product, so the people changing the pane,
 * the command line or the workbook each edit their own file. The product reads each part through its
 * accessor in `../parts/`; this index lists every English part for tests and tools only (importing it
 * would put every part into a bundle).
 */
import { cli } from "./command-line";
import { common } from "./common";
import { engine } from "./engine";
import { pane } from "./pane";
import { portfolio } from "./portfolio";
import { workbook } from "./assessment-workbook";

export const en = {
  common,
  engine,
  cli,
  pane,
  workbook,
  portfolio,
} as const;
