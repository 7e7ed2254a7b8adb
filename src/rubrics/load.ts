import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { compileRubric } from '../scoring/compile.js';
import {
  CriterionSchema,
  PackOverrideSchema,
  RubricFileSchema,
  RubricSchema,
  ScoringSchema,
  type Pack,
  type PackOverride,
  type Rubric,
} from './schema.js';

/** A rubric file that cannot be used; the message says which file and what is wrong. */
export class RubricError extends Error {
  override name = 'RubricError';
}

const HERE = dirname(fileURLToPath(import.meta.url));
/** The rubrics shipped with email-qa, by id. */
export const BUILTIN_RUBRICS_DIR = resolve(HERE, '../../rubrics');
export const DEFAULT_RUBRIC_FILE = join(BUILTIN_RUBRICS_DIR, 'support-reply', 'rubric.yaml');

const PACK_EXT = new Set(['.yaml', '.yml', '.json']);

function issuesText(file: string, error: z.ZodError): string {
  const lines = error.issues.map((i) => {
    const where = i.path.length ? i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : '(top level)';
    return `  - ${where}: ${i.message}`;
  });
  return `${file}:\n${lines.join('\n')}`;
}

function readData(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new RubricError(`cannot read rubric file ${file}: ${(err as Error).message}`);
  }
  try {
    return extname(file) === '.json' ? JSON.parse(text) : parseYaml(text, { prettyErrors: true });
  } catch (err) {
    throw new RubricError(`${file} is not valid ${extname(file) === '.json' ? 'JSON' : 'YAML'}: ${(err as Error).message}`);
  }
}

interface Resolved {
  id: string;
  name: string;
  version?: string;
  criteria: Record<string, unknown>[];
  scoring: Record<string, unknown>;
  fallbackLanguage: string;
  packs: Record<string, Pack>;
  packFiles: Record<string, string>;
}

function packFilesOf(base: string, entries: string[]): string[] {
  const files: string[] = [];
  for (const entry of entries) {
    const p = resolve(base, entry);
    if (!existsSync(p)) throw new RubricError(`language pack path ${p} does not exist`);
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p).sort()) if (PACK_EXT.has(extname(f))) files.push(join(p, f));
    } else files.push(p);
  }
  return files;
}

function readPack(file: string): PackOverride {
  const parsed = PackOverrideSchema.safeParse(readData(file));
  if (!parsed.success) throw new RubricError(`invalid language pack ${issuesText(file, parsed.error)}`);
  return parsed.data;
}

/** Merge a pack over a parent's: "name+" appends to the parent's list, "name" replaces it. */
function mergePack(parent: Pack | undefined, child: PackOverride): Pack {
  const merge = (a: Record<string, string[]>, b: Record<string, string[]>) => {
    const out: Record<string, string[]> = { ...a };
    for (const [k, v] of Object.entries(b)) {
      if (k.endsWith('+')) out[k.slice(0, -1)] = [...(out[k.slice(0, -1)] ?? []), ...v];
      else out[k] = v;
    }
    return out;
  };
  return {
    language: child.language,
    name: child.name ?? parent?.name,
    macros: merge(parent?.macros ?? {}, child.macros),
    signals: merge(parent?.signals ?? {}, child.signals),
    abbreviations: [...(parent?.abbreviations ?? []), ...child.abbreviations],
    tag_questions: [...(parent?.tag_questions ?? []), ...child.tag_questions],
    misspellings: { ...(parent?.misspellings ?? {}), ...child.misspellings },
    contractions: {
      optional: [...(parent?.contractions.optional ?? []), ...child.contractions.optional],
      kept: [...(parent?.contractions.kept ?? []), ...child.contractions.kept],
    },
    months: child.months.length ? child.months : (parent?.months ?? []),
    capitalised_address: {
      words: [...(parent?.capitalised_address.words ?? []), ...child.capitalised_address.words],
      signals: [...(parent?.capitalised_address.signals ?? []), ...child.capitalised_address.signals],
    },
    feedback: { ...(parent?.feedback ?? {}), ...child.feedback },
  };
}

