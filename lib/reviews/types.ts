import type { CronOutput, CronOutputSummary } from '@/lib/hermes-home';

/** One run in the inbox. Silent and empty runs never count as unread: they have nothing to read. */
export interface ReviewSummary extends CronOutputSummary {
  read: boolean;
}

/** A job that has runs, for the per-job filter. */
export interface ReviewJob {
  id: string;
  name: string;
  runs: number;
  unread: number;
}

export interface ReviewList {
  items: ReviewSummary[];
  /** Runs matching the job filter, before paging. */
  total: number;
  /** Unread runs across every job (the tab badge). */
  unread: number;
  jobs: ReviewJob[];
}

export interface Review extends CronOutput {
  read: boolean;
}

export interface UnreadCount {
  unread: number;
}
