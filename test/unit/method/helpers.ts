import * as fs from "fs";
import * as path from "path";
import { validateProfile, type DimensionKey, type Profile } from "../../../src/core/method";

/** A middle-of-the-road profile: only R3 and R8 fire; target and start are cooperative. */
export const BASE: Record<DimensionKey, number> = {
  mutuality: 3,
  alignment: 3.5,
  complementarity: 3,
  differenceRisk: 2,
  stakes: 3,
  trust: 3,
  ourDependence: 3,
  theirDependence: 3,
  partnershipFit: 2,
  maturity: 3,
};

/** Every R6 criterion exactly at its threshold. */
export const PARTNER: Record<DimensionKey, number> = {
  mutuality: 4,
  alignment: 4.5,
  complementarity: 3,
  differenceRisk: 2,
  stakes: 3.5,
  trust: 4.5,
  ourDependence: 3.5,
  theirDependence: 3.5,
  partnershipFit: 4,
  maturity: 3,
};

export function profile(
  us: Partial<Record<DimensionKey, number>>,
  base: Record<DimensionKey, number> = BASE,
  perspective: Profile["perspective"] = "customer"
): Profile {
  return { perspective, us: { ...base, ...us } };
}

export const FIXTURES = path.join(__dirname, "../../fixtures/profiles");

export function loadFixture(name: string): Profile {
  return validateProfile(JSON.parse(fs.readFileSync(path.join(FIXTURES, name), "utf8")));
}
