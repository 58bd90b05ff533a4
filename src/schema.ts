/**
 * The zod schemas and the JSON Schema of the canonical JSON (`zfxxgk-annual-report/schema`).
 *
 * An entry of its own, so that the root entry never loads zod: its syntax is newer than webpack 4
 * parses, its types need `esModuleInterop` under node10 resolution, and building a zod object
 * schema probes `new Function`, which a page under a strict Content-Security-Policy reports. To
 * read reports, use `fromJSON` from the root entry: it checks the same domains without zod.
 *
 * @example
 * ```ts
 * import { jsonSchema, reportSchema } from "zfxxgk-annual-report/schema";
 * jsonSchema().$schema; // 'https://json-schema.org/draft/2020-12/schema'
 * reportSchema().safeParse(toJSON(report)).success; // true
 * ```
 *
 * @module
 */
export { cellSchema, jsonSchema, reportSchema } from "./model/schema.js";
