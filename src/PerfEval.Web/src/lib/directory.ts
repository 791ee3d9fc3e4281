/** Names by id from the directory (GET /api/directory/names). */
export interface DirectoryNames {
  version: number;
  departments: Record<string, string>;
  units: Record<string, string>;
  people: Record<string, string>;
}

export type NameKind = 'department' | 'unit' | 'person';

/** The directory's name for an id, else the fallback (e.g. a name the form carries), else the id itself. */
export function directoryNameOf(names: DirectoryNames | undefined, kind: NameKind, id: string | null | undefined, fallback?: string | null): string {
  if (!id) return fallback ?? '';
  const table = kind === 'department' ? names?.departments : kind === 'unit' ? names?.units : names?.people;
  return table?.[id] ?? (fallback || id);
}

interface HeaderNames { competentDepartment: string; implementingUnit: string }

/**
 * A new form's header with 主管部门 and 实施单位 filled from the directory for the signed-in unit user; a cell the user
 * has typed in is left as it is, and so is a cell the directory has no name for.
 */
export function prefillHeader<T extends { header: HeaderNames }>(form: T, names: DirectoryNames | undefined, unitId?: string | null, departmentId?: string | null): T {
  const unit = unitId ? names?.units[unitId] : undefined;
  const department = departmentId ? names?.departments[departmentId] : undefined;
  const header = {
    ...form.header,
    competentDepartment: form.header.competentDepartment || department || '',
    implementingUnit: form.header.implementingUnit || unit || '',
  };
  return header.competentDepartment === form.header.competentDepartment && header.implementingUnit === form.header.implementingUnit
    ? form : { ...form, header };
}
