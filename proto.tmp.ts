import { Document, Packer, Paragraph, Table, TableRow, TableCell, TextRun } from "docx";
import { unzipSync, strFromU8 } from "fflate";
const t = new Table({ rows: [
  new TableRow({ tableHeader: true, children: [ new TableCell({ rowSpan: 2, children: [new Paragraph("A")] }), new TableCell({ columnSpan: 2, children: [new Paragraph("B")] }) ] }),
  new TableRow({ children: [ new TableCell({ children: [new Paragraph("1")] }), new TableCell({ children: [new Paragraph("2")] }) ] }),
]});
const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun({ text: "标题", font: { eastAsia: "仿宋_GB2312", ascii: "FangSong" } })] }), t] }] });
const bytes = await Packer.toBuffer(doc);
const files = unzipSync(new Uint8Array(bytes));
console.log(Object.keys(files));
console.log(strFromU8(files["word/document.xml"]!).slice(0, 4000));
console.log(strFromU8(files["word/fontTable.xml"]!).slice(0, 3000));
