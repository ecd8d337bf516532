/** Identifiers as the registry wants them: kebab-case, unique, permanent. */

export function kebab(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60)
      .replace(/-$/, '') || 'item'
  );
}

/** `base`, or `base-<suffix>` when taken, or `base-2`, `base-3`…; records the one returned. */
export function uniqueId(base: string, taken: Set<string>, suffix?: string): string {
  let id = base;
  if (taken.has(id) && suffix) id = `${base}-${suffix}`;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
