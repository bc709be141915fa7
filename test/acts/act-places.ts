/**
 * The places of an act a cite can name, read from the published Kazakh text itself: the
 * methodology's clauses (тармақ, «N.»), their parts (бөлік, one printed paragraph each: `pt. M`)
 * and sub-clauses («M)»: `cl. N(M)`), and its appendices («N-қосымша»). Tests use it to prove that
 * a rule's quote is in exactly the place its cite names.
 *
 * Reading choices (the published text is not clean):
 * - act 002 holds two methodologies: Annex 1 (` 1-қосымша`, corps "A") and Annex 2 (` 2-қосымша`,
 *   the corps "B" model); each pack reads only its own annex;
 * - clauses are lines «N. …» numbered one after the other (a number out of sequence is text, not a
 *   clause); the order's own clauses come before the methodology's and are not its places;
 * - a list introduced by «…:» whose items end in «;» or «,» is one part with the line that introduces it;
 * - the registry's footnotes («Ескерту. …», «ЗҚАИ-ның ескертпесі!» and the line after it) are not parts;
 * - an appendix runs from its «N-қосымша» line to the next one; act 004's App. 8 lost its number in
 *   publication and is taken to start at the second stamp after App. 7's heading (the «Нысан» form of
 *   «… (Аппараттың "Б" корпусының қызметшілері үшін)», which cl. 36 calls App. 8).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pack } from '../../src/acts/pack.js';
import { normalise } from './act-text.js';

/** The one text normaliser of the act tests (act-text.ts), under the name the place tests use. */
export const fold = normalise;

export interface ClauseText {
  text: string;
  /** Parts (бөліктер), 1-based: the first is the line that carries «N.». */
  parts: string[];
  /** Sub-clauses «M)», 1-based. */
  subs: Map<number, string>;
}

export interface ActPlaces {
  clauses: Map<number, ClauseText>;
  /** The clauses of the approving (or, for act 003, amending) act itself: the first run «1. 2. …» of the file. */
  own: Map<number, string>;
  appendices: Map<number, string>;
  /** The whole text the pack reads (its annex for act 002). */
  whole: string;
}

/** One place a cite names. */
export type Place =
  | { kind: 'cl'; n: number; pt?: number; sub?: number }
  | { kind: 'app'; n: number; qualifier?: string }
  | { kind: 'own'; n: number; act: string };

/**
 * `cl. 14`, `cl. 7 pt. 1`, `cl. 3(7)`, `cl. 24(4)`, `App. 3`, `App. 2 (row 5)`; a clause of the approving
 * act itself: `order cl. 5`, `decision cl. 5`, `instruction cl. 5`, `Decision No. 68 cl. 2`. Anything else is not one place.
 */
export function parsePlace(cite: string): Place | null {
  const own = /^(order|decision|instruction|Decision No\. \d+) cl\. (\d+)$/.exec(cite);
  if (own) return { kind: 'own', n: Number(own[2]), act: own[1] as string };
  let m = /^cl\. (\d+)(?: pt\. (\d+))?(?:\((\d+)\))?$/.exec(cite);
  if (m) {
    const p: Place = { kind: 'cl', n: Number(m[1]) };
    if (m[2]) p.pt = Number(m[2]);
    if (m[3]) p.sub = Number(m[3]);
    return p;
  }
  m = /^App\. (\d+)(?: \(([^(),;]+)\))?$/.exec(cite);
  if (m) {
    const p: Place = { kind: 'app', n: Number(m[1]) };
    if (m[2]) p.qualifier = m[2];
    return p;
  }
  return null;
}

const APP_HEADING = /(?:^|\s)(\d+)-қосымша\s*$/;
const CLAUSE = /^\s*(\d+)\.\s/;
const SUB = /^\s*(?:-\s*)?(\d+)\)/;

const cache = new Map<string, ActPlaces>();

