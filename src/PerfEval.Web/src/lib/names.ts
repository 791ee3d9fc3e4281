/** Names by id from the directory (GET /api/directory/names). */
export interface DirectoryNames {
  version: number;
  departments: Record<string, string>;
  units: Record<string, string>;
  people: Record<string, string>;
}

export type NameKind = 'department' | 'unit' | 'person';

/** The directory's name for an id, else the fallback (e.g. a name the form carries), else the id itself. */
export function nameOf(names: DirectoryNames | undefined, kind: NameKind, id: string | null | undefined, fallback?: string | null): string {
  if (!id) return fallback ?? '';
  const table = kind === 'department' ? names?.departments : kind === 'unit' ? names?.units : names?.people;
  return table?.[id] ?? (fallback || id);
}