function resolveFile(file: string, seen: string[]): Resolved {
  if (seen.includes(file)) throw new RubricError(`rubric ${file} extends itself (${[...seen, file].join(' → ')})`);
  const parsed = RubricFileSchema.safeParse(readData(file));
  if (!parsed.success) throw new RubricError(`invalid rubric ${issuesText(file, parsed.error)}`);
  const doc = parsed.data;
  const base = dirname(file);

  let parent: Resolved | null = null;
  if (doc.extends) {
    const target = /^[a-z][a-z0-9-]*$/.test(doc.extends) && !existsSync(resolve(base, doc.extends))
      ? join(BUILTIN_RUBRICS_DIR, doc.extends, 'rubric.yaml')
      : resolve(base, doc.extends);
    parent = resolveFile(target, [...seen, file]);
  }

  // Criteria: a full list, or changes by id over the parent's.
  const byId = new Map<string, Record<string, unknown>>((parent?.criteria ?? []).map((c) => [String(c.id), c]));
  for (const c of doc.criteria) byId.set(c.id, { ...(byId.get(c.id) ?? {}), ...c });
  for (const id of doc.remove) {
    if (!byId.delete(id)) throw new RubricError(`${file}: remove: no criterion "${id}" to remove`);
  }

  // Packs: the parent's, then this file's packs merged over them.
  const packs: Record<string, Pack> = { ...(parent?.packs ?? {}) };
  const packFiles: Record<string, string> = { ...(parent?.packFiles ?? {}) };
  const entries = doc.packs === undefined ? (existsSync(join(base, 'lang')) ? ['lang'] : []) : [doc.packs].flat();
  for (const pf of packFilesOf(base, entries)) {
    const pack = readPack(pf);
    packs[pack.language] = mergePack(packs[pack.language], pack);
    packFiles[pack.language] = pf;
  }

  return {
    id: doc.id,
    name: doc.name ?? parent?.name ?? doc.id,
    version: doc.version ?? (doc.extends ? undefined : parent?.version),
    criteria: [...byId.values()],
    scoring: { ...(parent?.scoring ?? {}), ...doc.scoring },
    fallbackLanguage: doc.fallbackLanguage ?? parent?.fallbackLanguage ?? 'en',
    packs,
    packFiles,
  };
}

function contentHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);
}

/**
 * Load, validate and compile a rubric. No argument → the default rubric
 * (`rubrics/support-reply`). Throws a RubricError that names the file and
 * the problem; the compiled patterns are cached for the scorer.
 */
export function loadRubric(file?: string): Rubric {
  const path = resolve(file ?? DEFAULT_RUBRIC_FILE);
  const r = resolveFile(path, []);

  const criteria = r.criteria.map((c, i) => {
    const parsed = CriterionSchema.safeParse(c);
    if (!parsed.success) throw new RubricError(`invalid rubric ${issuesText(`${path} (criterion ${String(c.id ?? i)})`, parsed.error)}`);
    return parsed.data;
  });
  const scoring = ScoringSchema.parse(r.scoring);
  const body = { id: r.id, name: r.name, criteria, scoring, fallbackLanguage: r.fallbackLanguage, packs: r.packs };
  const version = r.version ?? `sha256:${contentHash(body)}`;
  const parsed = RubricSchema.safeParse({ ...body, version });
  if (!parsed.success) throw new RubricError(`invalid rubric ${issuesText(path, parsed.error)}`);
  const rubric: Rubric = Object.defineProperty(parsed.data, 'source', { value: path, enumerable: false }) as Rubric;

  if (!rubric.packs[rubric.fallbackLanguage]) {
    throw new RubricError(`${path}: fallbackLanguage "${rubric.fallbackLanguage}" has no language pack (packs: ${Object.keys(rubric.packs).join(', ') || 'none'})`);
  }
  for (const c of rubric.criteria) {
    if ((c.evaluator ?? c.id) === 'signals' || (c.evaluator === undefined && !isBuiltin(c.id))) {
      if (!c.rule) throw new RubricError(`${path}: criterion "${c.id}" is not a built-in criterion, so it needs evaluator: signals and a rule`);
    }
  }
  try {
    compileRubric(rubric);
  } catch (err) {
    const lang = /pack "(\w+)"/.exec((err as Error).message)?.[1];
    const where = lang && r.packFiles[lang] ? relative(process.cwd(), r.packFiles[lang]) : path;
    throw new RubricError(`${where}: ${(err as Error).message}`);
  }
  return rubric;
}

function isBuiltin(id: string): boolean {
  return ['apology', 'empathy', 'ownership', 'commitments', 'satisfaction_check'].includes(id);
}
