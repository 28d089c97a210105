/**
 * Turns a one-line Markdown preview (newlines already collapsed) into plain reading text: heading
 * marks, emphasis, code ticks, links and table syntax removed, table cells joined with " · ".
 * Never throws; text without Markdown comes back unchanged.
 */
export function plainPreview(preview: string): string {
  return (
    preview
      // Table separator rows: |---|:---:|
      .replace(/\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?/g, ' ')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/(^|\s)#{1,6}\s+/g, '$1')
      .replace(/(^|\s)[-*+]\s+\[[ xX]\]\s+/g, '$1')
      .replace(/^[-*+]\s+/, '')
      .replace(/\*\*|__|`+|~~/g, '')
      .replace(/\s*\|\s*/g, ' · ')
      .replace(/(?:\s*·\s*){2,}/g, ' · ')
      .replace(/^\s*·\s*|\s*·\s*$/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
