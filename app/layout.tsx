import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import { LocaleProvider } from '@/components/i18n/locale-provider';
import { PwaShell } from '@/components/pwa/pwa-shell';
import { getConfig } from '@/lib/config';
import { translator } from '@/lib/i18n/catalogue';
import { HTML_LANG } from '@/lib/i18n/locales';
import { appMessages } from '@/lib/i18n/messages/app';
import { getLocale } from '@/lib/i18n/server';
import { ICONS } from '@/lib/pwa/manifest';
import { themeColorsOf } from '@/lib/theme/choice';
import { themeChoiceFromRequest } from '@/lib/theme/server';
import { themeStyleSheet } from '@/lib/theme/theme-css';
import './globals.css';

const METADATA: Metadata = {
  title: { default: 'Paddock', template: '%s · Paddock' },
  applicationName: 'Paddock',
  // The manifest link comes from app/manifest.ts; these are what iOS reads instead of it.
  appleWebApp: { capable: true, title: 'Paddock', statusBarStyle: 'default' },
  icons: {
    icon: [
      { url: ICONS.favicon32, sizes: '32x32', type: 'image/png' },
      { url: ICONS.any192, sizes: '192x192', type: 'image/png' },
    ],
    apple: [{ url: ICONS.appleTouch, sizes: '180x180', type: 'image/png' }],
  },
  formatDetection: { telephone: false },
  // Next writes only the unprefixed `mobile-web-app-capable`; older iOS reads the prefixed one.
  other: { 'apple-mobile-web-app-capable': 'yes' },
};

export async function generateMetadata(): Promise<Metadata> {
  return { ...METADATA, description: translator(appMessages, await getLocale())('description') };
}

// No maximumScale or userScalable: pinch zoom stays available. The theme colour is the chosen
// theme's background, so the iPhone status bar matches the header from the first paint.
export async function generateViewport(): Promise<Viewport> {
  return { width: 'device-width', initialScale: 1, viewportFit: 'cover', themeColor: themeColorsOf(await themeChoiceFromRequest()) };
}

const THEME_CSS = themeStyleSheet();

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading headers makes every page render per request, so each gets its own CSP nonce.
  await headers();
  const locale = await getLocale();
  const theme = await themeChoiceFromRequest();
  return (
    <html lang={HTML_LANG[locale]} data-theme={theme.family} data-mode={theme.mode}>
      <head>
        {/* Constant CSS from lib/theme, not user input; a <style> child would be HTML-escaped. */}
        <style id="pd-themes" dangerouslySetInnerHTML={{ __html: THEME_CSS }} />
      </head>
      <body className="min-h-dvh antialiased">
        <LocaleProvider locale={locale}>
          <PwaShell serviceWorker={!getConfig().dev} />
          {children}
        </LocaleProvider>
      </body>
    </html>
  );
}
