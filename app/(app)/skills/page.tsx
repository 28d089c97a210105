import type { Metadata } from 'next';
import { NotYet } from '@/components/ui/not-yet';
import { ScreenHeader } from '@/components/ui/screen-header';

export const metadata: Metadata = { title: 'Skills' };

export default function SkillsPage() {
  return (
    <>
      <ScreenHeader title="Skills" />
      <NotYet what="The skill browser" />
    </>
  );
}
