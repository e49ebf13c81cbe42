/** The pane re-reads Office's theme when it becomes visible again (the shared runtime keeps it alive). */
import { watchTheme, type ThemeName, type VisibilitySource } from "../../../src/taskpane/theme";

class FakeDocument implements VisibilitySource {
  visibilityState = "visible";
  listeners = new Set<() => void>();
  addEventListener(_type: "visibilitychange", listener: () => void) {
    this.listeners.add(listener);
  }
  removeEventListener(_type: "visibilitychange", listener: () => void) {
    this.listeners.delete(listener);
  }
  show(state: "visible" | "hidden") {
    this.visibilityState = state;
    for (const l of this.listeners) l();
  }
}

describe("watchTheme", () => {
  it("re-reads the theme when the pane is shown again and reports a change once", () => {
    const doc = new FakeDocument();
    let office: ThemeName = "light";
    const seen: ThemeName[] = [];
    const stop = watchTheme(
      () => office,
      (t) => seen.push(t),
      doc
    );
    doc.show("hidden");
    office = "dark"; // changed in Office while the pane was closed
    doc.show("hidden");
    expect(seen).toEqual([]);
    doc.show("visible");
    expect(seen).toEqual(["dark"]);
    doc.show("visible"); // same theme: nothing to redo
    expect(seen).toEqual(["dark"]);
    stop();
    office = "light";
    doc.show("visible");
    expect(seen).toEqual(["dark"]);
    expect(doc.listeners.size).toBe(0);
  });
});
