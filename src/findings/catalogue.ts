/**
 * The rule catalogue: every rule code with its default severity, the template versions it applies
 * to, a description in both languages and its formula. `docs/rules.md` is generated from it.
 *
 * @module
 */
import { templateVersions } from "../templates/registry.js";
import type { TemplateVersion } from "../templates/types.js";
import type { RuleCode, Severity } from "./codes.js";
import { defaultSeverities, ruleCodes } from "./codes.js";

/** One entry of the rule catalogue. */
export interface RuleDescription {
  readonly code: RuleCode;
  readonly severity: Severity;
  readonly templates: readonly TemplateVersion[];
  readonly description: { readonly zh: string; readonly en: string };
  /** The identity or condition checked, as text. */
  readonly formula: string;
  /** Whether the rule needs last year's report (`options.previous`). */
  readonly needsPrevious: boolean;
  /** How the rule decides edge cases and where its finding points (English). */
  readonly notes?: string;
}

type Entry = Omit<RuleDescription, "code" | "severity">;
const both: readonly TemplateVersion[] = templateVersions;

/** The catalogue, by code (the default severities are in `defaultSeverities`). */
export const ruleCatalogue: Readonly<Record<RuleCode, Entry>> = {
  CELL_TYPE: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "单元格的值类型不符：件数应为非负整数，金额应为非负小数，本年增/减应为整数",
      en: "A cell has the wrong type: counts are non-negative integers, amounts non-negative decimals, 本年增/减 an integer",
    },
    formula: "count ∈ ℕ; amount: decimal ≥ 0; 2019 本年增/减 ∈ ℤ (the cell domains)",
    notes:
      "The domains are the model's cell domains, shared with `fromJSON`; `cellSchema(kind)` and the JSON Schema describe the same values (a test checks that they agree). `validate` reads a `Report` (Decimal amounts) and canonical JSON (decimal strings) through the same reader; a value outside its domain is dropped and reported here, at its path. Unknown keys and a wrong `formatVersion` are reported here too. A non-report input gives one CELL_TYPE at path `[]`.",
  },
  CELL_BLANK: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "模板要求填写数字的单元格为空或为非数字符号（/、-、—、无）",
      en: "A cell the template expects a number in is blank or holds a mark (/, -, —, 无)",
    },
    formula: "cell ≠ null ∧ cell ∉ marks",
    notes:
      "One finding per row of a present table that has cells that are `null` or a mark: `path` is the first such cell of the row (in column order), `related` lists every such cell of the row, that one first, and the message says how many there are. `actual` is the mark of the cell at `path`. `expected`, when present, is the value an identity implies for the cell at `path` (it is that identity's only unknown operand — e.g. a blank 总计 whose parts are all known: a blank 总计 with non-zero parts is a finding that says what it should hold). An absent cell (its key missing from a present row: unread, which the parser reported as PARSE_CELL_UNREADABLE, or dropped by the reader with a CELL_TYPE) is unknown, not blank, and gets no CELL_BLANK; an absent row is a SECTION_MISSING. Blank, marked and absent operands are unknown non-negative counts, never zero: see the arithmetic rules. `aggregate` reports each blank, marked or absent leaf of a member once, at the consolidated cell, with the member's cell in `related`.",
  },
  SECTION_MISSING: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "缺少六个部分之一或三张表格之一",
      en: "One of the six sections or three tables is absent",
    },
    formula: "section present",
    notes:
      "Reported once per section: absent tables and absent 一/五/六 texts by the reader (`fromJSON` semantics), empty texts (whitespace only) by `validate`. An absent row object inside a present table is reported at `[table, row]`, and its cells get no CELL_BLANK.",
  },
  TEMPLATE_YEAR: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "所用模板与报告年度不符（2019年版模板用于2019—2020年度，2021年版用于2021年度起）",
      en: "The template does not fit the year (2019 template for 2019–2020, 2021 template from 2021)",
    },
    formula: "template = templateFor(year)",
    notes:
      'Path `["template"]`. A report whose year is unknown (`null`) is not checked; a year before 2019 fits no template and is reported without `expected`.',
  },
  T3_ROW_TOTAL: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "表三每行：总计等于六类申请人之和",
      en: "Table 三, per row: 总计 equals the sum of the six applicant columns",
    },
    formula: "T3[r][总计] = Σ T3[r][自然人 … 其他]",
    notes:
      "Identities from `identitiesOf(version)`, judged by the one evaluator that `createReport`/`reportBuilder` and `aggregate` use too: the same cells give the same verdict everywhere. Path: the 总计 cell of the row; `related`: the six applicant cells. Blank, marked or absent operands are unknown non-negative counts, never zero, and an identity is reported only when no values of them can make it hold: every operand known and the sums differ, or a side without unknowns is below the known part of the other side (the side with unknowns is then shown as `≥ n` in `expected` or `actual`). Otherwise nothing is reported here: a blank or marked operand has its CELL_BLANK, which gives the value the identity implies when it is the only unknown (a blank 总计 with known parts).",
  },
  T3_RESULT_TOTAL: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "表三每列：（七）总计等于各项办理结果之和",
      en: "Table 三, per column: （七）总计 equals the sum of the result rows",
    },
    formula: "T3[（七）][c] = Σ T3[leaf][c]",
    notes:
      "Path: the （七）总计 cell of the column; `related`: the result leaves of that column. Blank operands as for T3_ROW_TOTAL.",
  },
  T3_BALANCE: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "表三每列勾稽关系：第一项加第二项之和，等于第三项加第四项之和",
      en: "Table 三, per column: 一 + 二 = （七）总计 + 四 (the printed 勾稽关系)",
    },
    formula: "T3[一][c] + T3[二][c] = T3[（七）][c] + T3[四][c]",
    notes:
      "Path: the 四、结转下年度继续办理 cell of the column (the figure the balance determines); `related`: 一, 二 and （七）总计 of that column. `expected` is 一 + 二, `actual` is （七） + 四. Blank operands as for T3_ROW_TOTAL.",
  },
  T3_SUBTOTAL: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "表三分组标题行上自行加印的小计：等于本组各项之和",
      en: "Table 三, a subtotal printed on a group's own line: it equals the sum of the group's rows",
    },
    formula: "T3[group][c] = Σ T3[row of group][c]",
    notes:
      "Format-spec R5. The template has no cells for subtotals (D9), so the model holds none and `validate` cannot check them: the readers do, when they read a group's line printing one value per column (the row also gets its PARSE_EXTRA_ROW, which quotes it). Path: the group's row and the column (a path no report cell has); `related`: the group's rows of that column. `expected` is the sum of the rows, `actual` the printed subtotal. Blank operands as for T3_ROW_TOTAL; a printed subtotal cell that is blank or a mark is not checked.",
  },
  T4_GROUP_TOTAL: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "表四每组：总计等于结果维持、结果纠正、其他结果、尚未审结之和",
      en: "Table 四, per group: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
    },
    formula: "T4[g][总计] = T4[g][维持] + T4[g][纠正] + T4[g][其他] + T4[g][尚未审结]",
    notes:
      "Path: the 总计 cell of the group; `related`: the four outcome cells. Blank operands as for T3_ROW_TOTAL.",
  },
  T2_STOCK_BELOW_FLOW: {
    templates: ["2019"],
    needsPrevious: false,
    description: {
      zh: "表二：对外公开总数量小于本年新公开数量",
      en: "Table 二: 对外公开总数量 (stock) is below 本年新公开数量 (this year's flow)",
    },
    formula: "T2[r][对外公开总数量] ≥ T2[r][本年新公开数量]",
    notes:
      "Path: 对外公开总数量 of the row (规章, 规范性文件); `expected` is the lower bound 本年新公开数量. Skipped when either cell is not a number.",
  },
  CARRY_OVER: {
    templates: both,
    needsPrevious: true,
    description: {
      zh: "上年结转数与上一年度报告的结转下年度继续办理数不一致",
      en: "Carried over from last year differs from last year's 结转下年度继续办理",
    },
    formula: "T3[二][c](Y) = T3[四][c](Y−1)",
    notes:
      'Path: 二、上年结转 of the column; `related`: last year\'s 四 cell, as `["previous", …]`. Works across templates (2020 → 2021). Skipped where either cell is not a number. All cross-year rules are skipped when `previous` is not a report, or when both years are known and `previous.year ≠ year − 1`.',
  },
  STOCK_FLOW: {
    templates: ["2021"],
    needsPrevious: true,
    description: {
      zh: "现行有效件数不等于上年现行有效件数加本年制发件数减本年废止件数",
      en: "现行有效件数 differs from last year's plus 本年制发 minus 本年废止",
    },
    formula: "T2[r][现行有效](Y) = T2[r][现行有效](Y−1) + T2[r][制发](Y) − T2[r][废止](Y)",
    notes:
      "Path: 现行有效件数 of 规章 / 行政规范性文件; `related`: last year's 现行有效件数 and this year's 制发/废止. Needs the 2021 fields on both sides, so it is skipped when `previous` uses the 2019 template. Approximate by nature (amendments are counted differently), hence a warning.",
  },
  ITEM_COUNT_FLOW: {
    templates: ["2019"],
    needsPrevious: true,
    description: {
      zh: "上一年项目数量不等于上一年度报告的上一年项目数量加本年增/减",
      en: "上一年项目数量 differs from last year's 上一年项目数量 plus its 本年增/减",
    },
    formula: "T2[r][上一年项目数量](Y) = T2[r][上一年项目数量](Y−1) + T2[r][本年增/减](Y−1)",
    notes:
      "Path: 上一年项目数量 of each row that has it (行政许可, 其他对外管理服务事项, 行政处罚, 行政强制, 行政事业性收费); `related`: last year's 上一年项目数量 and 本年增/减. Needs the 2019 fields on both sides (a 2020 report against 2019).",
  },
  NARRATIVE_MISMATCH: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "总体情况中陈述的数字（收到、办结、结转、复议、诉讼）与表格不一致",
      en: "A figure stated in 一、总体情况 (received, handled, carried forward, reviews, suits) disagrees with the tables",
    },
    formula: "figure in overview = table cell",
    notes:
      'Reads only 一、总体情况, conservatively: a figure is taken from a clause where a verb (收到/受理/接收, 办结/答复, 结转…下年度, 行政复议, 诉讼) is followed within a few characters by `N件`, whose sentence mentions 申请 (for requests), and that names no subset or other matter (自然人, 其中, 建议, 咨询, 上年结转 …). Received may equal 一 or 一 + 二 (reports count carried-over requests as received); handled is （七）总计; carried forward is 四; reviews are the 行政复议 总计; suits the sum of the two 行政诉讼 总计. A finding only when no statement of a figure agrees; path: the table cell, `related`: `["overview"]` and the other cells read, `detail`: the clause.',
  },
  FEE_NOT_REPORTED: {
    templates: ["2021"],
    needsPrevious: false,
    description: {
      zh: "表三（六）2 逾期未缴费不为零，但“其他需要报告的事项”未说明信息处理费",
      en: "Table 三 （六）2 (fee not paid) is above zero but section 六 says nothing about 信息处理费",
    },
    formula: "T3[（六）2][总计] > 0 ⇒ 六 mentions 信息处理费",
    notes:
      "Path: （六）2 总计 (or the sum of its applicant cells when 总计 is blank). Section 六 counts as reporting on fees when it mentions 信息处理费, 收费 or 收取…费.",
  },
  REPEATED_TEXT: {
    templates: both,
    needsPrevious: true,
    description: {
      zh: "文字部分与上一年度报告的相同部分一半以上雷同",
      en: "A text section is more than half identical to last year's",
    },
    formula: "dice₈(section(Y), section(Y−1)) ≤ 0.5",
    notes:
      'Per prose section (一, 五, 六). Similarity: Dice coefficient of the character 8-gram multisets after NFKC, digit runs replaced by one placeholder, whitespace and punctuation dropped; linear time. Texts under 50 such characters (e.g. 无。) are not compared. `actual` is the similarity rounded up to two decimals; `related`: `["previous", section]`.',
  },
  PUBLISHED_LATE: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "发布晚于法定期限（部门1月31日，县级以上人民政府3月31日；条例第四十九条）",
      en: "Published after the deadline (31 Jan for departments, 31 Mar for governments at county level and above; art. 49)",
    },
    formula: "publishedOn ≤ deadline(year + 1, agencyLevel)",
    notes:
      'Date: `options.publishedOn`, else `meta.publishedOn`. Deadline (条例 art. 49): `agencyLevel: "department"` → 31 Jan of year + 1; `"government"` or no `agencyLevel` → 31 Mar (townships have only local deadlines, so the lenient date applies). Path `["meta", "publishedOn"]`. Skipped without a date or a year.',
  },
  AGGREGATE_MISMATCH: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "汇总报告的数字与所辖各报告之和不一致",
      en: "A consolidated report differs from the sum of its members",
    },
    formula: "consolidated[cell] = Σ member[cell]",
  },
  PARSE_CELL_UNREADABLE: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "文本中找到了表格，但其中一个单元格无法读取",
      en: "A cell of a table found in the text could not be read",
    },
    formula: "cell read",
    notes:
      "At the cell. One finding says it for a row of several cells none of which could be read (at the row), and for a table none of whose cells could be read (at the table: a page that lost the table's values and kept its labels). `actual`, when present, quotes what the page printed where no value could be read (text holding a digit: `22*`, a cell's two lines `10 16`); a cell that quotes its source keeps its own finding.",
  },
  PARSE_TRUNCATED: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "文本在某一部分或表格中间中断",
      en: "The text stops inside a section or table",
    },
    formula: "text complete",
  },
  PARSE_CELLS_RECOVERED: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "粘连的数字已拆分：表格自身的勾稽关系只允许一种拆分",
      en: "Glued digits were split: the table's identities allowed exactly one split",
    },
    formula: "exactly one split satisfies the identities",
    notes:
      "At the row, `actual` the cells as split (`64/0/0/2/7/0/0`), `detail` the glued digits as printed, its words one blank apart (`6400270`, `12 00003`).",
  },
  PARSE_YEAR_UNCERTAIN: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "标题和统计期限未能确定报告年度：年度取自较弱的依据（报告前有几个年度的标题时其中最可能的一个、正文中提及本报告的语句、表格前提及本年度政府信息公开工作的语句、总体情况中以年份开头的一行、页面标题中的“某年年报”），或未能确定",
      en: "Neither the title nor the statistical period settles the year: it was taken from weaker evidence (the likeliest of titles of several years before the report, a sentence naming the report, a sentence before the tables naming the year's 政府信息公开工作, a line of 一、总体情况 opening with a year, a page heading naming the year's 年报), or could not be found",
    },
    formula: "year from the title or 统计期限 (1月1日), else weaker evidence",
    notes:
      "At `['year']`, with the year taken in `actual` (absent when none was found). A report named inside 《…》 is never taken: a quoted title is often last year's report; nor a line of a web page's navigation (a link to another year's report). Titles of several years before the report (a page's list of reports copied as text) are settled by the statistical period; without one, the year named most often is taken and reported here. Not reported when `options.year` is given.",
  },
  PARSE_CELL_AMBIGUOUS: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "表中印有数值，但行列标签和勾稽关系没有为其留下唯一的位置（可容之处不止一处，或无一可容），未予填入",
      en: "Values are printed in a row, but its labels and the table's identities leave no single place for them (several fit, or none does); they were not placed",
    },
    formula: "a value is placed only where exactly one place fits",
    notes:
      "At the row, with the printed values in `actual` (`3 | 3`). The cells that every reading agrees on are placed; the others stay absent. Values no label places (a row's label lost, values after a group's label, a second run where a row between was not found) are quoted at the group or the table, and that finding covers the rows they may be. Values printed between a row's label and the first column header read (a column whose header was lost), beside a row with cells absent, are quoted at the row; beside a row whose last column is printed blank, the whole row is quoted and nothing placed (its values may stand a column left of their headers, as when a label cell's span was written short); so is such a row with a cell under its label's header, whatever it holds (blank, `/`, `—`); without ruling lines, a mark there; after a page break, any cell before the values. Without ruling lines, a row whose label the official layout spans over columns, its last column blank and nothing before its values, is quoted unless its values read one column right would give no 总计 or one smaller than one of its parts (a first value printed blank leaves no trace there; a 总计 that is not its row's sum proves nothing).",
  },
  PARSE_ROWS_BY_ORDER: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "分组内各行的标签缺失，已按模板中的行序读取（数值个数只允许这一种读法）",
      en: "Rows of a group had lost their labels; they were read in the template's row order, which the count of values leaves as the only reading",
    },
    formula: "unlabelled values = rows × columns of the printed group",
    notes: "At the group, with the values as placed in `actual`.",
  },
  PARSE_EXTRA_ROW: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "表中有模板中没有单元格的一行（如湖北的地方行“其他主动公开文件”，或在分组标题行上自行加印的小计），其数值未计入任何单元格",
      en: "A table prints a row the template has no cells for (a local row such as Hubei's 其他主动公开文件, or a subtotal printed on a group's own line); its values are kept out of every cell",
    },
    formula: "printed rows ⊆ rows of the template",
    notes:
      "At the table, `detail` the printed label, `actual` its printed values. The local rows known are listed with their table in the registry; a heading or group of table 三 printing values of its own (the subtotals of R5, D9 in the spec) is one too. One finding per row printed.",
  },
  PARSE_LABEL_MISPRINTED: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "表中某行标签印错一字（错字、漏字或多字），其位置只容模板中的这一行，已按此行读取",
      en: "A row label is printed one character off (a character wrong, missing or added); its place leaves only that row of the template, and it was read as that row",
    },
    formula: "printed label within one edit of exactly one row, the only row its neighbours leave",
    notes:
      "At the row, `expected` the template's label and `actual` the label as printed. Taken only for a label with its ordinal and its mark (`5.`) and at least six characters besides, between two rows found that leave exactly this row between them, printed once there and within one edit of no other row's label; otherwise the row is left unread as before.",
  },
  PARSE_TABLE_IMAGE: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "表格以图片形式刊登，其中数字无法读取，需先进行文字识别（OCR）",
      en: "A table is printed as a picture: its numbers cannot be read without OCR",
    },
    formula: "tables printed as text",
    notes:
      "At the table, `actual` the picture's name (its file name, else its alternative text; Word's name for the drawing; an embedded object's kind, `Excel.Sheet.12`) when the source gives one. Reported by `parseHTML` (and `parseText` given markup), `parseDocx` and `readDocument` (an `image` block) where a table section's heading is printed and, before the next heading, a picture (an `<img>` alone in its line; a Word drawing, VML picture or embedded object such as an Excel worksheet) but no table: the table was pasted as a screenshot, as many sites do, not left out (which `SECTION_MISSING` would say). No cell of the table is read. `parsePdf` reports it too: where a table gives `SECTION_MISSING`, it reads the file again with its images decoded (its first reading decodes none) and says `PARSE_TABLE_IMAGE` in that finding's place for a picture in the section at least 40 % of the page wide and 30 points tall (as clipped), with no text over it and not repeated at that spot on another page (not a seal, a logo, a page's banner or a searchable scan's page); no picture name is given. A photo or chart printed where the table was left out is taken for it, in every reader.",
  },
  TEMPLATE_MIXED: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "表格（或其一部分）按另一版本格式的表头印制：与本报告格式不符的列未填入，原文数值见说明",
      en: "A table (or part of one) is printed with the other template's headers: columns the report's template does not have are not placed, and their printed values are quoted",
    },
    formula: "printed headers ∈ columns of the report's template",
    notes:
      "At the table or sub-table, `expected` the report's template, `actual` the template whose headers are printed, `detail` the printed headers and values not placed. Columns both templates share (处理决定数量) are read into their key. One finding at the table when every sub-table printed is in the other layout (its `detail` joining all they quote); one per sub-table (at its first row) when some are printed in the report's own layout.",
  },
  SOURCE_UNREADABLE: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "文件无法读取（格式不符、已损坏、加密或为空）",
      en: "The file could not be read (not of its format, damaged, encrypted or empty)",
    },
    formula: "bytes of the expected format",
    notes:
      "Reported by `parseDocx` and `parsePdf` at `[]`, with `expected` the format (`docx`, `pdf`), and by `parseText` (`expected` `text`) for a PDF, Word, Office 97–2003, Rich Text or image file read as a string (a text that reads as no report and starts as such a file does) and `actual` the reason, one of a closed set (`UnreadableReason`, listed below) that a program can switch on: what the bytes are when they are of another format, else why bytes of the format could not be read. The message words the reason from the zh or en catalogue; the reader's own technical words (the zip reader's, pdf.js's) are not part of the finding. No report is returned; bad options are still reported, as `OPTION_INVALID`.",
  },
  SOURCE_PAGE_UNREADABLE: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "文件中有一页无法读取：该页所印内容未能读入",
      en: "A page of the file could not be read: what it prints is not in the reading",
    },
    formula: "every page readable",
    notes:
      "Reported by `parsePdf` at `[]`, one per page, `expected` the pages read (the page count, 1,000 at most), `actual` the page's number (from 1): pdf.js or the reader failed on it (a damaged page tree). It is read as empty, the other pages as usual; what it printed is missing with its own findings. A file with no page readable gives `SOURCE_UNREADABLE` (`damaged`).",
  },
  SOURCE_MOJIBAKE: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "文本为乱码：文件的字节曾被逐字节按 Latin-1 解读，已重新解码后读取",
      en: "The text was mojibake: its bytes had been read as Latin-1, one byte a character; it was decoded again and read",
    },
    formula: "text decoded in its own encoding",
    notes:
      "Reported by `parseText` and `parseHTML` at `[]`, `expected` the encoding the bytes are in (`utf-8`, or `gb18030` for GBK), `actual` `latin1`. A pipeline that decodes a page in an encoding the page did not say (Python's `requests` gives ISO-8859-1 for `text/html` without a charset, and many government sites serve GBK so) turns `政府` into `æ”¿åºœ` or `Õþ¸®`; each character stands for one byte, so the bytes are taken back (Windows-1252's characters to theirs) and decoded as UTF-8 when valid, else as GB18030. Only a text that read as no report and, decoded again, reads as one is read so; any other text is read as given. Decode the file as `expected` (the `zfxxgk` command and `decodeText` do) to make the finding go.",
  },
  SOURCE_MULTIPLE_REPORTS: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "文本先后包含多份年度报告（汇编），只读取了第一份",
      en: "The text holds several reports one after another (a compilation); only the first was read",
    },
    formula: "one report per text",
    notes:
      "Reported by `parseText`, `parseHTML`, `parseDocx` and `parsePdf` at `[]`, `expected` 1, `actual` the number of reports found, and the second report's first line as printed (its title, when found; its first 80 characters) in `detail` and the message. A further report starts at a heading 一、总体情况 printed with its own numeral after a report that reached 三 and printed its tables (at least 60 values under its table sections, digits or `—` and `/` standing alone, a table printed as a grid or a picture counting as many; or, with a title of the next report's own between them, a sentence), when its own headings then reach 二 or 三 before any later one: at the first title between them (`…政府信息公开工作年度报告`, on one line or wrapped over two, a note in brackets or page fields after it, not in 《…》, not one printed before, as a running header is, unless under other agency lines than before or right over the report's preamble and page fields), with up to two lines above it that name an agency or say 正文; without a title, at its preamble, else at its 一's line. A piece of the `…Reports` readers that holds a report whose start could not be cut from it (two titles in one table) gives this finding too. The report returned is the first, read from the text before that point, so that no section or table of another report is read into it. A table of contents is no second report. To read them all, use `parseTextReports`, `parseHTMLReports`, `readDocumentReports`, `parseDocxReports` or `parsePdfReports` (or `zfxxgk validate --all-reports`): one result per report, each read as alone, without this finding.",
  },
  OPTION_INVALID: {
    templates: both,
    needsPrevious: false,
    description: {
      zh: "调用选项无效（类型不符、未知的规则代码或严重程度、未知的选项），已忽略",
      en: "An option was invalid (wrong type, unknown rule code or severity, unknown option) and was ignored",
    },
    formula: "options ⊆ { locale, severity, … the entry's own }",
    notes:
      "Reported by every entry point that reads input, at `['options', key, …]`, with the expected form in `expected` and the value given in `actual`. The option is ignored: the call goes on with the default. Options that throw when read are read as absent values and reported here too. `validate`'s `previous` that is no report (`expected` `report`), or a report of a year other than the year before (`expected` that year, `actual` its own), is ignored so (the cross-year rules are not run).",
  },
};

/**
 * The rule catalogue as a list, in code order: code, default severity, templates, descriptions,
 * formula.
 *
 * @example
 * ```ts
 * rules.find((rule) => rule.code === "T3_BALANCE")?.severity; // 'error'
 * ```
 */
export const rules: readonly RuleDescription[] = Object.freeze(
  ruleCodes.map((code) =>
    Object.freeze({ code, severity: defaultSeverities[code], ...ruleCatalogue[code] }),
  ),
);
