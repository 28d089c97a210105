import type { MetadataRoute } from 'next';
import { webAppManifest } from '@/lib/pwa/manifest';

/** Served by Next at /manifest.webmanifest and linked from every page's head. */
export default function manifest(): MetadataRoute.Manifest {
  return webAppManifest();
}
