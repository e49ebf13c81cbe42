/**
 * Office.js's global `Excel` for ExcelPort in Node: `run` hands the callback the recording stand-in
 * the current test chose; `createWorkbook` is a jest mock. Imported before the port.
 */
import type { FakeExcel } from "../../fixtures/excel/fake-excel";

export const excelHost: { fake: FakeExcel | null; createWorkbook: jest.Mock } = {
  fake: null,
  createWorkbook: jest.fn(async () => undefined),
};

(globalThis as unknown as { Excel: unknown }).Excel = {
  run: async <T>(batch: (context: unknown) => Promise<T>): Promise<T> => {
    if (!excelHost.fake) throw new Error("test set-up: no fake Excel chosen");
    return batch(excelHost.fake.context);
  },
  createWorkbook: (base64: string) => excelHost.createWorkbook(base64),
};
