import { dedupe, overlaps, type Analysis, type Hit } from './analysis.js';

// Facts about a reply that several criteria share (a flat refusal undercuts an
// apology and fails commitments; first-person actions are ownership and tell a
// promise from an offer). Computed once per reply.

export type ApologyKind = 'genuine' | 'conditional' | 'feeling' | 'softener' | 'courtesy' | 'undercut' | 'sarcastic';

export interface ApologyFact {
  hit: Hit;
  kind: ApologyKind;
  /** what undercut it (blame, dismissive, flat refusal) */
  by?: Hit;
}

export interface Refusal {
  hit: Hit;
  alternative: Hit | null;
}

export interface Promise {
  sentence: number;
  markers: Hit[];
  times: Hit[];
  vague: Hit[];
}

export interface Facts {
  apologies: ApologyFact[];
  declinedApologies: Hit[];
  refusals: Refusal[];
  promises: Promise[];
  /** dated steps put to the customer to choose from (offeredForChoice): no promises */
  offers: Promise[];
  actions: Hit[];
  pluralOnly: Hit[];
}

/**
 * Blame of the customer. Not an entitlement ("you should have had them",
 * `blame_exception`), and not in a sentence that owns the mistake ("das war
 * unser Fehler: die Belichtung war falsch eingestellt", "l'aperçu que vous
 * avez validé comportait bien le tréma, l'erreur vient de notre atelier").
 */
export function blames(a: Analysis): Hit[] {
  const exceptions = a.hits('blame_exception');
  const admissions = a.hits('admitted_failure').filter((x) => !a.negated(x, 2));
  const turns = a.hits('clause_break');
  // "…our mistake, but you should have…" still blames: a "but" between them turns it.
  const owned = (h: Hit) =>
    admissions.some((x) => {
      if (x.sentence !== h.sentence) return false;
      const [from, to] = x.start < h.start ? [x.end, h.start] : [h.end, x.start];
      return !turns.some((t) => t.start >= from && t.end <= to);
    });
  // "Non è colpa sua", "Das ist nicht Ihre Schuld": the fault taken off the
  // customer reassures. ("Not that I'm blaming you, but…" carries its "not"
  // inside the match, and still blames.)
  return a.hits('blame').filter((h) => !owned(h) && !exceptions.some((x) => overlaps(x, h)) && !a.negated(h, 2));
}

const memo = new WeakMap<Analysis, Facts>();

export function facts(a: Analysis): Facts {
  const hit = memo.get(a);
  if (hit) return hit;
  const offers: Promise[] = [];
  const promises = findPromises(a, offers);
  const refusals = findRefusals(a, promises, offers);
  const f: Facts = {
    refusals,
    promises,
    offers,
    ...findApologies(a, refusals),
    ...findActions(a),
  };
  memo.set(a, f);
  return f;
}

/** A first-person act that stands: not asked, not negated, not one the pack marks as no act ("I understand"). */
function isAct(a: Analysis, h: Hit): boolean {
  // "Ich habe nicht nur … abgeschickt, sondern auch…": a no-act read off a
  // negation that is an exception ("nicht nur") is no no-act.
  const exceptions = a.inSentence('negation_exception', h.sentence);
  const noAct = (x: Hit) => overlaps(x, h) && x.start <= h.start && !exceptions.some((e) => e.start < x.end && e.end >= x.end);
  return !inQuestion(a, h) && !a.negatedAround(h, 3) && !a.inSentence('non_action', h.sentence).some(noAct);
}

function inQuestion(a: Analysis, h: Hit): boolean {
  return a.doc.sentences[h.sentence]?.question ?? false;
}

/**
 * "Could you send me a photo? Then I'll check the hinges." A first-person step
 * right after a question to the customer waits on their answer: an offer, not
 * a promise or an answer (for the satisfaction check, also with a time: "I'll
 * check it within an hour of getting it").
 */
