import type { Metadata } from 'next';
import { NotYet } from '@/components/ui/not-yet';
import { ScreenHeader } from '@/components/ui/screen-header';

export const metadata: Metadata = { title: 'Sessions' };

export default function SessionsPage() {
  return (
    <>
      <ScreenHeader title="Sessions" />
      <NotYet what="The session log" />
    </>
  );
}
