import { ICONS } from '@/lib/pwa/manifest';
import type { ThemeColor } from '@/lib/theme/choice';
import { escapeHtml } from '@/lib/http/escape-html';

export interface LoginHeadInput {
  /** The page title, already in the reader's language. */
  title: string;
  description: string;
  themeColors: readonly ThemeColor[];
  /** The theme stylesheet and the login page's own, both constant CSS from our code. */
  styles: readonly string[];
}

function themeColorMeta({ color, media }: ThemeColor): string {
  return `<meta name="theme-color" content="${escapeHtml(color)}"${media ? ` media="${escapeHtml(media)}"` : ''}/>`;
}

/**
 * The `<head>` contents the root layout's metadata gives every other page, written by hand (void elements closed `/>` as React writes them): no
 * maximum-scale or user-scalable in the viewport (pinch zoom stays), the theme colour of the
 * device's theme, the manifest, the icons and the tags iOS reads instead of the manifest.
 */
export function loginHeadHtml({ title, description, themeColors, styles }: LoginHeadInput): string {
  return [
    '<meta charset="utf-8"/>',
    '<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"/>',
    ...themeColors.map(themeColorMeta),
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}"/>`,
    '<meta name="application-name" content="Paddock"/>',
    '<link rel="manifest" href="/manifest.webmanifest"/>',
    '<meta name="apple-mobile-web-app-capable" content="yes"/>',
    '<meta name="format-detection" content="telephone=no"/>',
    '<meta name="mobile-web-app-capable" content="yes"/>',
    '<meta name="apple-mobile-web-app-title" content="Paddock"/>',
    '<meta name="apple-mobile-web-app-status-bar-style" content="default"/>',
    `<link rel="icon" href="${ICONS.favicon32}" sizes="32x32" type="image/png"/>`,
    `<link rel="icon" href="${ICONS.any192}" sizes="192x192" type="image/png"/>`,
    `<link rel="apple-touch-icon" href="${ICONS.appleTouch}" sizes="180x180" type="image/png"/>`,
    ...styles.map((css) => `<style>${css}</style>`),
  ].join('\n');
}
