import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Paddock', template: '%s · Paddock' },
  description: 'Your Hermes agent, in your pocket.',
  applicationName: 'Paddock',
  appleWebApp: { capable: true, title: 'Paddock', statusBarStyle: 'default' },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  viewportFit: 'cover',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f6f5f1' },
    { media: '(prefers-color-scheme: dark)', color: '#141513' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading headers makes every page render per request, so each gets its own CSP nonce.
  await headers();
  return (
    <html lang="en">
      <body className="min-h-dvh antialiased">{children}</body>
    </html>
  );
}