export function waitsOnAnswer(a: Analysis, s: { index: number }): boolean {
  const prev = a.doc.sentences[s.index - 1];
  if (!prev || !prev.question || a.inSentence('restatement', prev.index).length) return false;
  const inS = (sig: string) => a.inSentence(sig, s.index).length > 0;
  // A time on a step still to come keeps it waiting ("I'll check it within an
  // hour of getting it"); a time on a step already taken ("I've moved your
  // delivery to Thursday") answers.
  // So does a present that stands for the future once the answer comes ("en
  // cuanto me lo digas, te paso la cotización el mismo día", "sobald ich das
  // weiß, schicke ich dir am selben Tag ein Angebot").
  const toCome = inS('future') || (inS('conditional_time') && inS('present_act'));
  if (inS('refusal') || ((inS('deadline') || inS('duration') || inS('time_frame')) && !toCome)) return false;
  // "As soon as I know, …" names the wait outright, however long the step.
  if (inS('conditional_time') && toCome) return true;
  return a.wordsBetween(a.doc.sentences[s.index].start, a.doc.sentences[s.index].end) <= 14;
}

function findRefusals(a: Analysis, promises: Promise[], offers: Promise[] = []): Refusal[] {
  const out: Refusal[] = [];
  const idioms = a.hits('refusal_exception');
  // An alternative after the refusal, in the same sentence or later: "but
  // I can…", "what I can do is…", or a concrete promise that follows it.
  // Or something already done for the customer after a "but": "non posso
  // riattivarlo, però ti ho creato un codice nuovo", "nu pot returna banii,
  // dar v-am trimis un cod de reducere", "je ne peux pas te rembourser, mais
  // je t'ai offert le mois de décembre".
  const contrasts = a.hits('clause_break');
  const acts = [...a.hits('first_person_action'), ...a.hits('first_person_ambiguous')].filter((x) => isAct(a, x));
  const doneInstead = (h: Hit): Hit | null =>
    acts.find(
      (x) =>
        x.start > h.end &&
        x.sentence <= h.sentence + 1 &&
        !a.inClause('refusal', x.clause).length &&
        // "…but I've checked: it was delivered" explains the no; it gives nothing.
        !a.inClause('check_act', x.clause).some((c) => c.start >= x.start && a.wordsBetween(x.start, c.start) <= 3) &&
        // the "but" before the act, or in its sentence ("die Gebühr habe ich Ihnen aber erlassen")
        contrasts.some((c) => c.start >= h.end && (c.start <= x.start || c.sentence === x.sentence)),
    ) ?? null;
  // Or what was already given in part, in the sentence right before the no:
  // "Le ho già disposto un rimborso del 50%, entro 5 giorni lavorativi. Il
  // rimborso totale non è possibile." In its paragraph: a reply that answers
  // point by point gives the remedy for one point above the no to the next.
  const paragraph = (i: number) => a.doc.sentences[i]?.paragraph;
  const alternativeTo = (h: Hit): Hit | null =>
    a.hits('alternative').find((x) => x.start >= h.start || x.sentence === h.sentence) ??
    [...promises, ...offers]
      .filter((p) => (p.sentence >= h.sentence || (p.sentence === h.sentence - 1 && paragraph(p.sentence) === paragraph(h.sentence))) && p.times.length && !p.vague.length)
      .sort((x, y) => x.sentence - y.sentence)
      .map((p) => p.times[0])[0] ??
    doneInstead(h);
  // "I can't say for sure when…" hedges; "I wasn't able to reach the courier
  // yet", "no he podido enviarle el enlace" report a failed attempt. Neither
  // says no to the customer.
  const hedges = a.hits('hedge');
  const attempts = a.hits('failed_attempt');
  const notNo = (h: Hit) => [...idioms, ...hedges, ...attempts].some((x) => overlaps(x, h));
  for (const h of dedupe(a.hits('refusal'))) {
    // "I can't wait to…", "non vedo l'ora": a "can't" that refuses nothing.
    if (inQuestion(a, h) || notNo(h)) continue;
    out.push({ hit: h, alternative: alternativeTo(h) });
  }
  // "I'm not going to apologise for the call-out charge, because…": the
  // agent stands by what the customer disputes, a no to having it undone.
  // ("An apology is not warranted" says nothing of the agent's own stand.) Whatever the agent then does for the
  // customer in the next sentences ("What I've done is take the charge down
  // to £40", "Per questo le ho già rimborsato…") is the alternative.
  for (const h of dedupe(a.hits('apology_withheld'))) {
    if (inQuestion(a, h) || a.negated(h, 2) || out.some((r) => overlaps(r.hit, h))) continue;
    const given = acts.find((x) => x.start > h.end && x.sentence <= h.sentence + 2 && !a.inClause('refusal', x.clause).length && !a.inClause('check_act', x.clause).length);
    out.push({ hit: h, alternative: alternativeTo(h) ?? given ?? null });
  }
  // A negated promise or act of a verb the pack lists as granting something
  // (`refusal_verb`: refund, deliver, exchange…) says no: "wir werden das
  // Paket nicht mehr zustellen", "je ne vous rembourserai pas".
  const verbs = a.hits('refusal_verb');
  if (verbs.length) {
    const futures = a.hits('future');
    const said = [...futures, ...a.hits('first_person_action'), ...a.hits('first_person_ambiguous')];
    for (const h of dedupe(said)) {
      if (inQuestion(a, h) || out.some((r) => r.hit.sentence === h.sentence)) continue;
      // "Nu am primit încă cererea de a anula comanda": an act the pack marks
      // as no act (received, understood) withholds nothing when negated.
      const promised = futures.some((x) => overlaps(x, h));
      if (!promised && a.inSentence('non_action', h.sentence).some((x) => overlaps(x, h))) continue;
      if (notNo(h) || !verbs.some((v) => v.clause === h.clause) || !a.negatedAround(h, 3)) continue;
      out.push({ hit: h, alternative: alternativeTo(h) });
    }
    // The same verb negated in a clause where "we" speak: "non le rimborsiamo",
    // "no se lo reembolsamos", "nous ne vous le remboursons pas", "wir
    // erstatten Ihnen das nicht", "we won't refund the shipping costs".
    const we = a.hits('first_person_plural');
    for (const v of dedupe(verbs)) {
      if (inQuestion(a, v) || out.some((r) => r.hit.sentence === v.sentence)) continue;
      if (!we.some((w) => w.clause === v.clause) || attempts.some((x) => x.clause === v.clause)) continue;
      // The negation is right before the verb or its pronouns ("no se lo
      // reembolsamos"): "we don't need you to send it back" refuses nothing.
      if (!a.negatedAround(v, 2)) continue;
      out.push({ hit: v, alternative: alternativeTo(v) });
    }
  }
  return out;
}

