/** Fluent's dialog parts, spinner and message bar, in a chunk of their own (see lazy-fluent.tsx). */
import { useFocusFinders } from "@fluentui/react-components";

/**
 * Holds Fluent's focus manager (tabster) for as long as it is mounted: each view that uses it would
 * otherwise create and dispose its own, and one disposed while a dialog was open leaves the pane
 * marked aria-hidden (seen after "Open existing sheets" switched to the Score view).
 */
export function KeepFocusManager(): null {
  useFocusFinders();
  return null;
}

export {
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
