/** The async Clipboard API: only in secure contexts (HTTPS or localhost), and it may be refused. */
export async function writeClipboard(text: string): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.clipboard || !window.isSecureContext) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copies text; falls back to a hidden textarea where the Clipboard API is missing (plain-HTTP origins). */
export async function copyText(text: string): Promise<boolean> {
  if (await writeClipboard(text)) return true;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  return ok;
}