/** A sentence of feeling only: empathy or apology, and no act, promise, refusal or question. */
function courtesyOnly(a: Analysis, sentence: number): boolean {
  const s = a.doc.sentences[sentence];
  if (!s || s.question) return false;
  const has = (sig: string) => a.inSentence(sig, sentence).length > 0;
  const feeling = [...a.inSentence('empathy', sentence), ...a.inSentence('apology', sentence)];
  // "I can imagine…" reads as a first-person act too; it is the feeling.
  const acts = a.inSentence('first_person_action', sentence).filter((x) => !feeling.some((f) => overlaps(f, x)));
  return feeling.length > 0 && !acts.length && !['future', 'refusal', 'alternative', 'blame', 'policy_shield'].some(has);
}

function findApologies(a: Analysis, refusals: Refusal[]): { apologies: ApologyFact[]; declinedApologies: Hit[] } {
  const apologies: ApologyFact[] = [];
  const declined: Hit[] = [];
  const flat = refusals.filter((r) => !r.alternative).map((r) => r.hit);
  const contrasts = a.hits('clause_break');
  // "Je suis désolé, mais les frais ne sont pas remboursables", "îmi pare rău,
  // dar nu pot rambursa": a sorry that leads straight into a no softens it,
  // whatever alternative follows (rubric-guide §1).
  const leadsIntoNo = (h: Hit) =>
    refusals.some(
      (r) =>
        r.hit.sentence === h.sentence &&
        r.hit.start > h.end &&
        contrasts.some((c) => c.start >= h.end && c.start <= r.hit.start && a.wordsBetween(h.end, c.start) === 0),
    );
  // "Eine Entschuldigung ist hier nicht angebracht": refused after the noun.
  const refused = [...a.hits('apology_refused'), ...a.hits('apology_withheld')];
  // "Nu aveți de ce să vă cereți scuze": the customer's apology waved away,
  // its noun far from the "nu", is no apology of ours.
  const waved = a.hits('apology_declined');
  const blamed = blames(a);
  for (const h of dedupe(a.hits('apology'))) {
    // "Ich entschuldige mich nicht": the cue right after the verb.
    if (a.negated(h) || a.negatedAfter(h, 1) || refused.some((r) => overlaps(r, h)) || waved.some((w) => w.start <= h.start && h.end <= w.end)) {
      declined.push(h);
      continue;
    }
    // "Scusa la domanda", "sorry to bother you", "entschuldigen Sie die
    // Rückfrage": a sorry for asking or for the bother is a courtesy, and
    // says nothing went wrong (it may start inside the apology's own words).
    if (a.followedBy('apology_courtesy', h.start + 1, a.wordsBetween(h.start, h.end) + 1)) {
      apologies.push({ hit: h, kind: 'courtesy' });
      continue;
    }
    // The softener may start inside the apology's own words ("desculpe o
    // incômodo, mas…", "perdone que le moleste") or right after them.
    if (a.followedBy('apology_softener', h.start + 1, a.wordsBetween(h.start, h.end) + 1) || leadsIntoNo(h)) {
      apologies.push({ hit: h, kind: 'softener' });
      continue;
    }
    // "Sorry if you feel…", and the same turned round: "If you felt let down, I'm sorry."
    const opensWithIf = a.inSentence('apology_conditional', h.sentence).some(
      (c) => c.sentence === h.sentence && c.end <= h.start && a.wordsBetween(a.doc.sentences[h.sentence].start, c.start) === 0,
    );
    // "Mi scusi se le rispondo solo oggi", "sorry if I kept you waiting": an
    // "if" that states the agent's own lateness asserts it; the apology is real.
    const ownLateness = a.followedBy('apology_conditional_own', h.end, 2);
    if ((a.followedBy('apology_conditional', h.end, 2) && !ownLateness) || opensWithIf) {
      apologies.push({ hit: h, kind: 'conditional' });
      continue;
    }
    if (a.followedBy('apology_feeling', h.end, 3)) {
      apologies.push({ hit: h, kind: 'feeling' });
      continue;
    }
    const sarcasm = a.inSentence('sarcasm', h.sentence).find((s) => s.start >= h.end);
    if (sarcasm) {
      apologies.push({ hit: h, kind: 'sarcastic', by: sarcasm });
      continue;
    }
    // Undercut at once: blame, a brush-off or a flat refusal later in the same
    // sentence or in the next one.
    // "The next sentence" is the next one that says something: a line of
    // empathy between the sorry and the no ("We are sorry to hear about the
    // heater. I can imagine how cold those nights were. Unfortunately we are
    // unable to offer a refund.") does not hold the no off.
    const next = courtesyOnly(a, h.sentence + 1) ? h.sentence + 2 : h.sentence + 1;
    const near = (x: Hit) => (x.sentence === h.sentence && x.start >= h.end) || (x.sentence > h.sentence && x.sentence <= next);
    const around = (sig: string) => [...a.inSentence(sig, h.sentence), ...a.inSentence(sig, h.sentence + 1), ...(next > h.sentence + 1 ? a.inSentence(sig, next) : [])];
    // Policy, terms or a contract given as the ground after a "but" ("Le
    // pedimos disculpas. No obstante, nuestro protocolo establece…", "Peço
    // desculpa. Mas, como está no contrato…") take the apology back, as
    // "capisco, ma le regole sono regole" does; without the turn ("Sorry.
    // Under your policy you're entitled to…") they may be on the customer's side.
    const shielded = around('policy_shield').filter((x) => contrasts.some((c) => c.start >= h.end && c.end <= x.start && (c.sentence === x.sentence || c.sentence === h.sentence)));
    // "As I said on the phone", "calm down": a brush-off fails empathy but
    // blames no one and refuses nothing, so it takes no apology back (the
    // dev set passes "sorry" beside "please calm down"); "rules are rules" does.
    const mild = [...a.inSentence('brush_off', h.sentence), ...a.inSentence('brush_off', h.sentence + 1), ...a.inSentence('brush_off', next)];
    const brushOffs = around('dismissive').filter((x) => !mild.some((r) => overlaps(r, x)));
    const by = [...blamed.filter((x) => x.sentence >= h.sentence && x.sentence <= next), ...brushOffs, ...shielded, ...flat.filter((r) => r.sentence >= h.sentence && r.sentence <= next)]
      .filter(near)
      .sort((x, y) => x.start - y.start)[0];
    apologies.push(by ? { hit: h, kind: 'undercut', by } : { hit: h, kind: 'genuine' });
  }
  return { apologies, declinedApologies: declined };
}

