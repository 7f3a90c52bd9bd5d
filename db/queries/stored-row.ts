// Rows as the queries read them: a domain type with each field in the form SQLite gives it back.
// Row types are derived from the domain types, so a field added to a domain type shows up in
// every query that must read it.

/** SQLite has no booleans: a flag column (0 or 1) reads back as a number. */
export type StoredFlags<T, K extends keyof T> = Omit<T, K> & { [P in K]: number };

/** Structured values are stored as JSON text and read back as the text. */
export type StoredJson<T, K extends keyof T> = Omit<T, K> & { [P in K]: string };
