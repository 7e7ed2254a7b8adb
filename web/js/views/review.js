import { api } from '../api.js';
import { criterionName, fmtScore, h, mount } from '../dom.js';
import { replyPanel } from './reply.js';

// The review queue: take a sample, then review its replies one after another.
// Keys (outside text fields): 1 / 2 / 3 set pass / fail / n/a on the focused
// criterion and move to the next; j / k next / previous reply; Enter submits.

const REVIEWER = 'email-qa.reviewer';
/** Reviewers who see the machine's verdicts tend to agree with them: calibration is fairer blind. */
const BLIND = 'email-qa.blind';
const VERDICTS = ['pass', 'fail', 'na'];
const state = { sample: null, index: 0, done: new Set(), focus: 0, query: {}, assignment: null };

/** The form's values without the empty ones. */
const clean = (q) => Object.fromEntries(Object.entries(q).filter(([, v]) => v !== ''));

const field = (label, input, hint) => h('div', { class: 'field' }, h('label', { for: input.id }, label), input, hint ? h('small', { id: `${input.id}-hint` }, hint) : null);

export async function reviewView(main, ctx) {
  const { announce } = ctx;
  const q = state.query;
  const form = h(
    'form',
    { class: 'sample-form', id: 'sample-form' },
    h('h2', {}, 'Take a sample'),
    h(
      'div',
      { class: 'fields' },
      field('Reviewer', h('input', { id: 'reviewer', name: 'reviewer', required: true, autocomplete: 'username', value: sessionStorage.getItem(REVIEWER) ?? '', 'aria-describedby': 'reviewer-hint' }), 'your id, e.g. maria'),
      field(
        'Strategy',
        h(
          'select',
          { id: 'strategy', name: 'strategy' },
          [
            ['random', 'Random'],
            ['stratified', 'n per agent'],
            ['lowest', 'Lowest scores'],
            ['spotlight', 'Spotlight'],
          ].map(([v, t]) => h('option', { value: v, selected: (q.strategy ?? 'random') === v }, t)),
        ),
      ),
      field('Replies', h('input', { id: 'n', name: 'n', type: 'number', min: 1, max: 500, value: q.n ?? 10 })),
      field('Seed', h('input', { id: 'seed', name: 'seed', value: q.seed ?? '', 'aria-describedby': 'seed-hint' }), 'same seed, same sample'),
      field('Agent', h('input', { id: 'agent', name: 'agent', value: q.agent ?? '' })),
      field('Team', h('input', { id: 'team', name: 'team', value: q.team ?? '' })),
      field('Criterion', h('input', { id: 'criterion', name: 'criterion', value: q.criterion ?? '', placeholder: 'empathy:fail', 'aria-describedby': 'criterion-hint' }), 'criterion:verdict'),
    ),
    h(
      'div',
      { class: 'field checkbox' },
      h('label', {}, h('input', { type: 'checkbox', id: 'blind', checked: sessionStorage.getItem(BLIND) === '1', onchange: (ev) => sessionStorage.setItem(BLIND, ev.target.checked ? '1' : '0') }), ' Blind review: hide the machine\'s score, evidence and verdicts'),
    ),
    h('button', { type: 'submit', class: 'primary' }, 'Take sample'),
  );
  const panel = h('section', { id: 'review-panel', 'aria-label': 'Reply under review' });
  const saved = h('section', { id: 'assignments', 'aria-label': 'Assignments' });
  const showAssignments = async () => {
    const reviewer = sessionStorage.getItem(REVIEWER);
    if (!reviewer) return void mount(saved);
    const { assignments } = await api.assignments(reviewer);
    mount(
      saved,
      assignments.length ? h('h2', {}, `Assignments of ${reviewer}`) : null,
      assignments.length
        ? h(
            'ul',
            { class: 'assignments' },
            assignments.map((a) =>
              h(
                'li',
                {},
                h('button', { type: 'button', class: 'link', onclick: () => openAssignment(a.id) }, a.name),
                ` · ${a.progress.reviewed} of ${a.progress.total} reviewed`,
                h('progress', { max: a.progress.total, value: a.progress.reviewed, 'aria-label': `${a.name}: progress` }),
              ),
            ),
          )
        : null,
    );
  };
  const openAssignment = async (id) => {
    const a = await api.assignment(id);
    state.assignment = a;
    state.sample = { items: a.items.map((i) => ({ id: i.id })), seed: a.sample?.seed };
    state.done = new Set(a.items.filter((i) => i.reviewed).map((i) => i.id));
    state.index = Math.max(0, a.items.findIndex((i) => !i.reviewed));
    announce(`Assignment "${a.name}": ${a.progress.remaining} of ${a.progress.total} to review.`);
    await showItem(panel, announce);
  };
  const saveForm = h(
    'form',
    { id: 'assign-form', class: 'assign-form', hidden: true },
    h('div', { class: 'field' }, h('label', { for: 'assign-name' }, 'Save this sample as an assignment named'), h('input', { id: 'assign-name', name: 'name', required: true, maxlength: 200 })),
    h('button', { type: 'submit' }, 'Save assignment'),
  );
  saveForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      const a = await api.assign({ name: saveForm.querySelector('input').value.trim(), reviewer: sessionStorage.getItem(REVIEWER), sample: { ...clean(state.query), from: state.sample.from, to: state.sample.to, seed: state.sample.seed } });
      state.assignment = a;
      announce(`Saved the assignment "${a.name}" (${a.progress.total} replies).`);
      saveForm.hidden = true;
      await showAssignments();
    } catch (err) {
      announce(`The assignment was not saved: ${err.message}`, true);
    }
  });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    sessionStorage.setItem(REVIEWER, data.reviewer.trim());
    const { reviewer: _, blind: __, ...query } = data;
    state.query = query;
    try {
      state.sample = await api.sample(clean(query));
      state.index = 0;
      state.done = new Set();
      state.assignment = null;
      saveForm.hidden = !state.sample.items.length;
      announce(`Sample of ${state.sample.items.length} replies (seed ${state.sample.seed}).`);
      await showItem(panel, announce);
    } catch (err) {
      announce(`Could not take the sample: ${err.message}`, true);
    }
  });
  mount(
    main,
    h('h1', {}, 'Review queue'),
    form,
    saveForm,
    saved,
    h(
      'details',
      { class: 'keys' },
      h('summary', {}, 'Keyboard shortcuts'),
      h('ul', {}, h('li', {}, h('kbd', {}, '1'), ' ', h('kbd', {}, '2'), ' ', h('kbd', {}, '3'), ': pass, fail, n/a for the focused criterion'), h('li', {}, h('kbd', {}, 'j'), ' / ', h('kbd', {}, 'k'), ': next / previous reply'), h('li', {}, h('kbd', {}, 'Enter'), ': submit the review')),
    ),
    panel,
  );
  if (state.sample) await showItem(panel, announce);
  await showAssignments().catch(() => {});
  const onKey = (ev) => keys(ev, panel, announce);
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}

