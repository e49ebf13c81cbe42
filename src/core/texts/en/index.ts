/**
 * English, the source language: one file per part of the product, so the people changing the pane,
 * the command line or the workbook each edit their own file. The product reads each part through its
 * accessor in `../parts/`; this index lists every English part: the shape every other language's one
 * file fills (`Catalogue` in ../index.ts, a type-only import) and the list tests use. Product code never
 * imports it as a value (that would put every part into a bundle).
 */
import { cli } from "./command-line";
import { common } from "./common";
import { engine } from "./engine";
import { functions } from "./worksheet-functions";
import { names } from "./names";
import { pane } from "./pane";
import { paneAbout } from "./pane-about";
import { paneExchange } from "./pane-exchange";
import { panePortfolio } from "./pane-portfolio";
import { panePrinciples } from "./pane-principles";
import { paneRespondents } from "./pane-respondents";
import { paneResults } from "./pane-results";
import { paneRoadmap } from "./pane-roadmap";
import { paneScore } from "./pane-score";
import { paneUpgrade } from "./pane-upgrade";
import { exchange } from "./two-party-exchange";
import { port } from "./workbook-port";
import { problems } from "./problems";
import { refusals } from "./refusals";
import { rounds } from "./rounds-respondents";
import { method } from "./method";
import { questions } from "./questions";
import { roadmap } from "./roadmap";
import { portfolio } from "./portfolio";
import { workbook } from "./assessment-workbook";

export const en = {
  common,
  engine,
  functions,
  cli,
  pane,
  paneAbout,
  paneExchange,
  panePortfolio,
  panePrinciples,
  paneRespondents,
  paneResults,
  paneRoadmap,
  paneScore,
  paneUpgrade,
  names,
  problems,
  refusals,
  exchange,
  rounds,
  port,
  method,
  questions,
  roadmap,
  workbook,
  portfolio,
} as const;
