/**
 * The date-fns functions the library uses, in one place: the build inlines date-fns (its own
 * syntax is newer than ES2019) into this one module rather than into every module that reads a date.
 *
 * @module
 */
export { format, isAfter, isValid, parseISO } from "date-fns";
