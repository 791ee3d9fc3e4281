/** A code's name for people, as GET /api/names gives it. */
export interface Name { zh: string; en: string }

/** The catalogue of names the API serves (GET /api/names): findings, event types, sources, actors. */
export interface Names {
  findings: Record<string, Name>;
  events: Record<string, Name>;
  sources: Record<string, Name>;
  actors: Record<string, Name>;
}

export type NameKind = keyof Names;

/**
 * The name of a code in the UI's language. An unknown code (a newer server, or the catalogue not loaded yet) falls
 * back to a neutral word rather than the code itself, so no code reaches the page.
 */
export function nameOf(names: Names | undefined, kind: NameKind, code: string, language: string): string {
  const name = names?.[kind]?.[code];
  const en = language.startsWith('en');
  if (name) return en ? name.en : name.zh;
  if (kind === 'sources' && code.startsWith('import:')) return en ? `imported (${code.slice(7)})` : `导入（${code.slice(7)}）`;
  return fallback[kind][en ? 'en' : 'zh'];
}

const fallback: Record<NameKind, Name> = {
  findings: { zh: '其他问题', en: 'Other finding' },
  events: { zh: '其他操作', en: 'Other step' },
  sources: { zh: '其他来源', en: 'Other source' },
  actors: { zh: '系统', en: 'System' },
};

/** Who did a step: the person's name, else the platform's own actor by name (never "system" or an English name). */
export function actorName(entry: { actorId?: string | null; actorName?: string | null; userName?: string | null }, names: Names | undefined, language: string): string {
  if (!entry.actorId || entry.actorId === 'system') return nameOf(names, 'actors', 'system', language);
  return entry.actorName || entry.userName || entry.actorId;
}
