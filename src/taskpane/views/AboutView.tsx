import { Text } from "@fluentui/react-components";
import { ITEM_SET_VERSION, MODELS } from "../../core/method";
import { paneAboutTexts } from "../../core/texts/parts/pane-about";

export function AboutView(props: { mode: "excel" | "preview" }) {
  const t = paneAboutTexts();
  return (
    <section aria-labelledby="about-heading" className="cf-stack">
      <h2 id="about-heading" className="cf-heading" tabIndex={-1}>
        {t.heading}
      </h2>
      <Text block>{t.what(MODELS.length)}</Text>
      <Text block>{t.source}</Text>
      <Text block size={200}>
        {props.mode === "excel"
          ? t.runningExcel(ITEM_SET_VERSION)
          : t.runningPreview(ITEM_SET_VERSION)}
      </Text>
    </section>
  );
}
