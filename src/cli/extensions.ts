// What a folder is walked for (a listed file or a pattern's match is taken whatever its name),
// written once for the walk, the help and the message of a folder holding none.

/**
 * The names a folder is walked for: each file's format is then told from its bytes, not its name.
 * Pages saved from a site keep the site's names (`.shtml` of server-side includes, `.xhtml`);
 * a single file web page (`.mht`, `.mhtml`) is read as the page it holds; Word's macro-enabled
 * `.docm` is a .docx package. Old binary Word (`.doc`), WPS Writer's
 * `.wps` and `.rtf` hold reports the readers cannot read: walked, each says so
 * (`UNSUPPORTED_FORMAT`: convert it first), where passing them by would leave a folder's files
 * out of a check without a word.
 */
export const REPORT_EXTENSIONS: readonly string[] = [
  ".txt",
  ".md",
  ".markdown",
  ".html",
  ".htm",
  ".shtml",
  ".xhtml",
  ".mht",
  ".mhtml",
  ".docx",
  ".docm",
  ".doc",
  ".wps",
  ".rtf",
  ".pdf",
];

/** The extensions as the help and the messages list them: `.txt .md … .pdf`. */
export const REPORT_EXTENSION_LIST = REPORT_EXTENSIONS.join(" ");
