import { api } from '../api.js';
import { criterionName, fmtDate, fmtScore, h, mount, verdictBadge } from '../dom.js';

// One reply: the judged text with each criterion's evidence marked in place
// (offsets into reply.text), the verdicts beside the reviewers', the feedback,
// and the customer's quoted text folded away.

/**
 * The reply text cut at every evidence boundary; a piece covered by evidence
 * becomes a <mark> naming its criteria and signals. Text nodes only.
 */
export function highlighted(text, criteria) {
  const spans = [];
  for (const [id, c] of Object.entries(criteria)) {
    for (const e of c.evidence ?? []) {
      const start = Math.max(0, Math.min(text.length, e.start));
      const end = Math.max(start, Math.min(text.length, e.end));
      if (end > start) spans.push({ start, end, id, signal: e.signal });
    }
  }
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const piece = text.slice(a, b);
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    if (!covering.length) out.push(piece);
    else {
      const ids = [...new Set(covering.map((s) => s.id))];
      const label = covering.map((s) => `${criterionName(s.id)}: ${s.signal}`).join('; ');
      out.push(h('mark', { class: `ev ev-${ids[0]}${ids.length > 1 ? ' ev-multi' : ''}`, 'data-criteria': ids.join(' '), title: label }, piece));
    }
  }
  return h('div', { class: 'reply-text', id: 'reply-text' }, out);
}

export function legend(criteria) {
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Evidence colours' },
    Object.keys(criteria).map((id) => h('li', {}, h('span', { class: `swatch ev-${id}`, 'aria-hidden': 'true' }), criterionName(id))),
  );
}

export function verdictTable(result, reviews) {
  return h(
    'table',
    { class: 'data', id: 'verdicts' },
    h('thead', {}, h('tr', {}, ['Criterion', 'Machine', 'Human', 'Evidence', 'Feedback'].map((t) => h('th', { scope: 'col' }, t)))),
    h(
      'tbody',
      {},
      Object.entries(result.criteria).map(([id, c]) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, criterionName(id)),
          h('td', {}, verdictBadge(c.verdict)),
          h('td', {}, reviews?.human?.[id] ? verdictBadge(reviews.human[id]) : '–'),
          h('td', {}, c.evidence.length ? c.evidence.map((e) => h('q', { class: `ev-quote ev-${id}` }, e.text)) : '–'),
          h('td', {}, c.feedback),
        ),
      ),
    ),
  );
}

/** With `blind`, nothing of the machine's judgement: no score, marks, verdicts or feedback (a review that cannot lean on it). */
export function replyPanel(result, reviews, { blind = false } = {}) {
  if (blind) {
    return [
      h('h2', {}, 'The reply'),
      highlighted(result.reply.text, {}),
      result.reply.quoted ? h('details', { class: 'quoted' }, h('summary', {}, 'The customer\'s message'), h('pre', {}, result.reply.quoted)) : null,
    ];
  }
  return [
    h(
      'dl',
      { class: 'figures' },
      h('div', {}, h('dt', {}, 'Score'), h('dd', {}, fmtScore(result.score), reviews && reviews.humanScore !== result.score ? h('span', { class: 'muted' }, ` (reviewed: ${fmtScore(reviews.humanScore)})`) : null)),
      h('div', {}, h('dt', {}, 'Agent'), h('dd', {}, h('a', { href: `#/agents/${encodeURIComponent(result.agent.id ?? result.agent.email ?? 'unknown')}` }, result.agent.name ?? result.agent.id ?? result.agent.email ?? '–'))),
      h('div', {}, h('dt', {}, 'Sent'), h('dd', {}, fmtDate(result.sentAt))),
      h('div', {}, h('dt', {}, 'Language'), h('dd', {}, result.language ?? '–')),
    ),
    h('h2', {}, 'The reply'),
    legend(result.criteria),
    highlighted(result.reply.text, result.criteria),
    result.reply.quoted ? h('details', { class: 'quoted' }, h('summary', {}, 'The customer\'s message'), h('pre', {}, result.reply.quoted)) : null,
    h('h2', {}, 'Verdicts'),
    verdictTable(result, reviews),
  ];
}

export async function replyView(main, { params }) {
  const id = params[0];
  const [result, reviews] = await Promise.all([api.result(id), api.reviews(id).catch(() => null)]);
  if (result.status !== 'scored') {
    mount(main, h('h1', {}, result.subject ?? id), h('p', {}, `This message was not scored (${result.status}${result.reason ? `: ${result.reason}` : ''}).`));
    return;
  }
  mount(
    main,
    h('p', { class: 'crumbs' }, h('a', { href: '#/agents' }, 'Agents'), ' › ', h('a', { href: `#/agents/${encodeURIComponent(result.agent.id ?? result.agent.email ?? 'unknown')}` }, result.agent.name ?? result.agent.id ?? 'agent'), ' › reply'),
    h('h1', {}, result.subject ?? '(no subject)'),
    replyPanel(result, reviews),
    reviews?.reviews?.length
      ? [
          h('h2', {}, 'Reviews'),
          h(
            'ul',
            { class: 'reviews' },
            reviews.reviews.map((r) =>
              h('li', {}, h('strong', {}, r.reviewer), ` (${fmtDate(r.reviewedAt)}): `, Object.entries(r.verdicts).map(([c, v]) => [criterionName(c), ' ', verdictBadge(v), ' ']), r.comment ? h('blockquote', {}, r.comment) : null),
            ),
          ),
        ]
      : null,
  );
}
