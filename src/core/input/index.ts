/**
 * Input rules, one home each: dates, months per step, scores, formula-like text. Pure: every edge
 * (pane, functions, CLI, both adapters, the import) asks here and words its own message.
 */
export * from "./date";
export * from "./months";
export * from "./score";
export * from "./formula";
export * from "./score-text";
