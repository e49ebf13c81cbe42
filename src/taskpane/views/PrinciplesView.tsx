import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
} from "@fluentui/react-components";
import { PRINCIPLES, STEPS } from "../../core/method";
import { panePrinciplesTexts } from "../../core/texts/parts/pane-principles";
import { principleWords, stepSummary, stepTitle } from "../../core/texts/method-words";

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
          <h3 className="cf-subheading">{t.step(step.number, stepTitle(step.id))}</h3>
          <Text size={200}>{stepSummary(step.id)}</Text>
          <Accordion collapsible multiple>
            {PRINCIPLES.filter((p) => p.step === step.id).map((p) => (
              <AccordionItem key={p.id} value={p.id}>
                <AccordionHeader as="h4">
                  {t.principle(p.number, principleWords(p.id).theme)}
                </AccordionHeader>
                <AccordionPanel>
                  <Text block>
                    <Text weight="semibold">{t.seen} </Text>
                    {principleWords(p.id).observation}
                  </Text>
                  <Text block>
                    <Text weight="semibold">{t.guidance} </Text>
                    {principleWords(p.id).guidance}
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
