import { getConfig } from '@/lib/config';
import { AppError } from '@/lib/http/app-error';

/** What the file functions need from the configuration; tests build one by hand. */
export interface FilesContext {
  /** FILES_ROOT, or HERMES_HOME when that is unset. */
  root: string;
  /** Paddock's DATA_DIR, where backups of saved files go. */
  dataDir: string;
  /** FILES_WRITABLE=1: the user allowed edits. */
  writable: boolean;
  /** HERMES_HOME, where memories/ lives; undefined means the root is the agent's home. */
  home?: string;
}

/** The running server's files context; throws AppError feature_unavailable naming what to set. */
export function filesContext(): FilesContext {
  const config = getConfig();
  if (!config.files.root) {
    throw new AppError(
      'feature_unavailable',
      "Files need FILES_ROOT or HERMES_HOME, and neither is set. Set HERMES_HOME to the agent's data directory (e.g. ~/.hermes) and restart Paddock.",
    );
  }
  return { root: config.files.root, dataDir: config.dataDir, writable: config.files.writable, home: config.hermesHome };
}

/** The sentence shown while FILES_WRITABLE is off. */
export const EDITING_OFF =
  'Editing is off. To edit the agent’s files from Paddock, set FILES_WRITABLE=1 and mount HERMES_HOME read-write, then restart Paddock.';
