import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHermesHomeError } from '@/lib/hermes-home/errors';
import { getInstalledSkill, getInstalledSkillFile, listInstalledSkills, type SkillsReadOptions } from '@/lib/skills/installed-skills';
import { MAX_SKILL_FILE_BYTES } from '@/lib/skills/skill-files';
import { copyFixtureHome } from '../../../support/paddock-server';

let home: string;
let outside: string;
let bin: string;
let options: SkillsReadOptions;

function write(rel: string, text: string | Buffer): void {
  const file = path.join(home, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

beforeAll(() => {
  home = copyFixtureHome();
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-outside-'));
  bin = fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-bin-'));
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'outside the skill');
  fs.writeFileSync(path.join(bin, 'present-tool'), '#!/bin/sh\n', { mode: 0o755 });
  write('skills/.hub/lock.json', JSON.stringify({
    version: 1,
    installed: {
      'nano-pdf': { source: 'official', identifier: 'official/productivity/nano-pdf', trust_level: 'builtin', scan_verdict: 'safe', install_path: 'productivity/nano-pdf', installed_at: '2026-11-20T10:00:00+00:00', updated_at: '2026-11-21T10:00:00+00:00' },
      broken: 'not an object',
    },
  }));
  fs.appendFileSync(path.join(home, 'config.yaml'), '\nskills:\n  disabled: [plan]\n  platform_disabled:\n    telegram: [arxiv]\n');
  write('.env', 'SET_IN_FILE=value-that-must-never-leak\nEMPTY_IN_FILE=\n# COMMENTED=1\n');
  write('skills/tools/needy/SKILL.md', [
    '---',
    'name: needy',
    'description: Needs things',
    'required_environment_variables: [SET_IN_FILE, EMPTY_IN_FILE, SET_IN_PADDOCK, MISSING_VAR]',
    'prerequisites: {commands: [present-tool, absent-tool]}',
    '---',
    'Body',
  ].join('\n'));
  write('skills/tools/broken/SKILL.md', '---\nname: broken\ndescription: [unclosed\n---\nStill here.');
  write('skills/tools/broken/notes.md', '# Notes\n');
  write('skills/tools/broken/blob.bin', Buffer.from([0, 1, 2, 3, 255]));
  write('skills/tools/broken/big.txt', 'x'.repeat(MAX_SKILL_FILE_BYTES + 1));
  write('skills/tools/broken/.env', 'TOKEN=hidden');
  fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(home, 'skills/tools/broken/escape.txt'));
  fs.symlinkSync(outside, path.join(home, 'skills/tools/broken/escape-dir'));
  fs.symlinkSync('notes.md', path.join(home, 'skills/tools/broken/inside-link.md'));
  fs.symlinkSync(path.join(home, 'skills/tools/broken'), path.join(home, 'skills/tools/linked-skill'));
  options = { home, isSetHere: (name) => name === 'SET_IN_PADDOCK', pathDirs: [bin] };
});

afterAll(() => {
  for (const dir of [home, outside, bin]) fs.rmSync(dir, { recursive: true, force: true });
});