async function showItem(panel, announce) {
  const items = state.sample?.items ?? [];
  if (!items.length) return void mount(panel, h('p', {}, 'No replies match this sample. Try another strategy or fewer filters.'));
  const item = items[state.index];
  const [result, reviews] = await Promise.all([api.result(item.id), api.reviews(item.id).catch(() => null)]);
  const reviewer = sessionStorage.getItem(REVIEWER);
  const mine = reviews?.reviews?.find((r) => r.reviewer === reviewer);
  const criteria = Object.keys(result.criteria);
  const blind = sessionStorage.getItem(BLIND) === '1';
  state.focus = 0;
  const groups = criteria.map((id, i) =>
    h(
      'fieldset',
      { class: 'verdict-group', dataset: { criterion: id, index: i } },
      h('legend', {}, criterionName(id), blind ? null : h('span', { class: 'muted' }, ` (machine: ${result.criteria[id].verdict})`)),
      VERDICTS.map((v, k) =>
        h('label', { class: `choice c-${v}` }, h('input', { type: 'radio', name: `v-${id}`, value: v, checked: mine?.verdicts?.[id] === v }), ` ${k + 1} ${v === 'na' ? 'n/a' : v}`),
      ),
    ),
  );
  const comment = h('textarea', { id: 'comment', name: 'comment', rows: 2, maxlength: 5000 }, mine?.comment ?? '');
  const reviewForm = h(
    'form',
    { id: 'review-form', class: 'review-form' },
    h('h2', {}, 'Your verdicts'),
    groups,
    h('div', { class: 'field' }, h('label', { for: 'comment' }, 'Comment'), comment),
    h(
      'div',
      { class: 'buttons' },
      h('button', { type: 'button', onclick: () => move(-1, panel, announce), disabled: state.index === 0 }, 'Previous (k)'),
      h('button', { type: 'submit', class: 'primary' }, 'Submit (Enter)'),
      h('button', { type: 'button', onclick: () => move(1, panel, announce), disabled: state.index >= items.length - 1 }, 'Next (j)'),
    ),
  );
  reviewForm.addEventListener('submit', (ev) => {
    ev.preventDefault();
    submit(reviewForm, item.id, panel, announce);
  });
  reviewForm.addEventListener('focusin', (ev) => {
    const fs = ev.target.closest('fieldset');
    if (fs) setFocus(reviewForm, Number(fs.dataset.index), false);
  });
  mount(
    panel,
    h('p', { class: 'progress', id: 'queue-progress' }, state.assignment ? `${state.assignment.name}: ` : '', `Reply ${state.index + 1} of ${items.length} · ${state.done.size} reviewed`, item.reasons?.length && !blind ? ` · ${item.reasons.map((r) => r.kind.replace('_', ' ')).join(', ')}` : ''),
    h('h2', { class: 'subject' }, blind ? (result.subject ?? item.id) : h('a', { href: `#/replies/${encodeURIComponent(item.id)}` }, result.subject ?? item.id), ' ', blind ? null : h('span', { class: 'score-pill' }, fmtScore(result.score))),
    h('div', { class: 'review-layout' }, h('div', { class: 'review-reply' }, replyPanel(result, reviews, { blind })), reviewForm),
  );
  setFocus(reviewForm, 0, true);
}

