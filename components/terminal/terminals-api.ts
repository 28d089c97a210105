import { apiFetch } from '@/lib/client/api-fetch';
import { terminalListSchema, terminalSummarySchema, type CreateTerminal, type TerminalList, type TerminalSummary } from '@/lib/terminal/protocol';

const BASE = '/api/terminal/sessions';

export async function listTerminals(): Promise<TerminalList> {
  return terminalListSchema.parse(await apiFetch<unknown>(BASE));
}

export async function createTerminal(input: CreateTerminal): Promise<TerminalSummary> {
  return terminalSummarySchema.parse(await apiFetch<unknown>(BASE, { method: 'POST', json: input }));
}

export async function renameTerminal(id: string, name: string): Promise<TerminalSummary> {
  return terminalSummarySchema.parse(await apiFetch<unknown>(`${BASE}/${encodeURIComponent(id)}`, { method: 'PATCH', json: { name } }));
}

export async function closeTerminal(id: string): Promise<void> {
  await apiFetch<unknown>(`${BASE}/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
