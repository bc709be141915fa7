export function summarise(results) {
    const s = { files: results.length, errors: 0, warnings: 0, infos: 0 };
    for (const r of results)
        for (const f of r.findings) {
            if (f.severity === 'error')
                s.errors++;
            else if (f.severity === 'warning')
                s.warnings++;
            else
                s.infos++;
        }
    return s;
}
