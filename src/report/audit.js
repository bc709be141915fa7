/** The same servant (by id, else by full name) of the same body for the same period, in two files or more. */
export function repeats(results) {
    const groups = new Map();
    for (const r of results) {
        const s = r.servant;
        const who = s?.id !== undefined ? `id\u0000${s.id}` : s?.fullName !== undefined ? `name\u0000${s.fullName}` : undefined;
        if (!s || who === undefined || !r.period)
            continue;
        const key = `${s.body ?? ''}\u0000${who}\u0000${r.period.from}\u0000${r.period.to}`;
        const g = groups.get(key);
        const file = { file: r.file, unit: s.unit ?? null };
        if (g)
            g.files.push(file);
        else
            groups.set(key, { servant: s, period: r.period, files: [file] });
    }
    return [...groups.values()]
        .filter((g) => g.files.length > 1)
        .map((g) => ({ ...g, files: [...g.files].sort((a, b) => a.file.localeCompare(b.file)) }))
        .sort((a, b) => byName(a.servant.body ?? null, b.servant.body ?? null) || byName(a.servant.fullName ?? null, b.servant.fullName ?? null) || a.period.from.localeCompare(b.period.from) || a.files[0].file.localeCompare(b.files[0].file));
}
const empty = () => ({ files: 0, clean: 0, errors: 0, warnings: 0, infos: 0, overdue: 0 });
/** A deadline step done late, or not done although its deadline has passed. */
export const isOverdue = (f) => f.facts !== undefined && (f.facts['status'] === 'overdue' || (typeof f.facts['workingDaysLate'] === 'number' && f.facts['workingDaysLate'] > 0));
function add(t, r) {
    t.files++;
    let bad = false;
    for (const f of r.findings) {
        if (f.severity === 'error')
            (t.errors++, (bad = true));
        else if (f.severity === 'warning')
            (t.warnings++, (bad = true));
        else
            t.infos++;
        if (isOverdue(f))
            t.overdue++;
    }
    if (!bad)
        t.clean++;
}
const byName = (a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'kk'));
export function audit(results) {
    const total = empty();
    const bodies = new Map();
    const rules = new Map();
    for (const r of results) {
        const body = r.servant?.body ?? null;
        const unit = r.servant?.unit ?? null;
        let b = bodies.get(body);
        if (!b)
            bodies.set(body, (b = { total: empty(), units: new Map() }));
        let u = b.units.get(unit);
        if (!u)
            b.units.set(unit, (u = { body, unit, ...empty() }));
        add(total, r);
        add(b.total, r);
        add(u, r);
        for (const f of r.findings) {
            let row = rules.get(f.ruleId);
            if (!row)
                rules.set(f.ruleId, (row = { ruleId: f.ruleId, severity: f.severity, count: 0, files: 0, example: f.message, seen: new Set(), ...(f.cite ? { cite: f.cite } : {}) }));
            row.count++;
            if (!row.seen.has(r.file))
                (row.seen.add(r.file), row.files++);
        }
    }
    return {
        total,
        bodies: [...bodies.entries()]
            .sort(([a], [b]) => byName(a, b))
            .map(([body, b]) => ({ body, total: b.total, units: [...b.units.values()].sort((x, y) => byName(x.unit, y.unit)) })),
        rules: [...rules.values()]
            .filter((r) => r.severity !== 'info')
            .sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId))
            .map(({ seen: _seen, ...row }) => row),
        repeats: repeats(results),
    };
}
