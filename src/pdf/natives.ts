/**
 * The thread's built-ins as they were before pdf.js loaded, and the putting back of any that
 * pdf.js replaced.
 *
 * pdf.js's legacy build (the one that runs in Node 20) carries core-js, which on V8 older than
 * Chrome 122's (Node 20 and 21) replaces three built-ins for every module of the thread:
 * `Array.prototype.push` (an error type for arrays with a read-only length), `JSON.parse` (the
 * reviver's source text) and `JSON.stringify` (`JSON.rawJSON`), each with a JavaScript version.
 * Neither pdf.js nor this package uses what they add, but every push and every JSON call of the
 * user's thread would go through them: a CPU profile of `zfxxgk validate` over whole reports
 * showed the replaced push as the thread's largest item (2.2 s of 19 s), and a PDF read 25–30 %
 * faster with the built-ins put back. A library must not change its user's built-ins, so the
 * engine puts them back once pdf.js has loaded, and after each document (pdf.js's worker module,
 * loaded by the first document, replaces them a second time). On Node 22 and later core-js leaves
 * them alone and this finds nothing to do. `Function.prototype.toString` is replaced too (so that
 * polyfills print as native code); it is on no hot path and is left as pdf.js wants it.
 *
 * This module must be evaluated before pdf.js: `engine.ts` imports it and loads pdf.js only when
 * the first document is read, with a dynamic `import()`. A static import of pdf.js would not keep
 * that order once bundled with pdf.js left external: the bundler hoists pdf.js's import above this
 * module's inlined code (the built `zfxxgk` captured the built-ins already replaced that way).
 *
 * @module
 */

type Owner = Record<string, unknown>;

/** A built-in and its property descriptor as this thread had it before pdf.js was loaded. */
interface Native {
  readonly owner: Owner;
  readonly key: string;
  readonly descriptor: PropertyDescriptor;
}

function captured(owner: object, key: string): Native | undefined {
  const descriptor = Object.getOwnPropertyDescriptor(owner, key);
  return descriptor === undefined ? undefined : { owner: owner as Owner, key, descriptor };
}

/**
 * The built-ins as they are now: capture before loading pdf.js. The function it returns puts
 * back any of them that was replaced since, and says how many it put back.
 */
export function keepNatives(): () => number {
  const natives = [
    captured(Array.prototype, "push"),
    captured(JSON, "parse"),
    captured(JSON, "stringify"),
  ].filter((native): native is Native => native !== undefined);
  return () => {
    let restored = 0;
    for (const { owner, key, descriptor } of natives) {
      if (owner[key] !== descriptor.value) {
        Object.defineProperty(owner, key, descriptor);
        restored += 1;
      }
    }
    return restored;
  };
}

/** Puts back what pdf.js replaced since this module was evaluated (before pdf.js was). */
export const restoreNatives: () => number = keepNatives();
