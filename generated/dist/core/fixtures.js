// Fixtures as the generated modules ship them: a valid value and patches on it. Expanded here into
// plain values, each a fresh copy, so tests may change them freely.
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
export function fixtureSet(valid, boundaries, invalid) {
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
