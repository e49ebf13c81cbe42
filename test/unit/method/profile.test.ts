import { ProfileError, validateProfile } from "../../../src/core/method";
import { profileProblemText } from "../../../src/core/texts/profile-problem";
import { BASE } from "./helpers";

function fieldOf(input: unknown): string {
  try {
    validateProfile(input);
  } catch (err) {
    expect(err).toBeInstanceOf(ProfileError);
    return (err as ProfileError).field + " | " + profileProblemText(err as ProfileError);
  }
  throw new Error("expected a ProfileError");
}

describe("validateProfile", () => {
  test("accepts one side or two, keeps the name", () => {
    const p = validateProfile({ perspective: "supplier", us: BASE, them: BASE, name: "x" });
    expect(p).toEqual({ perspective: "supplier", us: BASE, them: BASE, name: "x" });
    expect(validateProfile({ perspective: "customer", us: BASE }).them).toBeUndefined();
  });
  test("names the field and what is allowed", () => {
    expect(fieldOf({ perspective: "customer", us: { ...BASE, trust: 6 } })).toMatch(
      /^us\.trust \| .*6.*1 to 5/
    );
    expect(fieldOf({ perspective: "customer", us: { ...BASE, trust: 0.99 } })).toMatch(
      /^us\.trust \|/
    );
    expect(fieldOf({ perspective: "customer", us: { ...BASE, stakes: "3" } })).toMatch(
      /^us\.stakes \| .*"3".*number/
    );
    expect(fieldOf({ perspective: "customer", us: { ...BASE, stakes: null } })).toMatch(
      /^us\.stakes \| .*null/
    );
    expect(fieldOf({ perspective: "customer", us: { ...BASE, happiness: 3 } })).toMatch(
      /^us\.happiness \| .*not a dimension.*mutuality/
    );
    const noMaturity: Record<string, number> = { ...BASE };
    delete noMaturity.maturity;
    expect(fieldOf({ perspective: "customer", us: noMaturity })).toMatch(
      /^us\.maturity \| .*missing/
    );
    expect(
      fieldOf({ perspective: "customer", us: BASE, them: { ...BASE, ourDependence: 7 } })
    ).toMatch(/^them\.ourDependence \|/);
    expect(fieldOf({ perspective: "buyer", us: BASE })).toMatch(
      /^perspective \| .*customer or supplier/
    );
    expect(fieldOf({ us: BASE })).toMatch(/^perspective \| perspective is missing/);
    expect(fieldOf({ perspective: "customer" })).toMatch(/^us \|/);
    expect(fieldOf({ perspective: "customer", us: [1, 2] })).toMatch(/^us \| us is a list/);
    expect(fieldOf({ perspective: "customer", us: BASE, extra: 1 })).toMatch(
      /^extra \| .*not a profile field/
    );
    expect(fieldOf([])).toMatch(/^profile \|/);
    expect(fieldOf(null)).toMatch(/^profile \|/);
  });
  test("a wrong value is named before the dimensions that are absent, and every absent one is listed", () => {
    expect(fieldOf({ perspective: "customer", us: { trust: 7 } })).toMatch(
      /^us\.trust \| .*7.*1 to 5/
    );
    expect(fieldOf({ perspective: "customer", us: { trust: 3, stakes: 2 } })).toMatch(
      /^us\.mutuality \| .*missing.*\(missing: mutuality, alignment, complementarity, differenceRisk, ourDependence, theirDependence, partnershipFit, maturity\)/
    );
  });
  test("boundaries 1 and 5 are allowed", () => {
    expect(
      validateProfile({ perspective: "customer", us: { ...BASE, trust: 1, stakes: 5 } }).us.trust
    ).toBe(1);
  });
});
