import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
} from "@fluentui/react-components";
import { PRINCIPLES, STEPS } from "../../core/method";
import { panePrinciplesTexts } from "../../core/texts/parts/pane-principles";

export function PrinciplesView() {
  const t = panePrinciplesTexts();
  return (
    <section aria-labelledby="principles-heading" className="cf-stack">
      <h2 id="principles-heading" className="cf-heading" tabIndex={-1}>
        {t.heading}
      </h2>
      <Text>{t.intro}</Text>
      {STEPS.map((step) => (
        <div key={step.id} className="cf-stack">
          <h3 className="cf-subheading">{t.step(step.number, step.title)}</h3>
          <Text size={200}>{step.summary}</Text>
          <Accordion collapsible multiple>
            {PRINCIPLES.filter((p) => p.step === step.id).map((p) => (
              <AccordionItem key={p.id} value={p.id}>
                <AccordionHeader as="h4">{t.principle(p.number, p.theme)}</AccordionHeader>
                <AccordionPanel>
                  <Text block>
                    <Text weight="semibold">{t.seen} </Text>
                    {p.observation}
                  </Text>
                  <Text block>
                    <Text weight="semibold">{t.guidance} </Text>
                    {p.guidance}
                  </Text>
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </div>
      ))}
    </section>
  );
}
