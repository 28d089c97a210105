import type { MetadataRoute } from 'next';
import { getLocale } from '@/lib/i18n/server';
import { webAppManifest } from '@/lib/pwa/manifest';

/** Served by Next at /manifest.webmanifest and linked from every page's head, in the reader's language. */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  return webAppManifest(await getLocale());
}