/**
 * "Ich empfehle Ihnen, morgen in die Filiale zu gehen", "I'd suggest, if you
 * can, calling them tomorrow": a cue that ends its clause governs the clause
 * after it, where its complement stands after the comma.
 */
function governedByCue(a: Analysis, h: Hit): boolean {
  const prev = a.doc.clauses[h.clause - 1];
  if (!prev || prev.sentence !== h.sentence) return false;
  return a.inClause('not_promise', prev.index).some((c) => a.wordsBetween(c.end, prev.end) === 0);
}

function findPromises(a: Analysis, offers: Promise[] = []): Promise[] {
  const out: Promise[] = [];
  // "de 3 a 5 días" reads like opening hours ("de 9 a 18") to the cue; inside a duration it is none.
  const inDuration = (x: Hit) => a.inSentence('duration', x.sentence).some((d) => d.start <= x.start && x.end <= d.end);
  // "Saturday 13 May": the month is no "may" of a hedge.
  const inDate = (x: Hit) =>
    ['deadline', 'time_frame'].some((sig) => a.inSentence(sig, x.sentence).some((d) => d.start <= x.start && x.end <= d.end));
  const blocked = (h: Hit) =>
    a.inClause('not_promise', h.clause).some((x) => !inDuration(x) && !inDate(x)) ||
    governedByCue(a, h) ||
    a.inClause('hedge', h.clause).length > 0 ||
    a.inClause('offer', h.clause).some((o) => o.end >= h.start - 40) ||
    // "I can look into your account", "we'll be here if the issues return": offers.
    a.inClause('can_offer', h.clause).some((o) => o.start <= h.start && a.wordsBetween(o.end, h.start) <= 1) ||
    a.inClause('anything_else', h.clause).some((o) => overlaps(o, h));
  // A negated promise ("wir werden das Paket nicht mehr zustellen", "je ne
  // vous rembourserai pas") promises nothing; findRefusals reads it as a no.
  const negatedFuture = (h: Hit) => a.negatedAround(h, 3);
  for (const s of a.doc.sentences) {
    if (s.question) continue;
    const inS = (sig: string) => a.inSentence(sig, s.index);
    // "Reparé", "declarei": a preterite of a verb in -rar that looks like a
    // future ("repararé", "declararei") by its ending; the pack lists them.
    const past = inS('past_form');
    // A capitalised word inside the sentence that only looks like a future
    // by its ending ("el de Madrás", "Carrà") is a name.
    const named = (h: Hit) => h.start > s.start && a.wordsBetween(s.start, h.start) > 0 && /\p{Lu}/u.test(a.text[h.start]) && !/\s/.test(a.text.slice(h.start, h.end));
    const future = inS('future').filter((h) => !blocked(h) && !negatedFuture(h) && !past.some((p) => overlaps(p, h)) && !named(h));
    // In a sentence that refuses, dates describe the rule ("returns only
    // within 14 days"), unless they come with the alternative offered.
    const refusal = inS('refusal');
    const altStart = Math.min(...inS('alternative').map((h) => h.start), Infinity);
    // "wurde am 5. Juni angewiesen", "quedó resuelta el 5 de junio": a day
    // before the reply was sent tells when something happened.
    const timeFrames = inS('time_frame').filter((t) => !a.pastDate(t));
    const deadline = inS('deadline').filter((h) => !blocked(h) && (!refusal.length || h.start > altStart) && !a.pastDate(h));
    // "As soon as they reply", "appena ricevo", "sobald wir … haben": a time
    // tied to an event names no time. Beside a real time frame ("as soon as
    // they reply, by noon tomorrow at the latest") the promise is concrete;
    // alone it is as vague as "soon". "As soon as possible" stays vague, and
    // the "soon" inside "as soon as" is not a vague time of its own.
    const within = (x: Hit, y: Hit) => y.start <= x.start && x.end <= y.end;
    const conditional = inS('conditional_time').filter((h) => !blocked(h) && !inS('vague_time').some((v) => within(h, v)));
    const vagueTime = inS('vague_time').filter((h) => !blocked(h) && !conditional.some((c) => within(h, c)));
    // "While we look into this", "pendant que nous étudions…": a clause about
    // work going on, not a promise ("mientras tanto", "in the meantime" is an
    // alternative, not such a clause).
    const ongoing = inS('ongoing').filter((o) => !inS('alternative').some((x) => overlaps(x, o)));
    const during = (h: Hit) => ongoing.some((o) => o.clause === h.clause && o.end <= h.start && a.wordsBetween(o.end, h.start) <= 2);
    // "Sorry for taking so long to get back to you": the delay admitted, no promise.
    const late = inS('admitted_failure');
    const admitted = (h: Hit) => late.some((l) => l.clause === h.clause && l.start < h.start);
    const vaguePromise = inS('vague_promise').filter((h) => !blocked(h) && !during(h) && !admitted(h));
    // A duration counts as a promise only when the agent acts in the sentence
    // ("vă sun în 10 minute"), not in "we deliver in 5-7 days".
    const duration = inS('duration').filter((h) => !blocked(h));
    // "Si vous me les déposez avant samedi, je peux vous les rendre le 8",
    // "dacă doriți, pot trimite mașina luni": what the agent can do once the
    // customer chooses is an offer, and its dates promise nothing.
    const offeredIf = inS('conditional_offer').length ? inS('can_offer') : [];
    const acting = [...inS('first_person_action'), ...inS('first_person_ambiguous')].some((h) => isAct(a, h) && !offeredIf.some((o) => overlaps(o, h)));
    if (offeredIf.length && !acting && !future.length) continue;
    // "Ich verstehe, dass Sie morgen in die Berge fahren wollen", "qué agobio
    // con el concierto mañana": a time in a sentence of apology or empathy
    // with no act and no future of ours is the customer's situation.
    // A step stated beside the apology, in a clause of its own, still
    // promises ("Toutes nos excuses, nous regardons cela rapidement"); one
    // inside it is what the apology is for ("sorry the deposit still hasn't
    // come back to you").
    const feelings = [...inS('empathy'), ...inS('apology')];
    const besideFeeling = [...vaguePromise, ...inS('holding')].some((h) => !feelings.some((f) => f.clause === h.clause));
    if (!acting && !future.length && !besideFeeling && feelings.length) continue;
    // "Vă rog să-mi spuneți diseară dacă…", "please let me know by Friday": a
    // time in what the customer is asked to do, with no act of ours, is theirs.
    if (!acting && !future.length && inS('info_request').length) continue;
    // A date or an hour alone is information (opening hours, a due date, when
    // something happened); it dates a promise only beside a future or an act.
    const dated = future.length > 0 || acting || ['first_person_plural', 'arranged', 'future_time'].some((x) => inS(x).length > 0);
    // "Dr. Scholz ruft Sie am Donnerstag an", "um cartão novo chega em até 7
    // dias úteis": a present tense of an outcome the customer will get, with
    // a time, promises it (`outcome_verb`: arrive, call back, receive…).
    const timed = deadline.length > 0 || duration.length > 0 || inS('future_time').length > 0 || timeFrames.length > 0;
    // So is the parcel that "arrives Thursday" right after the agent sent it
    // ("Le ho rispedito oggi una bottiglia: arriva giovedì").
    const outcome = timed ? [...inS('outcome_verb'), ...(acting ? inS('arrival') : [])].filter((h) => !blocked(h) && !a.negatedAround(h, 3) && !offeredIf.some((o) => o.clause === h.clause && o.start <= h.start)) : [];
    // "Te le porto giovedì", "vă sun vineri", "voy el viernes a las 10": a
    // first-person present with a day or an hour in its clause is the near
    // future of the Romance languages and German, and promises as a future
    // does. Without one ("ti mando il link", "je vérifie") it is an act, and
    // so it is with "now" (`immediate`: "vă răspund abia acum", "verifico
    // subito"), which tells what is being done rather than a step to come.
    const now = inS('immediate');
    const clauseTimes = timeFrames.filter((t) => !now.some((x) => overlaps(x, t)));
    // The time may follow in a clause of its own, set off by an aside: "revin
    // eu, gratuit, marți, 24 noiembrie", "je passe, sans frais, jeudi".
    // Or it comes just before, its date set off by commas: "iar marți, 23
    // mai, vă aduc eu", "auf Dienstag, 23. Mai, vormittags verschoben".
    const timedAfter = (h: Hit) =>
      clauseTimes.some(
        (t) => t.clause === h.clause || (t.start >= h.end && a.wordsBetween(h.end, t.start) <= 3) || (t.end <= h.start && a.wordsBetween(t.end, h.start) <= 3),
      );
    const present = clauseTimes.length
      ? inS('present_act').filter(
          (h) => timedAfter(h) && isAct(a, h) && !blocked(h) && !past.some((p) => overlaps(p, h)) && !offeredIf.some((o) => overlaps(o, h)),
        )
      : [];
    // A booking, hold or slot the agent made for a stated time ("I've put one
    // aside for you until Friday 27 November", "Für den 9. Jänner habe ich Ihr
    // Gepäck eingetragen") is a promise already arranged, as the dev set reads
    // "I've moved your session to Thursday".
    const booked = acting && clauseTimes.length
      ? inS('booking_act').filter((h) => timedAfter(h) && !blocked(h) && !a.negatedAround(h, 3))
      : [];
    // Said in the passive, with its time ("Votre lift a été déplacé au lundi
    // 22 mai à 8 h", "a crew has been booked for tomorrow 8-10 am"), the
    // arrangement is made all the same.
    const arrangedFor = clauseTimes.length ? inS('arranged').filter((h) => timedAfter(h) && !blocked(h) && !a.negatedAround(h, 3)) : [];
    const markers = [...future, ...present, ...booked, ...arrangedFor, ...outcome, ...(dated || outcome.length ? deadline : []), ...vaguePromise, ...vagueTime, ...(acting || outcome.length ? duration : []), ...(dated ? conditional : [])];
    if (!markers.length) continue;
    const times = dedupe([...timeFrames.filter((t) => !conditional.some((c) => within(t, c))), ...deadline, ...duration]);
    // A promise that waits on the customer and names no time ("DM me and I'll
    // check") is an offer, not a promise.
    // So is one tied to the customer's own answer ("as soon as I have the
    // number, I'll send…"); a promise of news ("I'll write as soon as we know")
    // waits on no one but us.
    const onCustomer = !vaguePromise.length && conditional.some((c) => inS('awaits_customer').some((w) => overlaps(w, c)));
    if (!times.length && !vagueTime.length && (inS('conditional_offer').length || onCustomer || waitsOnAnswer(a, s))) continue;
    if (offeredForChoice(a, s)) {
      // Still what the agent can do instead, should the reply say no.
      offers.push({ sentence: s.index, markers, times, vague: [] });
      continue;
    }
    // "I'll reply as soon as possible, and by 5 pm on Thursday at the
    // latest": a dated limit after the vague time pins it to a real one.
    const near = (l: Hit, d: Hit) => (d.end <= l.start ? a.wordsBetween(d.end, l.start) : a.wordsBetween(l.end, d.start)) <= 3;
    const limit = inS('time_limit').filter((l) => !blocked(l) && deadline.some((d) => near(l, d)));
    const pinned = (v: Hit) => limit.some((l) => l.start > v.end);
    const vague = [
      ...vagueTime.filter((v) => !pinned(v)),
      ...(times.length ? [] : conditional),
      ...vaguePromise.filter((vp) => !times.some((t) => t.clause === vp.clause || (t.sentence === vp.sentence && t.start >= vp.end && a.wordsBetween(vp.end, t.start) <= 6))),
    ];
    out.push({ sentence: s.index, markers, times, vague });
  }
  return out;
}

