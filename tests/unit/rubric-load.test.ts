import { describe, expect, it } from 'vitest';
import { loadRubric, RubricError } from '../../src/rubrics/load.js';
import { scoreReply } from '../../src/scoring/score.js';

const fixture = (p: string) => new URL(`../fixtures/rubrics/${p}`, import.meta.url).pathname;

describe('loading the default rubric', () => {
  const rubric = loadRubric();

  it('parses with the five criteria of the guide, equal weights and none critical', () => {
    expect(rubric.id).toBe('support-reply');
    expect(rubric.criteria.map((c) => c.id)).toEqual(['apology', 'empathy', 'ownership', 'commitments', 'satisfaction_check']);
    expect(new Set(rubric.criteria.map((c) => c.weight))).toEqual(new Set([1]));
    expect(rubric.criteria.some((c) => c.critical)).toBe(false);
  });

  it('ships a language pack for each of the seven languages', () => {
    for (const lang of ['en', 'it', 'ro', 'es', 'fr', 'de', 'pt']) expect(rubric.packs[lang], lang).toBeDefined();
  });

  it('has a version that is a content hash and stays the same across loads', () => {
    expect(rubric.version).toMatch(/^sha256:[0-9a-f]{12}$/);
    expect(loadRubric().version).toBe(rubric.version);
  });

  it('gives a coach sentence for every outcome the engine can produce', () => {
    for (const c of rubric.criteria) {
      expect(c.feedback.pass, c.id).toBeTruthy();
      expect(Object.keys(c.feedback).some((k) => k.startsWith('fail')), c.id).toBe(true);
    }
  });
});

describe('a bad rubric file', () => {
  it('with a weight that is not a number names the file, the criterion and the field', () => {
    expect(() => loadRubric(fixture('bad/weight.yaml'))).toThrow(RubricError);
    expect(() => loadRubric(fixture('bad/weight.yaml'))).toThrow(/weight\.yaml[\s\S]*weight[\s\S]*number/);
  });

  it('with an unclosed group in a pattern names the pack file, the signal and the pattern', () => {
    expect(() => loadRubric(fixture('bad/pattern.yaml'))).toThrow(/en\.yaml.*signal "apology".*\(sorry\|apologies/);
  });

  it('with a misspelling longer or shorter than its word says they must have the same length', () => {
    expect(() => loadRubric(fixture('bad/misspelling.yaml'))).toThrow(/en\.yaml[\s\S]*same length/);
  });

  it('with months that are not the twelve months says so', () => {
    expect(() => loadRubric(fixture('bad/months.yaml'))).toThrow(/en\.yaml[\s\S]*twelve months/);
  });

  it('that is not valid YAML says so', () => {
    expect(() => loadRubric(fixture('bad/not-yaml.yaml'))).toThrow(/not valid YAML/);
  });

  it('with a criterion the engine does not know asks for a signals rule', () => {
    expect(() => loadRubric(fixture('bad/unknown-criterion.yaml'))).toThrow(/"tone".*evaluator: signals/);
  });

  it('that does not exist says it cannot be read', () => {
    expect(() => loadRubric(fixture('nope.yaml'))).toThrow(/cannot read rubric file/);
  });
});

describe('a custom rubric that extends the default', () => {
  const custom = loadRubric(fixture('custom/rubric.yaml'));
  const base = loadRubric();

  it('keeps the default criteria, changes the weights it names, drops and adds criteria', () => {
    expect(custom.id).toBe('team-escalations');
    expect(custom.criteria.map((c) => c.id)).toEqual(['apology', 'empathy', 'ownership', 'commitments', 'reference']);
    expect(custom.criteria.find((c) => c.id === 'ownership')).toMatchObject({ weight: 2, critical: true });
    expect(custom.version).not.toBe(base.version);
  });

  it('weights the total by the new weights', () => {
    // apology pass, empathy fail, ownership pass (×2), commitments pass, reference fail: 4 of 6
    const text = "Hi Sam,\n\nI'm sorry the kettle arrived broken. I've sent a new one today; it will reach you by Friday.\n\nBest,\nJo";
    const out = scoreReply({ text, quoted: 'My kettle arrived broken!', language: 'en' }, custom);
    expect(out.criteria.ownership.verdict).toBe('pass');
    expect(out.criteria.reference.verdict).toBe('fail');
    expect(out.score).toBe(Math.round((100 * 4) / 6));
  });

  it('caps the total when a critical criterion fails', () => {
    const text = "Hi Sam,\n\nWe're sorry the kettle arrived broken. We will send a new one by Friday, ticket 4411.\n\nBest,\nJo";
    const out = scoreReply({ text, quoted: 'My kettle arrived broken!', language: 'en' }, custom);
    expect(out.criteria.ownership.verdict).toBe('fail');
    expect(out.score).toBeLessThanOrEqual(30);
  });

  it('appends phrases to a default pack with "signal+"', () => {
    const out = scoreReply({ text: 'My bad, the parcel went to the wrong depot.', quoted: 'Where is my parcel? It is late.', language: 'en' }, custom);
    expect(out.criteria.apology.verdict).toBe('pass');
    expect(out.criteria.apology.evidence[0].text).toBe('My bad');
  });

  it('scores a language it adds with its own pack file', () => {
    const text = 'Beste Anna,\n\nHet spijt me dat het pakket kapot is aangekomen. Ik begrijp dat dit vervelend is. Ik stuur morgen een nieuw pakket, dossier 5521.\n\nMet vriendelijke groet,\nPiet';
    const out = scoreReply({ text, quoted: 'Mijn pakket is kapot aangekomen, ik ben boos.', language: 'nl' }, custom);
    expect(out.criteria.apology.verdict).toBe('pass');
    expect(out.criteria.empathy.verdict).toBe('pass');
    expect(out.criteria.ownership.verdict).toBe('pass');
    expect(out.criteria.reference.verdict).toBe('pass');
    expect(out.criteria.apology.feedback).not.toMatch(/language pack/);
  });
});
