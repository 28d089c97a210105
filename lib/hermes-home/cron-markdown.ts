export type CronOutputStatus = 'ok' | 'failed' | 'silent' | 'empty';

export interface ParsedCronDoc {
  jobName: string | null;
  meta: Record<string, string>;
  prompt: string | null;
  response: string | null;
  error: string | null;
  status: CronOutputStatus;
}

// Same test as the scheduler's delivery gate: a response containing [SILENT] anywhere is not delivered.
const SILENT_MARKER = '[SILENT]';
const NO_RESPONSE = '(No response generated)';

function unfence(s: string): string {
  const m = /^```[^\n]*\n([\s\S]*?)\n?```\s*$/.exec(s);
  return m?.[1] ?? s;
}

function classify(doc: Omit<ParsedCronDoc, 'status'>, failedHeader: boolean, hasPromptSection: boolean, body: string): CronOutputStatus {
  const status = doc.meta['Status'] ?? '';
  if (failedHeader || /fail|block|error/i.test(status)) return 'failed';
  if (/^silent/i.test(status)) return 'silent';
  const response = (doc.response ?? '').trim();
  if (response.toUpperCase().includes(SILENT_MARKER)) return 'silent';
  // The pre-run script gate writes a sectionless note instead of a response.
  if (!hasPromptSection && /wakeAgent\s*=\s*false/.test(body)) return 'silent';
  if (response === '' || response === NO_RESPONSE) return 'empty';
  return 'ok';
}

/** Parses one cron output Markdown document (LLM, no_agent, blocked and empty variants); never throws. */
export function parseCronMarkdown(markdown: string): ParsedCronDoc {
  const text = markdown.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { jobName: null, meta: {}, prompt: null, response: null, error: null, status: 'empty' };
  const lines = text.split('\n');
  let i = 0;
  let jobName: string | null = null;
  let failedHeader = false;
  const header = /^# Cron Job:[ \t]*(.*?)[ \t]*$/.exec(lines[0] ?? '');
  if (header) {
    let name = header[1] ?? '';
    if (/\(FAILED\)$/.test(name)) {
      failedHeader = true;
      name = name.replace(/\s*\(FAILED\)$/, '');
    }
    jobName = name || null;
    i = 1;
  }
  const meta: Record<string, string> = {};
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const m = /^\*\*([^*]+?):\*\*[ \t]?(.*)$/.exec(line);
    if (!m || !m[1]) break;
    meta[m[1].trim()] = (m[2] ?? '').trim();
  }
  const body = lines.slice(i).join('\n');
  let prompt: string | null = null;
  let response: string | null = null;
  let error: string | null = null;
  const hasPromptSection = body.startsWith('## Prompt\n') || body === '## Prompt';
  if (hasPromptSection) {
    const rest = body.slice('## Prompt'.length);
    // The prompt may itself contain headings, so the result section is the LAST marker (as the doc advises).
    const responseAt = rest.lastIndexOf('\n## Response\n');
    const errorAt = rest.lastIndexOf('\n## Error\n');
    const cut = failedHeader ? (errorAt >= 0 ? errorAt : responseAt) : responseAt >= 0 ? responseAt : errorAt;
    if (cut >= 0) {
      prompt = rest.slice(0, cut).trim();
      const section = rest.slice(cut + 1);
      const content = section.slice(section.indexOf('\n') + 1).trim();
      if (section.startsWith('## Error')) error = unfence(content);
      else response = content;
    } else {
      prompt = rest.trim();
    }
  } else if (body.startsWith('---\n')) {
    response = body.slice(4).trim();
  } else if (body.trim() !== '') {
    if (failedHeader || /fail|block|error/i.test(meta['Status'] ?? '')) error = body.trim();
    else response = body.trim();
  }
  const doc = { jobName, meta, prompt, response, error };
  return { ...doc, status: classify(doc, failedHeader, hasPromptSection, body) };
}
