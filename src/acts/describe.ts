/**
 * What `bagalau methodologies --format json` and the library's `methodologies()` say of a pack: its act, validity,
 * wordings, appendices, events and how many rules it holds. Here on the acts floor, not beside the command, so that
 * the library describes the packs without loading the command line (commander and the CLI's options).
 */
import type { Pack } from './pack.js';

export function describePack(p: Pack) {
  return {
    id: p.id,
    act: {
      kind: p.act.kind,
      number: p.act.number,
      date: p.act.date,
      issuer: p.act.issuer,
      title: p.act.title,
      registration: p.act.registration ?? null,
      source: p.act.source,
    },
    scope: p.scope,
    validity: { from: p.validity.from, to: p.validity.to ?? null, repealedBy: p.validity.repealedBy ?? null },
    wordings: p.wordings.map((w) => ({ date: w.date, from: w.from, to: w.to ?? null, label: w.label })),
    pendingAmendments: p.pending.map((a) => ({ act: a.act, from: a.from, provisions: a.provisions })),
    appendices: p.appendices.map((a) => ({ no: a.no, title: a.title, titleEn: a.titleEn, clause: a.clause, formKey: a.formKey ?? null, present: a.present })),
    events: p.events.map((e) => ({ type: e.type, clause: e.clause, label: e.label })),
    rules: p.rules.length,
    unchecked: p.unchecked.length,
  };
}
