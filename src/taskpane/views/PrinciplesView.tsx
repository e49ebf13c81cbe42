import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
} from "@fluentui/react-components";
import { PRINCIPLES, STEPS } from "../../core/method";

export function PrinciplesView() {
  return (
    <section aria-labelledby="principles-heading" className="cf-stack">
      <h2 id="principles-heading" className="cf-heading" tabIndex={-1}>
        Principles and steps
      </h2>
      <Text>
        Nine principles guide the choice of model; four steps turn them into a working relationship.
      </Text>
      {STEPS.map((step) => (
        <div key={step.id} className="cf-stack">
          <h3 className="cf-subheading">
            Step {step.number}: {step.title}
          </h3>
          <Text size={200}>{step.summary}</Text>
          <Accordion collapsible multiple>
            {PRINCIPLES.filter((p) => p.step === step.id).map((p) => (
              <AccordionItem key={p.id} value={p.id}>
                <AccordionHeader as="h4">
                  Principle {p.number}: {p.theme}
                </AccordionHeader>
                <AccordionPanel>
                  <Text block>
                    <Text weight="semibold">Seen in practice: </Text>
                    {p.observation}
                  </Text>
                  <Text block>
                    <Text weight="semibold">Guidance: </Text>
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
