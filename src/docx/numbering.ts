/**
 * Word's automatic numbering (word/numbering.xml): the label a numbered paragraph shows (一、,
 * （二）, 3.) is not in its text, and report headings are often numbered that way. A
 * {@link Numberer} counts the numbered paragraphs in reading order and renders each one's label
 * from its level's `w:lvlText` (`%1、`, `（%2）`) in the level's `w:numFmt`.
 *
 * Counters belong to the abstract numbering definition, so that the lists sharing it continue one
 * another, as Word numbers them; a list instance with a `w:startOverride` counts on its own from its
 * override.
 *
 * @module
 */
import type { Element } from "../read/markup.js";
import { type Meter, tick } from "../text/meter.js";
import { formatNumber } from "./formats.js";
import {
  elements,
  integerAttribute,
  isOn,
  type Prefixes,
  wordAttribute,
  wordChild,
  wordName,
} from "./xml.js";

/** Word's levels: 0 to 8. */
const LEVELS = 9;

/**
 * The longest label text kept (Word's own dialog takes far less: `%1、`, `（%2）`, `第%1章`). A label
 * is rendered for every paragraph of its list, so a longer one (only a hostile file has one) would
 * make the output grow with the part's size times the paragraphs'.
 */
export const MAX_LABEL_TEXT = 64;

/** One level of a numbering definition. */
export interface Level {
  readonly start: number;
  readonly format: string;
  /** `%1、`: `%n` stands for the number of level n (1-based). */
  readonly text: string;
  /** What follows the label: `tab` (Word's default), `space` or `nothing`. */
  readonly suffix: string;
  /** `w:isLgl`: every level's number in decimal (legal numbering, 1.2.3). */
  readonly legal: boolean;
  /** The paragraph style this level is linked to (`w:pStyle`), if any. */
  readonly style: string | undefined;
}

interface Instance {
  readonly abstract: string;
  /** `w:lvlOverride` levels: a level replaced, or a start overridden. */
  readonly levels: ReadonlyMap<number, Partial<Level>>;
}

/** The numbering part as read: abstract definitions and the list instances that use them. */
export interface NumberingDefinitions {
  readonly abstracts: ReadonlyMap<string, readonly (Level | undefined)[]>;
  readonly instances: ReadonlyMap<string, Instance>;
}

function levelOf(element: Element, prefixes: Prefixes): Partial<Level> {
  const value = (local: string) => {
    const child = wordChild(element, prefixes, local);
    return child === undefined ? undefined : wordAttribute(child, prefixes, "val");
  };
  const level: { -readonly [K in keyof Level]?: Level[K] } = {};
  const start = integerAttribute(wordChild(element, prefixes, "start"), prefixes);
  if (start !== undefined) level.start = start;
  const format = value("numFmt");
  if (format !== undefined) level.format = format;
  const text = value("lvlText");
  if (text !== undefined) level.text = text.slice(0, MAX_LABEL_TEXT);
  const suffix = value("suff");
  if (suffix !== undefined) level.suffix = suffix;
  const legal = wordChild(element, prefixes, "isLgl");
  if (legal !== undefined) level.legal = isOn(legal, prefixes);
  const style = value("pStyle");
  if (style !== undefined) level.style = style;
  return level;
}

function complete(level: Partial<Level>): Level {
  return {
    start: level.start ?? 0,
    format: level.format ?? "decimal",
    text: level.text ?? "",
    suffix: level.suffix ?? "tab",
    legal: level.legal ?? false,
    style: level.style,
  };
}

/**
 * Reads word/numbering.xml: each `w:abstractNum`'s levels and each `w:num`'s definition and
 * overrides. A damaged part gives what could be read.
 *
 * @example
 * ```ts
 * const definitions = numberingOf(root, { w: "w:", mc: "mc:" });
 * definitions.instances.get("1")?.abstract; // '0'
 * ```
 */
