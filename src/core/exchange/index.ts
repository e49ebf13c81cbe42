/** The two-party exchange: import from "core/exchange", not from its files. */
export * from "./names";
export * from "./errors";
export * from "./assessment-id";
export * from "./questionnaire";
export * from "./answers";
export * from "./merge";
export * from "./gaps";
export * from "./interests";
