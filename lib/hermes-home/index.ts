export { HermesHomeError, isHermesHomeError, type HermesHomeErrorCode } from './errors';
export { closeStateDbs, getStateDb, getStateDbEntry, type StateDb, type StateDbMode } from './state-db';
export type { ToolCall } from './content';
export { listSessions, type ListSessionsOptions, type SessionList, type SessionRow, type SourceCount } from './sessions';
export { getTranscript, type Transcript, type TranscriptMessage } from './transcript';
export { MATCH_END, MATCH_START, searchMessages, type SearchHit, type SearchMode, type SearchOptions, type SearchResult } from './search';
export { getCronJob, listCronJobs, type CronJob, type CronJobList, type CronSchedule } from './cron-jobs';
export {
  getCronOutput,
  getCronOutputSummaries,
  listCronOutputIds,
  listCronOutputs,
  parseCronMarkdown,
  parseCronOutputId,
  type CronOutput,
  type CronOutputList,
  type CronOutputStatus,
  type CronOutputSummary,
  type ListCronOutputsOptions,
  type ParsedCronDoc,
} from './cron-outputs';
export { getCronJobNames } from './cron-run-cache';
