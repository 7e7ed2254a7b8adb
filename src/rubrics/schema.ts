import { z } from 'zod';

// The rubric file and its language packs. The schema is the type: a QA team
// edits YAML, the loader parses it through these schemas at start-up and
// refuses a bad file with a readable message.

const Id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'use lower-case letters, digits and _ (e.g. "satisfaction_check")');
const LangCode = z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639-1 code such as "en" or "it"');
const PatternList = z.array(z.string().trim().min(1, 'empty pattern'));

/** Which engine judges a criterion. The five built-ins follow rubric-guide.md. */
export const EvaluatorSchema = z.enum(['apology', 'empathy', 'ownership', 'commitments', 'satisfaction_check', 'signals']);
export type Evaluator = z.infer<typeof EvaluatorSchema>;

/** For a custom criterion judged by signals alone (evaluator: signals). */
export const SignalRuleSchema = z
  .object({
    /** When the criterion applies: always, or when the customer reports a problem / shows emotion, or when one of these signals fires in the reply. */
    applies: z.union([z.enum(['always', 'problem', 'emotion', 'problem_or_emotion']), z.array(Id).min(1)]).default('always'),
    /** Any of these signals in the reply passes… */
    pass: z.array(Id).default([]),
    /** …unless one of these fires (they fail the criterion even beside a pass signal). */
    fail: z.array(Id).default([]),
  })
  .strict();

export const CriterionSchema = z
  .object({
    id: Id,
    name: z.string().min(1),
    description: z.string().default(''),
    weight: z.number().nonnegative().default(1),
    /** A failed critical criterion caps the total at scoring.criticalCap. */
    critical: z.boolean().default(false),
    /** Defaults to the criterion id when that is a built-in evaluator. */
    evaluator: EvaluatorSchema.optional(),
    rule: SignalRuleSchema.optional(),
    /** Score inside a pass verdict, e.g. a satisfaction check that also asks "anything else?". */
    partialScore: z.number().min(0).max(1).default(0.75),
    /** One coach sentence per outcome key (e.g. "pass", "fail.missing"); {lang} notes are added by the engine. */
    feedback: z.record(z.string(), z.string()).default({}),
  })
  .strict();
export type Criterion = z.infer<typeof CriterionSchema>;

/** A language pack: the words of one language, as named lists of phrase patterns. */
export const PackSchema = z
  .object({
    language: LangCode,
    name: z.string().optional(),
    /** Named pattern lists that patterns can use as {name}. */
    macros: z.record(Id, PatternList).default({}),
    /** Signal id → phrase patterns (see src/scoring/pattern.ts for the syntax). */
    signals: z.record(Id, PatternList).default({}),
    /** Words after which a full stop does not end a sentence (Mr, Dr, nr, art). */
    abbreviations: z.array(z.string()).default([]),
    /**
     * Short tag questions that ask the customer to accept what the sentence
     * before proposes ("ok", "vale", "blz", "passt"): after a comma, one asks
     * on its own ("I'll post it today, ok?"). Not "right", "verdad": those
     * make the sentence before a question to confirm.
     */
    tag_questions: z.array(z.string()).default([]),
    /**
     * The twelve months, January first, each as the names and short forms the
     * language writes ([[januar, jänner, jän, jan], [februar, feber, feb], …]).
     * They number the months (a date before the reply was sent is no
     * promise) and, unless the pack defines one, make the `month` macro.
     */
    months: z
      .array(z.array(z.string().min(1)).min(1))
      .default([])
      .refine((m) => m.length === 0 || m.length === 12, { message: 'months lists the twelve months, January first' }),
    /**
     * Contractions people type without their apostrophe ("dont", "Im sorry"):
     * `optional` lists them ("n't" stands for every word in -n't, "i'm"), and
     * `kept` the bare forms that are other words ("its", "well", "were"),
     * whose contraction keeps its apostrophe, also in a group with others.
     */
    contractions: z
      .object({ optional: z.array(z.string()).default([]), kept: z.array(z.string()).default([]) })
      .strict()
      .default({ optional: [], kept: [] }),
    /**
     * Common misspellings read as the word meant ("teh": "the", "recieve":
     * "receive"), each the same length as its word, so that evidence offsets
     * stay offsets into the reply. Whole words, any case.
     */
    misspellings: z
      .record(z.string().regex(/^[\p{L}]+$/u), z.string().regex(/^[\p{L}]+$/u))
      .default({})
      .refine((m) => Object.entries(m).every(([k, v]) => [...k].length === [...v].length && k.length === v.length), {
        message: 'a misspelling and its word must have the same length',
      }),
    /**
     * Words that address the reader only when written with a capital (German
     * "Sie", "Ihnen", "Ihr"; in lower case they are someone else: "sobald sie
     * da sind", once they are here), and the signals whose matches speak of
     * the reader: a match of one of them that opens with such a word in lower
     * case (as its first or second word: "sobald sie"), in a sentence written
     * with capitals, does not count.
     */
    capitalised_address: z
      .object({ words: z.array(z.string()).default([]), signals: z.array(Id).default([]) })
      .strict()
      .default({ words: [], signals: [] }),
    /** Coach sentences in this language, keyed "criterion.outcome"; English from the rubric otherwise. */
    feedback: z.record(z.string(), z.string()).default({}),
  })
  .strict();
export type Pack = z.infer<typeof PackSchema>;

/** A pack that extends another rubric's pack: lists under "signal+" are appended to the parent's. */
export const PackOverrideSchema = PackSchema.extend({
  signals: z.record(z.string().regex(/^[a-z][a-z0-9_]*\+?$/), PatternList).default({}),
  macros: z.record(z.string().regex(/^[a-z][a-z0-9_]*\+?$/), PatternList).default({}),
});
export type PackOverride = z.infer<typeof PackOverrideSchema>;

export const ScoringSchema = z
  .object({
    /** When a critical criterion fails, the total is at most this. */
    criticalCap: z.number().min(0).max(100).default(40),
    /** Decimals of the total (0 → integers). */
    decimals: z.number().int().min(0).max(3).default(0),
  })
  .strict();

/** The rubric file as written. */
export const RubricFileSchema = z
  .object({
    id: Id.or(z.string().regex(/^[a-z][a-z0-9_-]*$/)),
    name: z.string().optional(),
    description: z.string().optional(),
    /** Semver of the file; when absent the version is a hash of the content. */
    version: z.string().optional(),
    /** Another rubric file to start from (a path relative to this one, or "support-reply" for the default). */
    extends: z.string().optional(),
    /** With extends: criteria merge by id (give only what changes); without: the full list. */
    criteria: z.array(z.object({ id: Id }).passthrough()).default([]),
    /** Criteria of the parent to drop. */
    remove: z.array(Id).default([]),
    scoring: ScoringSchema.partial().default({}),
    /** Pack used for a language that has none. */
    fallbackLanguage: LangCode.optional(),
    /** Folders or files of language packs, relative to this file. */
    packs: z.union([z.string(), z.array(z.string())]).optional(),
  })
  .strict();
export type RubricFile = z.infer<typeof RubricFileSchema>;

/** The resolved rubric the scorer runs on. */
export const RubricSchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.string(),
  criteria: z.array(CriterionSchema).min(1, 'a rubric needs at least one criterion'),
  scoring: ScoringSchema,
  fallbackLanguage: LangCode,
  packs: z.record(LangCode, PackSchema),
});

export type Rubric = z.infer<typeof RubricSchema> & {
  /** Where it was loaded from (for messages), when it came from a file. */
  readonly source?: string;
};
