import type { RequestContext } from './context';
import { plainError } from './errors';
import { sendJson } from './http-reply';
import type { Job, NewJob } from './jobs';
import { isJsonObject, parseJson, type JsonObject } from './json';

// /api/jobs* (docs §4.7): plain {"error": "..."} bodies, and every exception from the cron module
// (a bad schedule string included) surfaces as a 500 carrying its message.

const JOB_ID = /^[a-f0-9]{12}$/;
const MAX_NAME_LENGTH = 200;
const MAX_PROMPT_LENGTH = 5000;
const UPDATABLE_FIELDS = new Set(['name', 'schedule', 'prompt', 'deliver', 'skills', 'skill', 'repeat', 'enabled']);

class BadRequest extends Error {}

function jsonBody(ctx: RequestContext): JsonObject {
  const body = ctx.body === null ? undefined : parseJson(ctx.body);
  if (body === undefined || !isJsonObject(body)) throw new Error('Expecting a JSON object in the request body');
  return body;
}

function optionalString(body: JsonObject, key: string, fallback: string): string {
  const value = body[key] ?? fallback;
  if (typeof value !== 'string') throw new Error(`'${key}' must be a string`);
  return value;
}

/** Runs a jobs operation, mapping failures the way the gateway's handlers do. */
function respond(ctx: RequestContext, operation: () => JsonObject | undefined): void {
  try {
    const body = operation();
    if (body === undefined) sendJson(ctx.res, 404, plainError('Job not found'));
    else sendJson(ctx.res, 200, body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    sendJson(ctx.res, error instanceof BadRequest ? 400 : 500, plainError(message));
  }
}

function withJob(job: Job | undefined): JsonObject | undefined {
  return job ? { job } : undefined;
}

/** The validated `{job_id}` path segment, or undefined after answering 400. */
function jobId(ctx: RequestContext): string | undefined {
  const id = ctx.params[0] ?? '';
  if (JOB_ID.test(id)) return id;
  sendJson(ctx.res, 400, plainError('Invalid job ID format'));
  return undefined;
}

function checkLengths(fields: JsonObject): void {
  const { name, prompt } = fields;
  if (typeof name === 'string' && [...name].length > MAX_NAME_LENGTH) throw new BadRequest(`Name must be ≤ ${MAX_NAME_LENGTH} characters`);
  if (typeof prompt === 'string' && [...prompt].length > MAX_PROMPT_LENGTH) throw new BadRequest(`Prompt must be ≤ ${MAX_PROMPT_LENGTH} characters`);
}

export function handleListJobs(ctx: RequestContext): void {
  const flag = (ctx.url.searchParams.get('include_disabled') ?? '').toLowerCase();
  respond(ctx, () => ({ jobs: ctx.state.jobs.list(flag === 'true' || flag === '1') }));
}

export function handleCreateJob(ctx: RequestContext): void {
  respond(ctx, () => {
    const body = jsonBody(ctx);
    const input: NewJob = {
      name: optionalString(body, 'name', '').trim(),
      schedule: optionalString(body, 'schedule', '').trim(),
      prompt: optionalString(body, 'prompt', ''),
      deliver: body.deliver ?? 'local',
      skills: Array.isArray(body.skills) ? body.skills.filter((skill): skill is string => typeof skill === 'string') : [],
      repeat: null,
    };
    if (!input.name) throw new BadRequest('Name is required');
    checkLengths({ name: input.name });
    if (!input.schedule) throw new BadRequest('Schedule is required');
    checkLengths({ prompt: input.prompt });
    const repeat = body.repeat;
    if (repeat !== undefined && repeat !== null) {
      if (typeof repeat !== 'number' || !Number.isInteger(repeat) || repeat < 1) throw new BadRequest('Repeat must be a positive integer');
      input.repeat = repeat;
    }
    return { job: ctx.state.jobs.create(input) };
  });
}

export function handleGetJob(ctx: RequestContext): void {
  const id = jobId(ctx);
  if (id !== undefined) respond(ctx, () => withJob(ctx.state.jobs.get(id)));
}

export function handleUpdateJob(ctx: RequestContext): void {
  const id = jobId(ctx);
  if (id === undefined) return;
  respond(ctx, () => {
    const fields = Object.fromEntries(Object.entries(jsonBody(ctx)).filter(([key]) => UPDATABLE_FIELDS.has(key)));
    if (Object.keys(fields).length === 0) throw new BadRequest('No valid fields to update');
    checkLengths(fields);
    return withJob(ctx.state.jobs.update(id, fields));
  });
}

export function handleDeleteJob(ctx: RequestContext): void {
  const id = jobId(ctx);
  if (id !== undefined) respond(ctx, () => (ctx.state.jobs.remove(id) ? { ok: true } : undefined));
}

export function jobActionHandler(action: 'pause' | 'resume' | 'trigger'): (ctx: RequestContext) => void {
  return (ctx) => {
    const id = jobId(ctx);
    if (id !== undefined) respond(ctx, () => withJob(ctx.state.jobs[action](id)));
  };
}
