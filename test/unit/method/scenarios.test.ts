/** Scenarios written from the source articles' own examples (fixtures in test/fixtures/profiles). */
import { recommend } from "../../../src/core/method";
import { actionTexts } from "../../../src/core/texts/render";
import { loadFixture } from "./helpers";
import { buildRoadmap } from "../../../src/core/texts/roadmap-words";

describe("scenarios from the articles", () => {
  test("catering contract: a commodity, kept transactional", () => {
    const r = recommend(loadFixture("catering-contract.json"));
    expect(r.targetModel).toBe("transactional");
    expect(r.startModel).toBe("transactional");
    expect(r.trustGap).toBeLessThanOrEqual(0);
    expect(r.powerRegime).toBe("independence");
    expect(r.rulesFired).toEqual(["R3", "R5", "R8"]);
    expect(r.drivers[0]).toBe("stakes");
  });

  test("vendor lock-in with a monopolistic software supplier: collaborate as adversaries", () => {
    const p = loadFixture("vendor-lock-in.json");
    const r = recommend(p);
    expect(r.targetModel).toBe("adversarial");
    expect(r.startModel).toBe("adversarial");
    expect(r.powerRegime).toBe("supplier-dominance");
    expect(r.rulesFired).toEqual(["R1"]);
    const roadmap = buildRoadmap(p, r, { startDate: "2026-03-01" });
    expect(roadmap.map((row) => row.phase)).toContain("Defence plan");
    expect(roadmap.map((row) => row.phase)).not.toContain(
      "Minimal Viable Relationship + Minimal Viable Contract"
    );
  });

  test("visionary high-risk system with an IT company: collaborative, start lower, trust to build", () => {
    const r = recommend(loadFixture("visionary-system.json"));
    expect(r.targetModel).toBe("collaborative");
    expect(r.effective.trust).toBe(3); // the supplier's lower view gates
    expect(r.startModel).toBe("cooperative");
    expect(r.trustGap).toBe(1);
    expect(r.rulesFired).toEqual(["R3", "R7", "R8"]);
    expect(r.perceptionGaps).toEqual([]);
    expect(r.partnershipBlockers).toEqual(
      expect.arrayContaining(["mutuality", "alignment", "trust", "partnershipFit"])
    );
    expect(r.drivers.slice(0, 2)).toEqual(["stakes", "trust"]);
  });

  test("brilliant technology + global market access: a true partnership, started carefully", () => {
    const r = recommend(loadFixture("technology-and-market-access.json"));
    expect(r.targetModel).toBe("partnership");
    expect(r.partnershipBlockers).toEqual([]);
    expect(r.powerRegime).toBe("interdependence");
    // start-up versus global enterprise: the culture gap holds the start at cooperative
    expect(r.startModel).toBe("cooperative");
    expect(actionTexts(r).join(" ")).toMatch(/difference scan/);
  });

  test("supplier serving an aggressive monopolist customer: a strong line of defence", () => {
    const r = recommend(loadFixture("aggressive-monopolist-customer.json"));
    expect(r.targetModel).toBe("adversarial");
    expect(r.powerRegime).toBe("buyer-dominance");
    expect(actionTexts(r)).toEqual(
      expect.arrayContaining(["Strong legal support", "Experienced, firm negotiators"])
    );
  });
});
