// Pick extra real support replies from the Kaggle "Customer Support on Twitter"
// excerpt (shared/corpus/twcs-sample/twcs.csv), disjoint from
// shared/corpus/replies.jsonl, cleaned and filtered the same way.
//
// The texts are CC BY-NC-SA and are NOT stored in this repository: this module
// re-derives them from the CSV at run time; only ids and labels live here
// (replies-extra-labels.jsonl).
//
// Usage: node bench/data/twcs-extra.mjs TWCS_CSV REPLIES_JSONL > items.jsonl
// No dependencies.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const MAX_PER_BRAND = 8;
export const LIMIT = 200;
export const MIN_WORDS = 8;

/**
 * RFC 4180-style CSV reader. Handles quoted fields with commas, doubled quotes
 * and embedded CR/LF. Records end at LF or CRLF outside quotes; a bare CR
 * outside quotes (as in tweet 3399) stays inside the field instead of
 * splitting the record.
 */
export function parseCsv(text) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows = [];
  let row = [];
  let field = "";
  let inQuotes = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        inQuotes = false; i++; continue;
      }
      field += c; i++; continue;
    }
    if (c === '"' && field === "") { inQuotes = true; i++; continue; }
    if (c === ",") { row.push(field); field = ""; i++; continue; }
    if (c === "\n" || (c === "\r" && text[i + 1] === "\n")) {
      row.push(field); rows.push(row); row = []; field = "";
      i += c === "\r" ? 2 : 1;
      continue;
    }
    field += c; i++;
  }
  if (field !== "" || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

const ENTITIES = { "&amp;": "&", "&gt;": ">", "&lt;": "<", "&quot;": '"', "&#39;": "'" };

export function unescapeHtml(s) {
  return s.replace(/&(amp|gt|lt|quot|#39);/g, (m) => ENTITIES[m]);
}

/** Unescape entities and drop the leading @handle mentions; rest verbatim. */
export function cleanText(s) {
  return unescapeHtml(s).replace(/^(?:\s*@\w+)+\s*/, "");
}

const URL_RE = /https?:\/\/\S+/g;
const SIGNOFF_RE = /(?:\s*[\^*]\s*[A-Za-z]{1,6}|(?:^|\s)[-–—~]\s*[A-Z][A-Za-z]{0,14}(?:\s[A-Z]\.?)?)\s*$/;

/** The reply without URLs and a trailing agent sign-off (^JB, -Becky, *HCK). */
export function coreText(reply) {
  return reply.replace(URL_RE, " ").replace(SIGNOFF_RE, "").trim();
}

export function wordCount(s) {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Key for near-identical canned replies: first 60 lowercase letters. */
export function dedupKey(reply) {
  return (coreText(reply).toLowerCase().match(/\p{L}/gu) || []).join("").slice(0, 60);
}

const STOP = {
  en: ["the", "you", "your", "to", "and", "is", "we", "for", "this", "that", "it", "of", "please", "with", "can", "are", "i", "us", "have", "on",
    "a", "an", "as", "our", "any", "since", "more", "about", "here", "they", "all", "my", "in", "at", "be", "was", "will", "what", "how", "if", "do", "so", "sorry", "thanks", "hi", "hey"],
  es: ["el", "la", "los", "las", "que", "de", "por", "para", "con", "una", "un", "es", "nos", "tu", "su", "lo", "gracias", "hola", "favor", "del", "te", "en", "y"],
  de: ["der", "die", "das", "und", "ist", "nicht", "wir", "sie", "uns", "ich", "du", "dich", "dir", "bitte", "mit", "für", "ein", "eine", "zu", "auf", "den", "dem", "es"],
  fr: ["le", "la", "les", "et", "est", "nous", "vous", "pour", "avec", "une", "un", "des", "du", "pas", "merci", "votre", "je", "ce", "qui", "que"],
  pt: ["o", "a", "os", "as", "que", "de", "não", "você", "obrigado", "obrigada", "para", "com", "uma", "um", "do", "da", "seu", "sua", "por", "favor", "nos", "é"],
};

export function detectLang(text) {
  const t = text.replace(URL_RE, " ");
  const kana = (t.match(/[\u3040-\u30ff]/g) || []).length;
  if (kana >= 3 && kana * 4 >= t.replace(/\s/g, "").length) return "ja";
  const words = t.toLowerCase().match(/\p{L}+/gu) || [];
  if (words.length === 0) return "other";
  let best = "other";
  let bestScore = 0;
  for (const [lang, list] of Object.entries(STOP)) {
    const set = new Set(list);
    const score = words.filter((w) => set.has(w)).length;
    if (score > bestScore) { best = lang; bestScore = score; } // ties keep the earlier (en first)
  }
  // Spanish/Portuguese tie-breaks on distinctive characters.
  if ((best === "es" || best === "pt") && /[ãõç]|ção|você|não/.test(t.toLowerCase())) best = "pt";
  if (bestScore === 0) return "other";
  return best;
}

function parseId(s) {
  if (s == null || s === "") return null;
  const n = Number(s);
  return Number.isFinite(n) ? String(Math.trunc(n)) : null;
}

/** ids and dedup keys of replies.jsonl (to exclude). */
export function readExcluded(repliesJsonlPath) {
  const ids = new Set();
  const keys = new Set();
  for (const line of readFileSync(repliesJsonlPath, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const o = JSON.parse(line);
    ids.add(o.id);
    if (o.reply) keys.add(dedupKey(o.reply));
  }
  return { ids, keys };
}

/**
 * @param csvPath path to twcs.csv
 * @param exclude a path to replies.jsonl (ids and canned-reply keys excluded),
 *   or a Set / array of ids to exclude.
 * @returns [{id, source, lang, customer, reply}]
 */
export function readTwcsExtra(csvPath, exclude, { limit = LIMIT, maxPerBrand = MAX_PER_BRAND } = {}) {
  let exIds = new Set();
  let exKeys = new Set();
  if (typeof exclude === "string") ({ ids: exIds, keys: exKeys } = readExcluded(exclude));
  else if (exclude) exIds = new Set(exclude);

  const rows = parseCsv(readFileSync(csvPath, "utf8"));
  const header = rows[0].map((h) => h.trim());
  const col = (name) => header.indexOf(name);
  const cId = col("tweet_id"), cAuthor = col("author_id"), cIn = col("inbound"), cText = col("text"), cParent = col("in_response_to_tweet_id");
  const tweets = [];
  const byId = new Map();
  for (const r of rows.slice(1)) {
    if (r.length < header.length) continue;
    const t = {
      id: parseId(r[cId]),
      author: r[cAuthor],
      inbound: r[cIn].trim() === "True",
      text: r[cText],
      parent: parseId(r[cParent]),
    };
    if (!t.id) continue;
    tweets.push(t);
    byId.set(t.id, t);
  }
  tweets.sort((a, b) => Number(a.id) - Number(b.id));

  const out = [];
  const seenKeys = new Set(exKeys);
  const perBrand = new Map();
  for (const t of tweets) {
    if (out.length >= limit) break;
    if (t.inbound) continue;
    const id = `twcs-${t.id}`;
    if (exIds.has(id)) continue;
    const parent = t.parent && byId.get(t.parent);
    if (!parent || !parent.inbound) continue;
    const reply = cleanText(t.text);
    const customer = cleanText(parent.text);
    const core = coreText(reply);
    if (core.replace(URL_RE, "").trim() === "") continue;
    if (wordCount(core) < MIN_WORDS) continue;
    const key = dedupKey(reply);
    if (seenKeys.has(key)) continue;
    const n = perBrand.get(t.author) || 0;
    if (n >= maxPerBrand) continue;
    seenKeys.add(key);
    perBrand.set(t.author, n + 1);
    out.push({ id, source: `twcs/${t.author}`, lang: detectLang(core), customer, reply });
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [csv, replies] = process.argv.slice(2);
  if (!csv) {
    console.error("usage: node twcs-extra.mjs TWCS_CSV [REPLIES_JSONL]");
    process.exit(2);
  }
  for (const item of readTwcsExtra(csv, replies)) process.stdout.write(JSON.stringify(item) + "\n");
}
