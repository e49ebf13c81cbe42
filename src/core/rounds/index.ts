/** Several respondents per side, and assessment rounds over time (issue 13). */
export * from "./respondents";
export * from "./history";
export * from "./close";
