/**
 * Runs inside the offline page (a plain document, no React): lists the pages this device has
 * saved, newest first per area, titled by each copy's first heading. Self-contained on purpose:
 * offline-page.ts embeds its source text, so it must not refer to anything outside itself.
 */
export async function listSavedPages(areas: readonly { label: string; cache: string }[], maxPerArea: number, savedAt = 'saved {date}', locale?: string): Promise<void> {
  const root = document.getElementById('saved');
  if (!root || !('caches' in window)) return;
  const existing = new Set(await caches.keys());
  const sections: { label: string; items: { href: string; title: string; at: number }[] }[] = [];
  for (const area of areas) {
    if (!existing.has(area.cache)) continue;
    const cache = await caches.open(area.cache);
    const saved: { url: URL; response: Response; at: number }[] = [];
    for (const request of await cache.keys()) {
      const response = await cache.match(request, { ignoreVary: true });
      if (response) saved.push({ url: new URL(request.url), response, at: Date.parse(response.headers.get('date') ?? '') || 0 });
    }
    saved.sort((a, b) => b.at - a.at);
    const items = [];
    for (const entry of saved.slice(0, maxPerArea)) {
      const doc = new DOMParser().parseFromString(await entry.response.text(), 'text/html');
      const heading = doc.querySelector('main h1')?.textContent?.trim() || doc.querySelector('h1')?.textContent?.trim();
      items.push({ href: entry.url.pathname + entry.url.search, title: heading || doc.title || entry.url.pathname, at: entry.at });
    }
    if (items.length > 0) sections.push({ label: area.label, items });
  }
  if (sections.length === 0) return;
  root.replaceChildren();
  for (const section of sections) {
    const h2 = document.createElement('h2');
    h2.textContent = section.label;
    const list = document.createElement('ul');
    for (const item of section.items) {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = item.href;
      link.textContent = item.title;
      li.append(link);
      if (item.at) {
        const when = document.createElement('small');
        when.textContent = savedAt.replace('{date}', new Date(item.at).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }));
        li.append(when);
      }
      list.append(li);
    }
    root.append(h2, list);
  }
}
