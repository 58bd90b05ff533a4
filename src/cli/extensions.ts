// What a folder is walked for (a listed file or a pattern's match is taken whatever its name),
// written once for the walk, the help and the message of a folder holding none.

/**
 * The names a folder is walked for. `.doc` too: an old binary Word file holds a report the
 * readers cannot read, and walked it says so (`UNSUPPORTED_FORMAT`: convert it first), where
 * passing it by would leave a folder's old Word files out of a check without a word.
 */
export const REPORT_EXTENSIONS: readonly string[] = [
  ".txt",
  ".md",
  ".markdown",
  ".html",
  ".htm",
  ".docx",
  ".doc",
  ".pdf",
];

/** The extensions as the help and the messages list them: `.txt .md … .pdf`. */
export const REPORT_EXTENSION_LIST = REPORT_EXTENSIONS.join(" ");
