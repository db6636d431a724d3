/**
 * An INI reader with configparser's rules, for setup.cfg, tox.ini, pytest.ini and mypy.ini:
 * `[section]` headers, `key = value` or `key: value` (keys lower-cased), indented continuation
 * lines appended with a newline, `#` and `;` comment lines. Lines outside a section are ignored.
 */
export type IniFile = Map<string, Map<string, string>>;

export function parseIni(text: string): IniFile {
  const out: IniFile = new Map();
  let section: Map<string, string> | null = null;
  let lastKey: string | null = null;
  for (const raw of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, "");
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith(";")) {
      // configparser keeps empty lines inside a multi-line value; they carry nothing for us
      continue;
    }
    if (/^\s/.test(line) && section && lastKey !== null) {
      section.set(lastKey, `${section.get(lastKey) ?? ""}\n${trimmed}`);
      continue;
    }
    const header = /^\[([^\]]+)\]/.exec(trimmed);
    if (header) {
      const name = (header[1] as string).trim();
      section = out.get(name) ?? new Map();
      out.set(name, section);
      lastKey = null;
      continue;
    }
    const kv = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(trimmed);
    if (kv && section) {
      lastKey = (kv[1] as string).trim().toLowerCase();
      section.set(lastKey, kv[2] as string);
    } else lastKey = null;
  }
  return out;
}
