/**
 * What a template reads: every data path it uses, found by walking the Handlebars AST. Used twice:
 * - the template ↔ schema contract (`bagalau templates check`, template-check.ts);
 * - the skeleton: the objects and arrays on the way to each path are created when the data lacks
 *   them, so one template renders both the blank form (no data) and the filled one under `strict`.
 */
import { parseTemplate, HELPER_NAMES, TemplateError, templateFailed } from './template.js';
import { t3 } from '../law/finding.js';
import { ParserNotLoaded } from './parsers.js';

/** A path into the view; `*` stands for every item of an array (inside `#each`). */
export interface UsedPath {
  path: string[];
  kind: 'value' | 'condition' | 'each' | 'with';
  line: number;
  column: number;
}

type Node = hbs.AST.Node;

export function templatePaths(source: string, name = 'template'): UsedPath[] {
  const out: UsedPath[] = [];
  let ast: hbs.AST.Program;
  try {
    ast = parseTemplate(source);
  } catch (e) {
    if (e instanceof ParserNotLoaded) throw e;
    throw templateFailed(name, e);
  }
  const resolve = (p: hbs.AST.PathExpression, stack: string[][]): string[] | undefined => {
    if (p.data) return undefined; // @index, @first …
    const base = stack[stack.length - 1 - p.depth];
    if (!base) throw new TemplateError(t3(`${name}:${p.loc.start.line}: "../" түбірден жоғары шығады`, `${name}:${p.loc.start.line}: "../" выходит выше корня`, `${name}:${p.loc.start.line}: "../" goes above the root`));
    return [...base, ...p.parts];
  };
  const record = (n: Node, kind: UsedPath['kind'], stack: string[][]): string[] | undefined => {
    if (n.type === 'SubExpression') {
      visitCall(n as hbs.AST.SubExpression, stack);
      return undefined;
    }
    if (n.type !== 'PathExpression') return undefined;
    const p = n as hbs.AST.PathExpression;
    const full = resolve(p, stack);
    if (full) out.push({ path: full, kind, line: p.loc.start.line, column: p.loc.start.column });
    return full;
  };
  const visitCall = (n: hbs.AST.MustacheStatement | hbs.AST.SubExpression, stack: string[][]): void => {
    const head = n.path as hbs.AST.PathExpression;
    const isHelper = n.params.length > 0 || (head.type === 'PathExpression' && HELPER_NAMES.has(head.original));
    if (isHelper) {
      if (head.type === 'PathExpression' && !HELPER_NAMES.has(head.original)) throw new TemplateError(t3(`${name}:${head.loc.start.line}: белгісіз көмекші "${head.original}"`, `${name}:${head.loc.start.line}: неизвестный помощник "${head.original}"`, `${name}:${head.loc.start.line}: unknown helper "${head.original}"`));
      for (const param of n.params) record(param, 'value', stack);
      for (const pair of n.hash?.pairs ?? []) record(pair.value, 'value', stack);
    } else {
      record(head, 'value', stack);
    }
  };
  const visit = (prog: hbs.AST.Program | undefined, stack: string[][]): void => {
    if (!prog) return;
    for (const st of prog.body) {
      switch (st.type) {
        case 'MustacheStatement':
          visitCall(st as hbs.AST.MustacheStatement, stack);
          break;
        case 'BlockStatement': {
          const b = st as hbs.AST.BlockStatement;
          const helper = (b.path as hbs.AST.PathExpression).original;
          if (b.program?.blockParams?.length) throw new TemplateError(t3(`${name}:${b.loc.start.line}: блок параметрлеріне (as |x|) қолдау жоқ`, `${name}:${b.loc.start.line}: параметры блока (as |x|) не поддерживаются`, `${name}:${b.loc.start.line}: block parameters (as |x|) are not supported`));
          if (helper === 'each' || helper === 'with') {
            const first = b.params[0];
            const full = first ? record(first, helper, stack) : undefined;
            if (!full) throw new TemplateError(t3(`${name}:${b.loc.start.line}: #${helper} деректер жолын қажет етеді`, `${name}:${b.loc.start.line}: #${helper} требует путь к данным`, `${name}:${b.loc.start.line}: #${helper} needs a data path`));
            visit(b.program, [...stack, helper === 'each' ? [...full, '*'] : full]);
            visit(b.inverse, stack);
          } else if (helper === 'if' || helper === 'unless') {
            for (const p of b.params) record(p, 'condition', stack);
            visit(b.program, stack);
            visit(b.inverse, stack);
          } else {
            throw new TemplateError(t3(`${name}:${b.loc.start.line}: "${helper}" блок көмекшісіне рұқсат жоқ (#if, #unless, #each, #with қолданыңыз)`, `${name}:${b.loc.start.line}: блочный помощник "${helper}" не разрешён (используйте #if, #unless, #each, #with)`, `${name}:${b.loc.start.line}: block helper "${helper}" is not allowed (use #if, #unless, #each, #with)`));
          }
          break;
        }
        case 'PartialStatement':
        case 'PartialBlockStatement':
        case 'DecoratorBlock':
        case 'Decorator':
          throw new TemplateError(t3(`${name}:${st.loc.start.line}: үлгілерде partial мен decorator қолданылмайды`, `${name}:${st.loc.start.line}: partials и decorators в шаблонах не разрешены`, `${name}:${st.loc.start.line}: partials and decorators are not allowed in templates`));
        default:
          break;
      }
    }
  };
  visit(ast, [[]]);
  return out;
}

interface Shape { children: Map<string, Shape> }

export function shapeOf(paths: UsedPath[]): Shape {
  const root: Shape = { children: new Map() };
  for (const u of paths) {
    let n = root;
    for (const seg of u.path) {
      let c = n.children.get(seg);
      if (!c) { c = { children: new Map() }; n.children.set(seg, c); }
      n = c;
    }
  }
  return root;
}

const isIndex = (s: string): boolean => /^\d+$/.test(s);

/** Create the containers a template walks through where the data has none. Mutates and returns `data`. */
export function fillSkeleton(data: unknown, shape: Shape): unknown {
  if (shape.children.size === 0) return data;
  const keys = [...shape.children.keys()];
  const arrayLike = keys.every((k) => k === '*' || isIndex(k));
  if (data === undefined || data === null) data = arrayLike ? [] : {};
  if (Array.isArray(data)) {
    for (const [k, child] of shape.children) {
      if (k === '*') data.forEach((item, i) => { data = data as unknown[]; (data as unknown[])[i] = fillSkeleton(item, child); });
      else if (isIndex(k)) {
        const i = Number(k);
        while (data.length <= i) data.push(undefined);
        data[i] = fillSkeleton(data[i], child);
      }
    }
    return data;
  }
  if (typeof data === 'object') {
    const obj = data as Record<string, unknown>;
    for (const [k, child] of shape.children) {
      if (k === '*' || child.children.size === 0) continue;
      obj[k] = fillSkeleton(obj[k], child);
    }
  }
  return data;
}