export function actPlaces(pack: Pack): ActPlaces {
  const key = `${pack.act.source}|${pack.id}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let lines = readFileSync(join('../shared/acts', pack.act.source), 'utf8').split('\n');
  const own = ownClauses(lines);
  if (pack.act.source.startsWith('002_')) {
    const a1 = lines.findIndex((l) => /^ 1-қосымша\s*$/.test(l));
    const a2 = lines.findIndex((l) => /^ 2-қосымша\s*$/.test(l));
    lines = pack.id === 'asa-a-corps' ? lines.slice(a1 + 1, a2) : lines.slice(a2 + 1);
  }
  // Appendix headings: short lines ending in «N-қосымша» (not the registry's notes about them).
  const heads: Array<{ n: number; at: number }> = [];
  lines.forEach((l, i) => {
    const m = APP_HEADING.exec(l);
    if (m && l.trim().length < 60 && !/өзгеріс/.test(l)) heads.push({ n: Number(m[1]), at: i });
  });
  if (pack.act.source.startsWith('004_')) {
    const seven = heads.find((h) => h.n === 7);
    if (seven && !heads.some((h) => h.n === 8)) {
      const forms = lines.map((l, i) => (l.trim() === 'Нысан' && i > seven.at + 2 ? i : -1)).filter((i) => i >= 0);
      if (forms[0] !== undefined) heads.push({ n: 8, at: forms[0] - 1 });
    }
  }
  heads.sort((a, b) => a.at - b.at);
  const bodyEnd = heads[0]?.at ?? lines.length;
  const appendices = new Map<number, string>();
  heads.forEach((h, i) => appendices.set(h.n, lines.slice(h.at, heads[i + 1]?.at ?? lines.length).join('\n')));
  // Clauses: the last run of «1. 2. 3. …» in the body (the order's clauses come first).
  const starts: Array<{ n: number; at: number }> = [];
  for (let i = 0; i < bodyEnd; i++) {
    const m = CLAUSE.exec(lines[i] as string);
    if (!m) continue;
    const n = Number(m[1]);
    if (n === 1) starts.length = 0;
    if (n === (starts[starts.length - 1]?.n ?? 0) + 1) starts.push({ n, at: i });
  }
  const clauses = new Map<number, ClauseText>();
  starts.forEach((s, i) => {
    const own = lines.slice(s.at, starts[i + 1]?.at ?? bodyEnd);
    const kept: string[] = [];
    for (let j = 0; j < own.length; j++) {
      const l = (own[j] as string).trim();
      if (l === '') continue;
      if (/^ЗҚАИ-ның ескертпесі/.test(l)) {
        // the note's text is the next non-empty line
        while (j + 1 < own.length && (own[j + 1] as string).trim() === '') j++;
        j++;
        continue;
      }
      if (/^Ескерту\./.test(l) || /-тарау\./.test(l)) continue;
      kept.push(l);
    }
    const parts: string[] = [];
    const subs = new Map<number, string>();
    let sub: number | undefined;
    for (const l of kept) {
      const m = SUB.exec(l);
      if (m) {
        sub = Number(m[1]);
        subs.set(sub, l);
        parts[parts.length - 1] = `${parts[parts.length - 1] ?? ''}\n${l}`;
        continue;
      }
      if (sub !== undefined && parts.length > 0 && !/^[А-ЯӘҒҚҢӨҰҮҺІ"«]/u.test(l)) {
        // a hard-wrapped continuation of a sub-clause
        subs.set(sub, `${subs.get(sub)}\n${l}`);
        parts[parts.length - 1] = `${parts[parts.length - 1]}\n${l}`;
        continue;
      }
      sub = undefined;
      // the items of a list introduced by «…:» and separated by «;» or «,» belong to the part that introduces them
      const prev = parts[parts.length - 1];
      if (prev !== undefined && /[:;,]$/.test(prev.trimEnd())) {
        parts[parts.length - 1] = `${prev}\n${l}`;
        continue;
      }
      parts.push(l);
    }
    clauses.set(s.n, { text: kept.join('\n'), parts, subs });
  });
  const out = { clauses, own, appendices, whole: lines.join('\n') };
  cache.set(key, out);
  return out;
}

/**
 * The approving act's own clauses: the first run «1. 2. 3. …» of the file (before the methodology it
 * approves, or an appendix heading). A clause runs to the next one; the last to its first blank line or
 * the end of its first sentence. The registry's footnotes («Ескерту. …») are left out.
 */
function ownClauses(lines: string[]): Map<number, string> {
  const out = new Map<number, string>();
  let current: { n: number; text: string[] } | undefined;
  const close = () => current && out.set(current.n, current.text.join('\n'));
  for (const raw of lines) {
    const l = raw.trim();
    if (APP_HEADING.test(raw) && l.length < 60) break;
    const m = CLAUSE.exec(raw);
    if (m && !SUB.test(raw)) {
      const n = Number(m[1]);
      if (n === (current?.n ?? 0) + 1) {
        close();
        current = { n, text: [l] };
        continue;
      }
      if (current) break; // a new run: the methodology's own clauses
    }
    if (!current) continue;
    if (/^Ескерту\./.test(l)) continue;
    if (l === '') {
      current.text.push('');
      continue;
    }
    current.text.push(l);
  }
  close();
  // the last clause stops at its first blank line or the end of its sentence (signatures and the methodology's title follow)
  const lastNo = Math.max(0, ...out.keys());
  if (lastNo > 0) {
    const kept: string[] = [];
    for (const l of (out.get(lastNo) as string).split('\n')) {
      if (l === '') break;
      kept.push(l);
      if (/\.$/.test(l)) break;
    }
    out.set(lastNo, kept.join('\n'));
  }
  for (const [n, t] of out) out.set(n, t.replace(/\n{2,}/g, '\n').trim());
  return out;
}

/** The text of one place, or undefined when the act has no such place. */
export function placeText(places: ActPlaces, p: Place): string | undefined {
  if (p.kind === 'own') return places.own.get(p.n);
  if (p.kind === 'app') return places.appendices.get(p.n);
  const c = places.clauses.get(p.n);
  if (!c) return undefined;
  if (p.sub !== undefined) return c.subs.get(p.sub);
  // A part number the reading above cannot split (hard-wrapped text) falls back to the clause.
  if (p.pt !== undefined) return c.parts.length >= p.pt ? c.parts[p.pt - 1] : undefined;
  return c.text;
}

/** Every place of the act whose text holds the quote (clauses first, then appendices). */
export function placesHolding(places: ActPlaces, quote: string): string[] {
  const q = fold(quote);
  const out: string[] = [];
  for (const [n, c] of places.clauses) {
    if (!fold(c.text).includes(q)) continue;
    const pt = c.parts.findIndex((p) => fold(p).includes(q));
    const sub = [...c.subs].find(([, t]) => fold(t).includes(q));
    out.push(sub ? `cl. ${n}(${sub[0]})` : pt >= 0 && c.parts.length > 1 ? `cl. ${n} pt. ${pt + 1}` : `cl. ${n}`);
  }
  for (const [n, t] of places.appendices) if (fold(t).includes(q)) out.push(`App. ${n}`);
  return out;
}
