import type { Metadata } from 'next';
import { NotYet } from '@/components/ui/not-yet';
import { ScreenHeader } from '@/components/ui/screen-header';

export const metadata: Metadata = { title: 'Chat' };

export default function ChatPage() {
  return (
    <>
      <ScreenHeader title="Chat" />
      <NotYet what="Chat with your agent" />
    </>
  );
}
