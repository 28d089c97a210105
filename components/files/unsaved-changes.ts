'use client';

import { translator } from '@/lib/i18n/catalogue';
import { documentLocale } from '@/lib/i18n/document-locale';
import { fileMessages } from '@/lib/i18n/messages/files';

/**
 * Whether the editor holds unsaved text. Client-side navigation (links, quick open) does not fire
 * `beforeunload`, so the screens that navigate ask here first.
 */
let unsaved = false;

export function setUnsavedChanges(value: boolean): void {
  unsaved = value;
}

/** True when it is fine to leave: nothing unsaved, or the user said so. */
export function confirmLeaving(): boolean {
  return !unsaved || window.confirm(translator(fileMessages, documentLocale())('leaveUnsaved'));
}
