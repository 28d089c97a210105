import type { Metadata } from 'next';
import { NotYet } from '@/components/ui/not-yet';
import { ScreenHeader } from '@/components/ui/screen-header';

export const metadata: Metadata = { title: 'Reviews' };

export default function ReviewsPage() {
  return (
    <>
      <ScreenHeader title="Reviews" />
      <NotYet what="The reviews inbox" />
    </>
  );
}
