/**
 * Presence rule kinds: a step the act requires is recorded (a form filled, an event dated),
 * possibly only when another step happened (e.g. a refusal to be acquainted ⇒ a refusal act).
 */
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads, fromProvisionKey } from './base.js';
import type { Report, Rule, RuleContext } from './rule.js';
import type { Text3 } from '../law/finding.js';
import { NO_REPORTS } from './no-reports.js';

export type Condition =
  | { event: string }
  | { field: string; equals?: unknown }
  | { session: true };

/** A condition as a test, made when the rule is built (which kind of condition it is is not asked per package). */
const test = (c: Condition): ((ctx: RuleContext) => boolean) => {
  if ('event' in c) {
    const type = c.event;
    return (ctx) => ctx.events(type).length > 0;
  }
  if ('session' in c) return (ctx) => ctx.session?.decision !== undefined;
  const { field, equals } = c;
  return equals === undefined ? (ctx) => ctx.get(field) !== undefined : (ctx) => ctx.get(field) === equals;
};

/** The pointers a condition reads. */
const conditionReads = (c: Condition | undefined): string[] => (!c ? [] : 'field' in c ? [c.field] : 'event' in c ? ['/events/*/type'] : []);

export interface RequiredSpec extends RuleBase {
  /** Required when this holds (default: always). */
  when?: Condition;
  /** What must be there. */
  require: Condition;
  /** Where to point when it is missing. */
  path: string;
}

export function requiredRule(spec: RequiredSpec): Rule {
  const when = spec.when ? test(spec.when) : undefined;
  const require = test(spec.require);
  return {
    ...baseOf(spec),
    reads: reads(conditionReads(spec.when), conditionReads(spec.require)),
    // Quiet only behind a condition read from the package: without it nothing is required.
    ...(spec.when && !('session' in spec.when) ? { quietWithoutInputs: true } : {}),
    check(ctx): Report[] {
      if (when && !when(ctx)) return NO_REPORTS;
      if (require(ctx)) return NO_REPORTS;
      const what = 'event' in spec.require ? `event ${spec.require.event}` : 'field' in spec.require ? spec.require.field : 'session';
      // each language names what is missing in its own words: an event by the pack's label for it, a field by
      // the form's captions (the id or pointer after it, as the file spells it); without them, the id or pointer
      const missing =
        'event' in spec.require
          ? missingEvent(spec.require.event, ctx.eventLabel?.(spec.require.event))
          : 'field' in spec.require
            ? missingField(spec.require.field, ctx.caption?.(spec.require.field))
            : { kk: 'отырыс жоқ', ru: 'нет заседания', en: 'no session' };
      return [
        {
          path: spec.path,
          message: withTitle(titleOf(spec), missing),
          facts: { expected: what, found: null },
        },
      ];
    },
  };
}

/** «“…жіберілді” оқиғасы жазылмаған (draft-sent)»; without a label, the event's id alone. */
function missingEvent(id: string, label: Text3 | undefined): Text3 {
  if (!label) return fill({ kk: '«{id}» оқиғасы жазылмаған', ru: 'не записано событие «{id}»', en: 'event «{id}» not recorded' }, { id });
  return {
    kk: `«${label.kk}» оқиғасы жазылмаған (${id})`,
    ru: `не записано событие «${label.ru}» (${id})`,
    en: `event «${label.en}» not recorded (${id})`,
  };
}

/** «жоқ: «Form» › «field» (/forms/…)»; without captions, the pointer alone. */
function missingField(ptr: string, caption: Text3 | undefined): Text3 {
  if (!caption) return fill({ kk: 'жоқ: {what}', ru: 'отсутствует: {what}', en: 'missing: {what}' }, { what: ptr });
  return { kk: `жоқ: ${caption.kk} (${ptr})`, ru: `отсутствует: ${caption.ru} (${ptr})`, en: `missing: ${caption.en} (${ptr})` };
}

export interface SameValueSpec extends RuleBase {
  /** The value that must equal the reference (e.g. who signed the sheet). */
  path: string;
  /** The reference (e.g. `/servant/directSupervisor`). */
  equals: string;
}

/** Who evaluates whom: a signature must be the person the act names. */
export function sameValueRule(spec: SameValueSpec): Rule {
  return {
    ...baseOf(spec),
    reads: reads(spec.path, spec.equals),
    quietWithoutInputs: true,
    check(ctx): Report[] {
      const a = ctx.get(spec.path);
      const b = ctx.get(spec.equals);
      if (a === undefined || b === undefined || a === b) return NO_REPORTS;
      return [
        {
          path: spec.path,
          message: withTitle(titleOf(spec), fill({ kk: 'күтілгені {expected}, табылғаны {found}', ru: 'ожидалось {expected}, найдено {found}', en: 'expected {expected}, found {found}' }, { expected: String(b), found: String(a) })),
          facts: { expected: b, found: a, reference: spec.equals },
        },
      ];
    },
  };
}

export interface SignatoriesSpec extends RuleBase {
  /** Array of signatories `{name, hr?}`. */
  path: string;
  /** Signatories from the HR service required: by default the provision's value's `hr`. */
  hr?: number;
  /** Other signatories required besides the HR service: by default the provision's value's `others`. */
  others?: number;
}

/** E.g. mic-2018 cl. 41: a refusal act signed by the HR service and two other employees. */
export function signatoriesRule(given: SignatoriesSpec): Rule {
  const spec = { ...given, hr: fromProvisionKey(given, given.hr, 'hr'), others: fromProvisionKey(given, given.others, 'others') };
  return {
    ...baseOf(spec),
    reads: reads(spec.path, `${spec.path}/*/hr`),
    quietWithoutInputs: true,
    check(ctx): Report[] {
      const list = ctx.get(spec.path);
      if (!Array.isArray(list)) return NO_REPORTS;
      let hr = 0;
      for (let i = 0; i < list.length; i++) if ((list[i] as { hr?: boolean }).hr === true) hr++;
      const others = list.length - hr;
      if (hr >= spec.hr && others >= spec.others) return NO_REPORTS;
      return [
        {
          path: spec.path,
          message: withTitle(
            titleOf(spec),
            fill({ kk: 'персонал қызметінен {hr} (керегі {needHr}), басқа қызметкерлер {others} (керегі {needOthers})', ru: 'от службы персонала {hr} (нужно {needHr}), других работников {others} (нужно {needOthers})', en: '{hr} HR signatory(ies) (need {needHr}), {others} other(s) (need {needOthers})' }, { hr, needHr: spec.hr, others, needOthers: spec.others }),
          ),
          facts: { hr, others, expected: { hr: spec.hr, others: spec.others } },
        },
      ];
    },
  };
}
