/** A skill's id (its folder under skills/) as URL path segments. */
function idPath(id: string): string {
  return id.split('/').map(encodeURIComponent).join('/');
}

/** The page of one installed skill. */
export function skillHref(id: string): string {
  return `/skills/installed/${idPath(id)}`;
}

/** The read-only page of one file of a skill. */
export function skillFileHref(id: string, path: string): string {
  return `/skills/files/${idPath(id)}?path=${encodeURIComponent(path)}`;
}

/** Where the terminal opens with `command` typed but not run. */
export function terminalHref(command: string): string {
  return `/terminal?type=${encodeURIComponent(command)}`;
}