export function numberingOf(
  root: Element | undefined,
  prefixes: Prefixes,
  meter?: Meter,
): NumberingDefinitions {
  const abstracts = new Map<string, (Level | undefined)[]>();
  const instances = new Map<string, Instance>();
  if (root === undefined) return { abstracts, instances };
  for (const element of elements(root)) {
    // The element and the few property lookups over its children.
    tick(meter, 1 + 4 * element.children.length);
    const name = wordName(element, prefixes);
    if (name === "abstractNum") {
      const id = wordAttribute(element, prefixes, "abstractNumId");
      if (id === undefined || abstracts.has(id)) continue;
      const levels: (Level | undefined)[] = [];
      for (const child of elements(element)) {
        tick(meter, 1 + 8 * child.children.length);
        if (wordName(child, prefixes) !== "lvl") continue;
        const index = integerAttribute(child, prefixes, "ilvl") ?? 0;
        if (index >= 0 && index < LEVELS) levels[index] ??= complete(levelOf(child, prefixes));
      }
      abstracts.set(id, levels);
    } else if (name === "num") {
      const id = wordAttribute(element, prefixes, "numId");
      const abstract = wordChild(element, prefixes, "abstractNumId");
      const abstractId = abstract && wordAttribute(abstract, prefixes, "val");
      if (id === undefined || abstractId === undefined || instances.has(id)) continue;
      const levels = new Map<number, Partial<Level>>();
      for (const child of elements(element)) {
        tick(meter, 1 + 10 * child.children.length);
        if (wordName(child, prefixes) !== "lvlOverride") continue;
        const index = integerAttribute(child, prefixes, "ilvl") ?? 0;
        if (index < 0 || index >= LEVELS) continue;
        const level = wordChild(child, prefixes, "lvl");
        const start = integerAttribute(wordChild(child, prefixes, "startOverride"), prefixes);
        levels.set(index, {
          ...(level && levelOf(level, prefixes)),
          ...(start !== undefined && { start }),
        });
      }
      instances.set(id, { abstract: abstractId, levels });
    }
  }
  return { abstracts, instances };
}

/**
 * What a paragraph's numbering properties name: a list instance and a level. Without a level, the
 * level linked to the paragraph's style (`w:pStyle` in the level) is taken, else level 0.
 */
export interface NumberingReference {
  readonly id: string;
  readonly level?: number | undefined;
  readonly style?: string | undefined;
}

/** Renders labels in reading order; one per read (it counts). */
export interface Numberer {
  /** The label of the next paragraph numbered by `reference`, with its suffix, or `""`. */
  label(reference: NumberingReference): string;
}

/**
 * A numberer over the definitions: each call counts one paragraph of the list, restarts the levels
 * below it, and renders the label. A reference to no definition, or `numId` 0 (numbering removed),
 * gives `""`.
 *
 * @example
 * ```ts
 * const numberer = createNumberer(definitions); // level 0: `%1、` in chineseCounting
 * numberer.label({ id: "1", level: 0 }); // '一、'
 * numberer.label({ id: "1", level: 0 }); // '二、'
 * ```
 */
export function createNumberer(definitions: NumberingDefinitions): Numberer {
  const counters = new Map<string, (number | undefined)[]>();
  return {
    label({ id, level: given, style }: NumberingReference): string {
      const instance = definitions.instances.get(id);
      const abstract = instance && definitions.abstracts.get(instance.abstract);
      if (instance === undefined || abstract === undefined) return "";
      const linked = style === undefined ? -1 : abstract.findIndex((l) => l?.style === style);
      const level = given ?? (linked === -1 ? 0 : linked);
      if (level < 0 || level >= LEVELS) return "";
      const levelAt = (index: number): Level => {
        const override = instance.levels.get(index);
        const base = abstract[index] ?? complete({});
        return override === undefined ? base : { ...base, ...override };
      };
      // A list instance with overrides counts on its own; the others share their definition's.
      const key = instance.levels.size > 0 ? `num:${id}` : `abstract:${instance.abstract}`;
      let counts = counters.get(key);
      if (counts === undefined) {
        counts = [];
        counters.set(key, counts);
      }
      const own = levelAt(level);
      const previous = counts[level];
      counts[level] = previous === undefined ? own.start : previous + 1;
      for (let deeper = level + 1; deeper < LEVELS; deeper++) counts[deeper] = undefined;
      const known = counts;
      const text = own.text.replace(/%([1-9])/g, (_, digit: string) => {
        const index = Number(digit) - 1;
        const shown = levelAt(index);
        const count = known[index] ?? shown.start;
        return formatNumber(count, own.legal ? "decimal" : shown.format);
      });
      if (text === "" || own.format === "bullet") return "";
      return text + (own.suffix === "nothing" ? "" : " ");
    },
  };
}
