/**
 * The one module that imports the `docx` package: every part of the Word writer takes its classes
 * from here.
 *
 * The package is inlined into this library's build (tsup.config.ts), not installed beside it: its
 * npm dependencies include `@types/node` of the newest Node, which would be installed into every
 * consumer's project and break TypeScript 5.0 (the documented minimum) in a browser app that never
 * writes a Word file. The ESM build keeps one output file per source module, so one module must
 * hold it: two modules importing it would each inline a copy, and `Document` would then receive
 * tables of the other copy's classes.
 *
 * @module
 */
export {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  type IParagraphStylePropertiesOptions,
  type IRunStylePropertiesOptions,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
