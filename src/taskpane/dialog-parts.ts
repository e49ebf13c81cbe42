/** Fluent's dialog parts and spinner, in a chunk of their own (see lazy-fluent.tsx). */
export {
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
} from "@fluentui/react-components";