/**
 * "I've got Thursday morning or Friday after 1 pm free. Which would suit you
 * better?", "Puedo pasarme mañana, o el jueves si te viene mejor. ¿Quieres
 * que vaya mañana?": times offered as options and put to the customer in the
 * question that follows are an offer that waits on their choice (rubric-guide
 * §4), dates and all. (Any "I can…" before a question read the same way moved
 * eleven labelled verdicts the wrong way: a single dated step stays a promise.)
 */
function offeredForChoice(a: Analysis, s: { index: number }): boolean {
  const next = a.doc.sentences[s.index + 1];
  if (!next || !next.question || a.inSentence('info_request', next.index).length) return false;
  const inS = (sig: string) => a.inSentence(sig, s.index);
  // Options: two times with an "or" between them.
  const times = [...inS('time_frame'), ...inS('deadline')].sort((x, y) => x.start - y.start);
  return times.length >= 2 && inS('disjunction').some((d) => d.start > times[0].end && d.end <= times[times.length - 1].start);
}

function findActions(a: Analysis): { actions: Hit[]; pluralOnly: Hit[] } {
  // "As I explained", "cum v-am spus": a brush-off, not a step taken for the customer.
  const brushOffs = a.hits('dismissive');
  const ok = (h: Hit) => isAct(a, h) && !brushOffs.some((d) => overlaps(d, h));
  const singular = dedupe(a.hits('first_person_action')).filter(ok);
  const plural = a.hits('first_person_plural');
  // "I wasn't able to reach the courier yet", "non sono riuscito a…": the
  // agent tried, personally; read like an ambiguous act (not when "we" tried).
  const attempts = dedupe(a.hits('failed_attempt')).filter((h) => !inQuestion(a, h) && !plural.some((p) => overlaps(p, h)));
  const ambiguous = dedupe([...a.hits('first_person_ambiguous').filter(ok), ...attempts]);
  const pluralVoice = plural.length > 0 && singular.length === 0 && !a.has('singular_marker');
  // "am verificat" (Romanian) is "I" or "we": read it as "I" unless "noi" or a
  // plural reflexive marks it, or the whole reply speaks as "we".
  const amb = ambiguous.filter((h) => !pluralVoice && !a.inClause('plural_marker', h.clause).length);
  const actions = dedupe([...singular, ...amb]).filter((h) => !singular.some((s) => s !== h && overlaps(s, h)) || singular.includes(h));
  return { actions, pluralOnly: actions.length ? [] : plural };
}
