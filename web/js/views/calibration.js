import { api } from '../api.js';
import { criterionName, fmtPct, h, mount, verdictBadge } from '../dom.js';

// Calibration: per criterion, how often the machine agrees with the reviewers
// (and the reviewers with each other), Cohen's kappa and the confusion matrix.

const VERDICTS = ['pass', 'fail', 'na'];

/** Landis & Koch's words for a kappa. */
export function kappaWords(k) {
  if (k === null || k === undefined) return 'not defined';
  if (k < 0) return 'worse than chance';
  if (k <= 0.2) return 'slight';
  if (k <= 0.4) return 'fair';
  if (k <= 0.6) return 'moderate';
  if (k <= 0.8) return 'substantial';
  return 'almost perfect';
}

const fmtKappa = (k) => (k === null || k === undefined ? '–' : k.toFixed(2));

function matrix(m, rowsLabel, colsLabel, caption) {
  return h(
    'table',
    { class: 'matrix' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, `${rowsLabel} ↓ / ${colsLabel} →`), VERDICTS.map((v) => h('th', { scope: 'col' }, v === 'na' ? 'n/a' : v)))),
    h(
      'tbody',
      {},
      VERDICTS.map((v, i) => h('tr', {}, h('th', { scope: 'row' }, v === 'na' ? 'n/a' : v), m[i].map((x, j) => h('td', { class: i === j ? 'num diag' : 'num' }, x)))),
    ),
  );
}

export async function calibrationView(main) {
  const c = await api.calibration({ limit: 10 });
  const criteria = Object.entries(c.criteria);
  mount(
    main,
    h('h1', {}, 'Calibration'),
    h('p', { class: 'lede' }, `${c.reviewedReplies} reviewed replies, ${c.reviews} reviews. Kappa corrects agreement for chance: above 0.6 is substantial, above 0.8 almost perfect.`),
    criteria.length
      ? h(
          'table',
          { class: 'data', id: 'calibration-table' },
          h('caption', { class: 'sr-only' }, 'Agreement per criterion'),
          h('thead', {}, h('tr', {}, ['Criterion', 'Reviews', 'Machine agrees', 'Kappa', 'Reading', 'Reviewer pairs', 'Reviewers agree', 'Kappa'].map((t, i) => h('th', { scope: 'col', class: i && i !== 4 ? 'num' : null }, t)))),
          h(
            'tbody',
            {},
            criteria.map(([id, x]) =>
              h(
                'tr',
                { dataset: { criterion: id } },
                h('th', { scope: 'row' }, criterionName(id)),
                h('td', { class: 'num' }, x.machineVsHuman.n),
                h('td', { class: 'num agreement' }, fmtPct(x.machineVsHuman.agreement)),
                h('td', { class: 'num kappa' }, fmtKappa(x.machineVsHuman.kappa)),
                h('td', {}, kappaWords(x.machineVsHuman.kappa)),
                h('td', { class: 'num' }, x.humanVsHuman.n),
                h('td', { class: 'num' }, fmtPct(x.humanVsHuman.agreement)),
                h('td', { class: 'num' }, fmtKappa(x.humanVsHuman.kappa)),
              ),
            ),
          ),
        )
      : h('p', {}, 'No reviews in this period yet: review a few replies in the review queue.'),
    criteria.length ? h('h2', {}, 'Confusion matrices') : null,
    h('div', { class: 'matrices' }, criteria.map(([id, x]) => matrix(x.machineVsHuman.matrix, 'machine', 'human', `${criterionName(id)}: machine vs reviewers`))),
    c.disputed.length ? h('h2', {}, 'Most disputed replies') : null,
    c.disputed.length
      ? h(
          'ol',
          { class: 'replies' },
          c.disputed.map((d) =>
            h(
              'li',
              {},
              h('a', { href: `#/replies/${encodeURIComponent(d.id)}` }, d.id),
              ` · ${d.agent} · ${d.disagreements} disagreement${d.disagreements === 1 ? '' : 's'}: `,
              Object.entries(d.criteria).map(([cid, v]) => h('span', { class: 'dispute' }, criterionName(cid), ' machine ', verdictBadge(v.machine), Object.entries(v.reviewers).map(([r, rv]) => [` ${r} `, verdictBadge(rv)]))),
            ),
          ),
        )
      : null,
  );
}