describe('listInstalledSkills', () => {
  it('lists every skill folder with its category from the first folder, sorted by category then name', async () => {
    const { skills, categories } = await listInstalledSkills(options);
    const ids = skills.map((s) => s.id);
    expect(ids).toContain('tools/needy');
    expect(ids).toContain('tools/broken');
    expect(ids).not.toContain('tools/linked-skill');
    for (const s of skills) expect(s.category).toBe(s.id.includes('/') ? s.id.split('/')[0] : null);
    const keys = skills.map((s) => `${s.category ?? ''}\u0000${s.name}`);
    expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b)));
    expect(categories.find((c) => c.name === 'tools')).toEqual({ name: 'tools', count: 2, description: null });
  });

  it('lists a skill with broken frontmatter with its problem instead of failing the list', async () => {
    const broken = (await listInstalledSkills(options)).skills.find((s) => s.id === 'tools/broken');
    expect(broken).toMatchObject({ name: 'broken', description: '[unclosed' });
    expect(broken?.problems.join(' ')).toMatch(/not valid YAML/);
  });

  it('takes provenance from the hub lock, the bundled manifest, or calls the skill local', async () => {
    const { skills } = await listInstalledSkills(options);
    const byName = new Map(skills.map((s) => [s.name, s]));
    expect(byName.get('nano-pdf')?.provenance).toMatchObject({ origin: 'hub', source: 'official', identifier: 'official/productivity/nano-pdf', trustLevel: 'builtin', scanVerdict: 'safe', installedAt: Date.parse('2026-11-20T10:00:00Z') });
    const manifest = fs.readFileSync(path.join(home, 'skills/.bundled_manifest'), 'utf8');
    for (const s of skills) {
      if (s.provenance.origin === 'hub') continue;
      expect(s.provenance.origin).toBe(manifest.includes(`${s.name}:`) || manifest.includes(`${s.id.split('/').pop()}:`) ? 'builtin' : 'local');
    }
    expect(byName.get('needy')?.provenance.origin).toBe('local');
  });

  it('marks skills disabled in config.yaml, everywhere or on a platform', async () => {
    const byName = new Map((await listInstalledSkills(options)).skills.map((s) => [s.name, s]));
    expect(byName.get('plan')).toMatchObject({ disabled: true, disabledOn: [] });
    expect(byName.get('arxiv')).toMatchObject({ disabled: false, disabledOn: ['telegram'] });
  });

  it('answers with no skills for a home without a skills folder', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-empty-home-'));
    expect((await listInstalledSkills({ ...options, home: empty })).skills).toEqual([]);
    fs.rmSync(empty, { recursive: true });
  });
});

describe('getInstalledSkill', () => {
  it('says which needs look met, from .env first and then Paddock’s environment, without any value', async () => {
    const skill = await getInstalledSkill({ ...options, id: 'tools/needy' });
    expect(skill.needs.env.map((v) => [v.name, v.set])).toEqual([['SET_IN_FILE', true], ['EMPTY_IN_FILE', false], ['SET_IN_PADDOCK', true], ['MISSING_VAR', false]]);
    expect(skill.needs.commands).toEqual([{ name: 'present-tool', found: true }, { name: 'absent-tool', found: false }]);
    expect(skill.needsSetup).toBe(true);
    expect(JSON.stringify(skill)).not.toContain('value-that-must-never-leak');
  });

  it('lists the other files, leaves hidden ones out and marks links that leave the folder', async () => {
    const { files } = await getInstalledSkill({ ...options, id: 'tools/broken' });
    expect(files.map((f) => [f.path, f.refused])).toEqual([
      ['big.txt', 'too-large'],
      ['blob.bin', null],
      ['escape-dir', 'link-outside'],
      ['escape.txt', 'link-outside'],
      ['inside-link.md', null],
      ['notes.md', null],
    ]);
  });

  it.each(['no/such', 'tools', 'tools/broken/..', 'tools/linked-skill', 'tools/broken/escape-dir'])('answers not_found for %s', async (id) => {
    await expect(getInstalledSkill({ ...options, id })).rejects.toSatisfy((e: unknown) => isHermesHomeError(e, 'not_found'));
  });
});

describe('getInstalledSkillFile', () => {
  const read = (rel: string) => getInstalledSkillFile({ ...options, id: 'tools/broken', path: rel });

  it('shows a script with its language, and Markdown as Markdown', async () => {
    const script = await getInstalledSkillFile({ ...options, id: 'research/arxiv', path: 'scripts/search_arxiv.py' });
    expect(script.content).toMatchObject({ kind: 'text', language: 'python', markdown: false });
    expect(await read('notes.md')).toMatchObject({ content: { kind: 'text', text: '# Notes\n', markdown: true } });
    expect(await read('inside-link.md')).toMatchObject({ content: { kind: 'text', text: '# Notes\n' } });
  });

  it('does not show binary or oversized files', async () => {
    expect((await read('blob.bin')).content).toEqual({ kind: 'binary' });
    expect((await read('big.txt')).content).toEqual({ kind: 'too-large', limitBytes: MAX_SKILL_FILE_BYTES });
  });

  it.each(['escape.txt', 'escape-dir/secret.txt', 'SKILL.md', 'missing.txt', 'notes.md/x'])('refuses %s as not_found and reads nothing', async (rel) => {
    await expect(read(rel)).rejects.toSatisfy((e: unknown) => isHermesHomeError(e, 'not_found'));
  });
});
