/** Largest file Paddock opens as text or saves: agent files are configs and notes, never this big. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Largest save request body: the content JSON-escaped (up to 6 bytes per byte) plus the envelope. */
export const MAX_SAVE_BODY_BYTES = MAX_FILE_BYTES * 6 + 16 * 1024;

/** Entries one folder listing returns; a bigger folder says it was cut short. */
export const MAX_LIST_ENTRIES = 2000;

/** Files the quick-open index walks at most, and how deep, so a huge cache folder cannot stall it. */
export const QUICK_OPEN_MAX_FILES = 5000;
export const QUICK_OPEN_MAX_DEPTH = 8;

/** Previous versions kept per file in DATA_DIR; the oldest go first. */
export const MAX_BACKUPS_PER_FILE = 20;

/** Longest relative path accepted from a client, in characters. */
export const MAX_PATH_CHARS = 1024;

/** Bytes looked at to tell text from binary (a NUL byte in them means binary). */
export const BINARY_SNIFF_BYTES = 8192;
