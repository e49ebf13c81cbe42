/**
 * The reference for the pane's size budget: React + Fluent UI v9 and nothing else (a themed provider,
 * a heading, a button), built by webpack.config.js beside it with the project's own webpack, ts-loader
 * and package versions. Not shipped; scripts/bench/pane.js builds it into .artifacts/.
 */
import { Button, FluentProvider, Text, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

function BarePane() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main>
        <Text as="h1" size={500} weight="semibold">
          Bare pane
        </Text>
        <Button appearance="primary">Start</Button>
      </main>
    </FluentProvider>
  );
}

const container = document.getElementById("container");
if (container) createRoot(container).render(<BarePane />);
