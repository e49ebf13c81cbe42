/** The assessment id lives with the cover it is stored on (core/workbook); the exchange reads it here. */
export * from "../workbook/assessment-id";
