// Fixtures as the generated modules ship them: a valid value and patches on it. Expanded here into
// plain values, each a fresh copy, so tests may change them freely.
/** Long strings travel as runs of one character (`{ $runs: [["a", 62]] }`), long lists as runs of one element (`{ $items: [[x, 1000]] }`): expand them. */
function expand(v) {
    if (Array.isArray(v))
        return v.map(expand);
    if (v === null || typeof v !== 'object')
        return v;
    const runs = v.$runs;
    if (Array.isArray(runs) && Object.keys(v).length === 1)
        return runs.map(([c, n]) => c.repeat(n)).join('');
    const items = v.$items;
    if (Array.isArray(items) && Object.keys(v).length === 1)
        return items.flatMap(([x, n]) => Array.from({ length: n }, () => expand(x)));
    const out = {};
    for (const [k, x] of Object.entries(v))
        out[k] = expand(x);
    return out;
}
function apply(base, v) {
    const root = structuredClone(base);
    if (v.at.length === 0)
        return structuredClone(v.value);
    let node = root;
    for (const seg of v.at.slice(0, -1))
        node = node[seg];
    const last = v.at[v.at.length - 1];
    if (v.remove)
        delete node[last];
    else
        node[last] = structuredClone(v.value);
    return root;
}
export function fixtureSet(validRaw, boundariesRaw, invalidRaw) {
    const valid = expand(validRaw);
    const boundaries = expand(boundariesRaw);
    const invalid = expand(invalidRaw);
    return {
        get valid() {
            return structuredClone(valid);
        },
        get boundaries() {
            return boundaries.map((b) => ({ name: b.name, value: apply(valid, b) }));
        },
        get invalid() {
            return invalid.map((b) => ({ name: b.name, constraint: b.constraint ?? '', path: b.path ?? '', value: apply(valid, b) }));
        },
    };
}