function setFocus(form, i, moveFocus) {
  const groups = [...form.querySelectorAll('fieldset.verdict-group')];
  if (!groups.length) return;
  state.focus = Math.max(0, Math.min(groups.length - 1, i));
  groups.forEach((g, k) => g.classList.toggle('focused', k === state.focus));
  if (moveFocus) (groups[state.focus].querySelector('input:checked') ?? groups[state.focus].querySelector('input')).focus();
}

async function move(step, panel, announce) {
  const n = state.sample?.items.length ?? 0;
  const next = state.index + step;
  if (next < 0 || next >= n) return announce(step > 0 ? 'This is the last reply of the sample.' : 'This is the first reply.');
  state.index = next;
  await showItem(panel, announce);
}

async function submit(form, id, panel, announce) {
  const reviewer = sessionStorage.getItem(REVIEWER);
  const verdicts = {};
  for (const input of form.querySelectorAll('input[type=radio]:checked')) verdicts[input.name.slice(2)] = input.value;
  if (!Object.keys(verdicts).length) return announce('Choose a verdict for at least one criterion (1, 2 or 3).', true);
  try {
    await api.review(id, { reviewer, verdicts, comment: form.querySelector('#comment').value || null });
    state.done.add(id);
    const last = state.index >= state.sample.items.length - 1;
    announce(`Review saved (${state.done.size} of ${state.sample.items.length}).${last ? ' That was the last reply of the sample.' : ''}`);
    if (!last) await move(1, panel, announce);
    else await showItem(panel, announce);
  } catch (err) {
    announce(`The review was not saved: ${err.message}`, true);
  }
}

function keys(ev, panel, announce) {
  const form = panel.querySelector('#review-form');
  if (!form || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const t = ev.target;
  const typing = t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement || (t instanceof HTMLInputElement && t.type !== 'radio');
  if (typing) return;
  if (ev.key === '1' || ev.key === '2' || ev.key === '3') {
    const group = form.querySelectorAll('fieldset.verdict-group')[state.focus];
    const input = group?.querySelectorAll('input')[Number(ev.key) - 1];
    if (!input) return;
    ev.preventDefault();
    input.checked = true;
    setFocus(form, state.focus + 1, true);
  } else if (ev.key === 'j' || ev.key === 'k') {
    ev.preventDefault();
    move(ev.key === 'j' ? 1 : -1, panel, announce);
  } else if (ev.key === 'Enter' && (t === document.body || form.contains(t)) && !(t instanceof HTMLButtonElement || t instanceof HTMLAnchorElement)) {
    // (Enter on a button or link keeps its own meaning: Previous stays Previous.)
    ev.preventDefault();
    form.requestSubmit();
  }
}
