import { Text } from "@fluentui/react-components";
import { ITEM_SET_VERSION, MODELS } from "../../core/method";

export function AboutView(props: { mode: "excel" | "preview" }) {
  return (
    <section aria-labelledby="about-heading" className="cf-stack">
      <h2 id="about-heading" className="cf-heading" tabIndex={-1}>
        About CollabFit
      </h2>
      <Text block>
        CollabFit helps a customer or a supplier decide how closely to work with the other party,
        and how to get there step by step. It scores the relationship, recommends one of{" "}
        {MODELS.length} collaboration models and drafts a roadmap.
      </Text>
      <Text block>
        Source of the method: Joost van Boeschoten, NextSales, 2020, in two articles: one on the
        principles of good collaborative relationships, and one on four steps towards collaboration
        in contract management. The wording in this add-in is our own.
      </Text>
      <Text block size={200}>
        Question set {ITEM_SET_VERSION}. Running{" "}
        {props.mode === "excel" ? "inside Excel" : "as a browser preview"}. Nothing you enter leaves
        this device.
      </Text>
    </section>
  );
}
