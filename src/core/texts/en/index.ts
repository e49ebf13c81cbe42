/**
 * English, the source language. One file per part of the product, so that the people changing the
 * pane, the command line or the workbook each edit their own file; another language copies this
 * folder and is typed `Catalogue`.
 */
import { cli } from "./command-line";
import { common } from "./common";
import { engine } from "./engine";
import { pane } from "./pane";

export const en = {
  common,
  engine,
  cli,
  pane,
} as const;
