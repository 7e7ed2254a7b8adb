import { readFileSync } from 'node:fs';
import { z } from 'zod';

// Agent identity: the From address by default; an optional agents file (JSON or
// CSV) maps addresses to an agent id, a display name and a team.

export const AgentEntrySchema = z.object({
  email: z.email().transform((s) => s.toLowerCase()),
  id: z.string().min(1).optional(),
  name: z.string().min(1).optional(),
  team: z.string().min(1).optional(),
});
export type AgentEntry = z.infer<typeof AgentEntrySchema>;

/** `[{email,id,name,team}, …]` or `{"agents": [...]}`; CSV: a header line naming the same columns. */
export const AgentsFileSchema = z.union([z.array(AgentEntrySchema), z.object({ agents: z.array(AgentEntrySchema) }).transform((o) => o.agents)]);

export interface AgentDirectory {
  size: number;
  lookup(address: string | null): AgentEntry | undefined;
}

export function createAgentDirectory(entries: AgentEntry[] = []): AgentDirectory {
  const byEmail = new Map(entries.map((e) => [e.email, e]));
  return { size: byEmail.size, lookup: (address) => (address ? byEmail.get(address.toLowerCase()) : undefined) };
}

export function loadAgents(file: string | undefined): AgentDirectory {
  if (!file) return createAgentDirectory();
  const text = readFileSync(file, 'utf8');
  const data = /\.csv$/i.test(file) || !/^\s*[[{]/.test(text) ? parseCsv(text) : JSON.parse(text);
  const parsed = AgentsFileSchema.safeParse(data);
  if (!parsed.success) {
    throw new Error(`agents file ${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return createAgentDirectory(parsed.data);
}

/** A small CSV reader: a header row, commas, double-quoted fields with "" escapes; empty cells are unset. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  const [header, ...body] = rows.filter((r) => r.some((cell) => cell.trim()));
  if (!header) return [];
  const names = header.map((h) => h.trim().toLowerCase());
  return body.map((cells) => Object.fromEntries(names.flatMap((n, i) => (cells[i]?.trim() ? [[n, cells[i].trim()]] : []))));
}
