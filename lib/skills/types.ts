import type { CatalogueStatus } from './catalogue/catalogue';
import type { FacetCount } from './catalogue/search-index';

/** Where an installed skill came from: seeded with Hermes, installed from the hub, or written locally (by the agent or by hand). */
export type SkillOrigin = 'builtin' | 'hub' | 'local';

export interface SkillProvenance {
  origin: SkillOrigin;
  /** Hub source ("official", "skills-sh", "github"…) from skills/.hub/lock.json; null unless origin is "hub". */
  source: string | null;
  /** Hub identifier, e.g. "official/research/arxiv"; what `hermes skills install` took. */
  identifier: string | null;
  /** "builtin" | "trusted" | "community" as the hub recorded it; "builtin" for bundled skills. */
  trustLevel: string | null;
  /** The hub's security scan verdict at install time, when recorded. */
  scanVerdict: string | null;
  /** ms epoch */
  installedAt: number | null;
  updatedAt: number | null;
}

/** One installed skill as the list shows it. */
export interface SkillSummary {
  /** The skill's folder under skills/ ("research/arxiv", "dogfood"); stable, used in URLs. From the gateway: the skill's name. */
  id: string;
  name: string;
  description: string;
  /** The first folder under skills/; null for a skill directly in skills/. */
  category: string | null;
  version: string | null;
  author: string | null;
  license: string | null;
  platforms: string[];
  tags: string[];
  provenance: SkillProvenance;
  /** Listed in config.yaml skills.disabled: the agent does not load it. */
  disabled: boolean;
  /** Platforms (telegram, discord…) where config.yaml skills.platform_disabled turns it off. */
  disabledOn: string[];
  /** What is wrong with its SKILL.md; the skill is still listed with what could be read. */
  problems: string[];
  /** A required environment variable or command looks missing. */
  needsSetup: boolean;
}

export interface SkillCategory {
  name: string;
  count: number;
  /** From skills/<category>/DESCRIPTION.md, when there is one. */
  description: string | null;
}

export interface TagCount {
  name: string;
  count: number;
}

/** Where the installed list was read: the mounted agent data dir, or the gateway's skills endpoint. */
export type InstalledSource = 'hermes-home' | 'gateway';

export interface InstalledSkillList {
  skills: SkillSummary[];
  categories: SkillCategory[];
  tags: TagCount[];
  source: InstalledSource;
}

/** An environment variable a skill needs. Only whether it is set is ever known here, never its value. */
export interface EnvNeed {
  name: string;
  prompt: string | null;
  help: string | null;
  requiredFor: string | null;
  optional: boolean;
  /** Set (non-empty) in HERMES_HOME/.env or in Paddock's own environment. Null when Paddock cannot tell. */
  set: boolean | null;
}

export interface CommandNeed {
  name: string;
  /** An executable of that name is on Paddock's PATH. Null when Paddock cannot tell. */
  found: boolean | null;
}

export interface SkillNeeds {
  env: EnvNeed[];
  commands: CommandNeed[];
  /** Packages the frontmatter lists under `dependencies`; shown, not checked. */
  dependencies: string[];
  /** metadata.hermes.requires_toolsets / requires_tools; shown, not checked. */
  toolsets: string[];
  tools: string[];
  /** Free text from the `compatibility` field. */
  compatibility: string | null;
}

/** A file in the skill's folder other than SKILL.md. */
export interface SkillFileEntry {
  /** Relative to the skill's folder, with forward slashes. */
  path: string;
  size: number;
  /** Why it cannot be shown, decided without reading it: a link leaving the folder, or over the size cap. */
  refused: 'link-outside' | 'too-large' | null;
}

export interface SkillDetail extends SkillSummary {
  /** Read from HERMES_HOME (text, needs and files all known) or from the gateway (a summary, maybe the text). */
  source: InstalledSource;
  /** SKILL.md without its frontmatter, as Markdown. */
  body: string;
  relatedSkills: string[];
  homepage: string | null;
  needs: SkillNeeds;
  files: SkillFileEntry[];
  /** More files exist than are listed. */
  filesTruncated: boolean;
}

export type SkillFileContent =
  | { kind: 'text'; text: string; language: string | null; markdown: boolean }
  | { kind: 'binary' }
  | { kind: 'too-large'; limitBytes: number };

/** One file of a skill, read-only. */
export interface SkillFile {
  skillId: string;
  skillName: string;
  path: string;
  size: number;
  content: SkillFileContent;
}

export type { CatalogueStatus, FacetCount };

/** How a hub entry relates to what is installed: that very entry, or another skill with its name. */
export type InstalledMark = 'installed' | 'same-name' | null;

/** One hub skill on a catalogue page. */
export interface CatalogueItem {
  identifier: string;
  name: string;
  description: string;
  source: string;
  /** GitHub taps: the provider Hermes names ("OpenAI"); else null. */
  provider: string | null;
  trustLevel: string;
  tags: string[];
  /** A page about it on the web (opened in a new tab; nothing is loaded from it). */
  url: string | null;
  installs: number | null;
  installed: InstalledMark;
  /** Run on the agent host to install it. */
  installCommand: string;
}

export interface CataloguePage {
  items: CatalogueItem[];
  total: number;
  offset: number;
  limit: number;
  sources: FacetCount[];
  trustLevels: FacetCount[];
  status: CatalogueStatus;
  /** False when the installed skills could not be read, so no entry is marked. */
  installedKnown: boolean;
}
