import type { Metadata } from 'next';
import { AppearanceSettings } from '@/components/settings/appearance-settings';
import { LanguageSettings } from '@/components/settings/language-settings';
import { NotificationSettings } from '@/components/settings/notification-settings';
import { BackLink } from '@/components/ui/back-link';
import { ScreenHeader } from '@/components/ui/screen-header';

export const metadata: Metadata = { title: 'Settings' };

export default function SettingsPage() {
  return (
    <>
      <BackLink href="/more" label="More" />
      <ScreenHeader title="Settings" />
      <div className="mx-4 flex flex-col gap-6 pb-8 md:mx-8 md:max-w-2xl">
        <AppearanceSettings />
        <LanguageSettings />
        <NotificationSettings />
      </div>
    </>
  );
}
