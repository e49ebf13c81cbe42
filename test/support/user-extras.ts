import JSZip from "jszip";

/** A workbook of ours with parts a user may have added in Excel, which exceljs cannot rewrite. */
export async function withUserExtras(base: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(base);
  zip.file("xl/charts/chart1.xml", "<c:chartSpace/>");
  zip.file("xl/charts/chart2.xml", "<c:chartSpace/>");
  zip.file("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>");
  zip.file("xl/media/image1.png", new Uint8Array([137, 80, 78, 71]));
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  zip.file(
    "xl/workbook.xml",
    wb.replace(
      "</definedNames>",
      '<definedName name="MyRate">0.05</definedName><definedName name="Growth">OFFSET(Budget!$A$1,0,0,5,1)</definedName>' +
        "<definedName name=\"MyRange\">'My budget'!$B$2:$C$9</definedName></definedNames>"
    )
  );
  return zip.generateAsync({ type: "uint8array" });
}
