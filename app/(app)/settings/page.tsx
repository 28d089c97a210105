import { AppearanceSettings } from '@/components/settings/appearance-settings';
import { LanguageSettings } from '@/components/settings/language-settings';
import { NotificationSettings } from '@/components/settings/notification-settings';
import { BackLink } from '@/components/ui/back-link';
import { ScreenHeader } from '@/components/ui/screen-header';
import { moreMessages } from '@/lib/i18n/messages/more';
import { settingsMessages } from '@/lib/i18n/messages/settings';
import { titleMetadata } from '@/lib/i18n/metadata';
import { getT } from '@/lib/i18n/server';

export const generateMetadata = titleMetadata(settingsMessages, 'title');

export default async function SettingsPage() {
  const [t, tMore] = await Promise.all([getT(settingsMessages), getT(moreMessages)]);
  return (
    <>
      <BackLink href="/more" label={tMore('title')} />
      <ScreenHeader title={t('title')} />
      <div className="mx-4 flex flex-col gap-6 pb-8 md:mx-8 md:max-w-2xl">
        <AppearanceSettings />
        <LanguageSettings />
        <NotificationSettings />
      </div>
    </>
  );
}
