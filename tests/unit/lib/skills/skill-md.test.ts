import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS, parseSkillMd } from '@/lib/skills/skill-md';
import { FIXTURE_HOME } from '../../../support/paddock-server';

/** Every SKILL.md in the fixture agent home, found the slow obvious way (not with the code under test). */
function fixtureSkillFiles(): string[] {
  return (fs.readdirSync(path.join(FIXTURE_HOME, 'skills'), { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => path.basename(f) === 'SKILL.md')
    .map((f) => path.join(FIXTURE_HOME, 'skills', f));
}

function frontmatterOf(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  return (match ? parseYaml(match[1] ?? '') : {}) as Record<string, unknown>;
}

describe('parseSkillMd on the skills Hermes wrote', () => {
  const files = fixtureSkillFiles();

  it('finds skills to test', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [path.relative(path.join(FIXTURE_HOME, 'skills'), f), f]))('reads %s without a problem', (_rel, file) => {
    const text = fs.readFileSync(file, 'utf8');
    const expected = frontmatterOf(text);
    const skill = parseSkillMd(text, path.basename(path.dirname(file)));
    expect(skill.problems).toEqual([]);
    expect(skill.name).toBe(String(expected.name ?? path.basename(path.dirname(file))));
    expect(skill.description).toBe(String(expected.description).trim());
    expect(skill.name.length).toBeLessThanOrEqual(MAX_NAME_CHARS);
    expect(skill.description.length).toBeLessThanOrEqual(MAX_DESCRIPTION_CHARS);
    const hermes = (expected.metadata as { hermes?: { tags?: unknown[] } } | undefined)?.hermes;
    expect(skill.tags).toEqual((hermes?.tags ?? []).map(String));
    if (expected.version !== undefined) expect(skill.version).toBe(String(expected.version));
    if (Array.isArray(expected.platforms)) expect(skill.platforms).toEqual(expected.platforms);
    expect(skill.body.startsWith('---')).toBe(false);
    expect(skill.body.trim().length).toBeGreaterThan(0);
  });

  it('keeps a skill whose frontmatter name differs from its folder under its own name', () => {
    const renamed = files.map((f) => ({ f, name: frontmatterOf(fs.readFileSync(f, 'utf8')).name })).find(({ f, name }) => typeof name === 'string' && name !== path.basename(path.dirname(f)));
    if (!renamed) return;
    expect(parseSkillMd(fs.readFileSync(renamed.f, 'utf8'), path.basename(path.dirname(renamed.f))).name).toBe(renamed.name);
  });
});

describe('parseSkillMd on broken SKILL.md files', () => {
  it('falls back to simple key: value lines when the YAML does not parse, and says so', () => {
    const text = ['---', 'name: half-broken', 'description: Still readable', 'tags: [a, b', 'metadata:', '  hermes: {tags: [x', '---', '# Title', '', 'Body text.'].join('\n');
    const skill = parseSkillMd(text, 'folder');
    expect(skill.name).toBe('half-broken');
    expect(skill.description).toBe('Still readable');
    expect(skill.body).toBe('# Title\n\nBody text.');
    expect(skill.problems).toHaveLength(1);
    expect(skill.problems[0]).toMatch(/not valid YAML \(line \d+ of SKILL\.md\)/);
  });

  it('keeps every field that reads on its own when one field breaks the YAML', () => {
    const text = ['---', 'name: partly', 'description: ok', 'tags: [a, [b', 'prerequisites: {commands: [curl]}', 'metadata:', '  hermes:', '    related_skills: [other]', '---', 'Body'].join('\n');
    const skill = parseSkillMd(text, 'f');
    expect(skill).toMatchObject({ name: 'partly', description: 'ok', relatedSkills: ['other'] });
    expect(skill.needs.commands).toEqual(['curl']);
    expect(skill.problems).toHaveLength(1);
  });

  it('reads what it can of a frontmatter that is never closed', () => {
    const skill = parseSkillMd('---\nname: unclosed\ndescription: Forgot the fence\n# Heading\n\nThe body.', 'folder');
    expect(skill).toMatchObject({ name: 'unclosed', description: 'Forgot the fence' });
    expect(skill.body).toBe('# Heading\n\nThe body.');
    expect(skill.problems.join(' ')).toMatch(/no closing ---/);
  });

  it('uses the folder name and the first body line when there is no frontmatter at all', () => {
    const skill = parseSkillMd('# My Skill\n\nDoes a useful thing.\n\nMore.', 'my-folder');
    expect(skill).toMatchObject({ name: 'my-folder', description: 'Does a useful thing.' });
    expect(skill.problems.join(' ')).toMatch(/no frontmatter/);
  });

  it('survives a frontmatter that is a list, a scalar, or empty', () => {
    for (const head of ['- a\n- b', 'just text', '']) {
      const skill = parseSkillMd(`---\n${head}\n---\nFirst line.`, 'folder');
      expect(skill.name).toBe('folder');
      expect(skill.description).toBe('First line.');
      expect(skill.problems.length).toBeGreaterThan(0);
    }
  });

  it('flags fields of the wrong type and keeps going', () => {
    const skill = parseSkillMd(['---', 'name: {nested: true}', 'description: [not, text]', 'version: 2.0', 'platforms: linux', 'metadata: "oops"', 'tags: [ok, {bad: 1}]', '---', 'Body'].join('\n'), 'typed');
    expect(skill.name).toBe('typed');
    expect(skill.description).toBe('Body');
    expect(skill.version).toBe('2');
    expect(skill.platforms).toEqual(['linux']);
    expect(skill.tags).toEqual(['ok']);
    expect(skill.problems.join('\n')).toMatch(/name should be text/);
    expect(skill.problems.join('\n')).toMatch(/metadata should be a set of fields/);
    expect(skill.problems.join('\n')).toMatch(/not plain names/);
  });

  it('cuts an over-long name and description where Hermes does', () => {
    const skill = parseSkillMd(`---\nname: ${'n'.repeat(100)}\ndescription: ${'d'.repeat(2000)}\n---\n`, 'f');
    expect(skill.name).toHaveLength(MAX_NAME_CHARS);
    expect(skill.description).toHaveLength(MAX_DESCRIPTION_CHARS);
    expect(skill.problems).toHaveLength(2);
  });

  it('never throws, whatever the bytes', () => {
    for (const text of ['', '---', '---\n---', '\uFEFF---\r\nname: bom\r\n---\r\nx', '---\n*alias\n---', '---\na: &a [*a]\n---', '\0\0\0']) {
      expect(() => parseSkillMd(text, 'f')).not.toThrow();
    }
    expect(parseSkillMd('\uFEFF---\r\nname: bom\r\ndescription: crlf\r\n---\r\nx', 'f')).toMatchObject({ name: 'bom', description: 'crlf', problems: [] });
  });
});

describe('parseSkillMd needs', () => {
  it('merges required_environment_variables, setup.collect_secrets and legacy prerequisites like Hermes', () => {
    const text = [
      '---',
      'name: needs',
      'description: d',
      'required_environment_variables:',
      '  - name: API_TOKEN',
      '    prompt: Your token',
      '    help: https://example.com/token',
      '    required_for: uploads',
      '  - OTHER_VAR',
      '  - name: "bad name"',
      'setup:',
      '  collect_secrets:',
      '    - env_var: SECRET_ONE',
      '      provider_url: https://example.com/keys',
      '    - env_var: API_TOKEN',
      'prerequisites:',
      '  env_vars: [LEGACY_KEY, OTHER_VAR]',
      '  commands: [curl, "rm -rf /"]',
      'dependencies: [lm-eval, vllm]',
      'compatibility: Requires a GPU',
      'metadata:',
      '  hermes:',
      '    requires_toolsets: [browser]',
      '---',
      'Body',
    ].join('\n');
    const { needs, problems } = parseSkillMd(text, 'f');
    expect(needs.env.map((v) => v.name)).toEqual(['API_TOKEN', 'OTHER_VAR', 'SECRET_ONE', 'LEGACY_KEY']);
    expect(needs.env[0]).toEqual({ name: 'API_TOKEN', prompt: 'Your token', help: 'https://example.com/token', requiredFor: 'uploads', optional: false });
    expect(needs.env[2]?.help).toBe('https://example.com/keys');
    expect(needs.commands).toEqual(['curl']);
    expect(needs.dependencies).toEqual(['lm-eval', 'vllm']);
    expect(needs.toolsets).toEqual(['browser']);
    expect(needs.compatibility).toBe('Requires a GPU');
    expect(problems.join('\n')).toMatch(/"bad name" is not a valid environment variable name/);
    expect(problems.join('\n')).toMatch(/"rm -rf \/" in prerequisites.commands is not a command name/);
  });

  it('accepts a single mapping and tags written as a string', () => {
    const skill = parseSkillMd('---\nname: one\ndescription: d\nrequired_environment_variables: {name: ONLY_ONE, optional: true}\ntags: "a, b"\n---\n', 'f');
    expect(skill.needs.env).toEqual([{ name: 'ONLY_ONE', prompt: null, help: null, requiredFor: null, optional: true }]);
    expect(skill.tags).toEqual(['a', 'b']);
  });
});
