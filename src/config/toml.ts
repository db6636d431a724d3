/**
 * A small TOML reader for the packaging configuration (pyproject.toml): enough of TOML 1.0 to read
 * real files whole, not only the keys pycpg looks at, and strict where a wrong reading would
 * silently change the import roots. Supported: comments, tables `[a.b]` and arrays of tables
 * `[[a.b]]`, bare, quoted and dotted keys, basic and literal strings (one- and multi-line, with
 * escapes), integers (decimal, hex, octal, binary, underscores), floats, booleans, dates and times
 * (kept as their text), arrays (multi-line, trailing comma, comments) and inline tables.
 * Anything else, or a key defined twice, throws a TomlError with the line number.
 */

export type TomlValue = string | number | boolean | TomlValue[] | TomlTable;
export interface TomlTable {
  [key: string]: TomlValue;
}

export class TomlError extends Error {
  override name = "TomlError";
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

const BARE_KEY = /[A-Za-z0-9_-]/;

/** Parses a TOML document; throws TomlError on anything it does not understand. */
export function parseToml(text: string): TomlTable {
  return new Parser(text.startsWith("\uFEFF") ? text.slice(1) : text).document();
}

/** Tables created by a header or a dotted key can be extended; inline tables and arrays cannot. */
const SEALED = new WeakSet<object>();
const DEFINED = new WeakSet<object>();
const TABLE_ARRAYS = new WeakSet<object>();

class Parser {
  private pos = 0;
  private line = 1;

  constructor(private readonly s: string) {}

  private fail(message: string): never {
    throw new TomlError(message, this.line);
  }

  private peek(offset = 0): string {
    return this.s[this.pos + offset] ?? "";
  }

  private next(): string {
    const c = this.s[this.pos++] ?? "";
    if (c === "\n") this.line++;
    return c;
  }

  private startsWith(t: string): boolean {
    return this.s.startsWith(t, this.pos);
  }

  /** Spaces and tabs. */
  private ws(): void {
    while (this.peek() === " " || this.peek() === "\t") this.pos++;
  }

  /** Whitespace, newlines and comments (inside arrays). */
  private wsNl(): void {
    for (;;) {
      const c = this.peek();
      if (c === " " || c === "\t" || c === "\r" || c === "\n") this.next();
      else if (c === "#") this.comment();
      else return;
    }
  }

  private comment(): void {
    while (this.pos < this.s.length && this.peek() !== "\n") this.pos++;
  }

  /** The rest of a line after a value or header: blanks, an optional comment, the newline. */
  private endOfLine(): void {
    this.ws();
    if (this.peek() === "#") this.comment();
    if (this.peek() === "\r" && this.peek(1) === "\n") this.pos++;
    if (this.pos >= this.s.length) return;
    if (this.peek() !== "\n") this.fail(`unexpected ${JSON.stringify(this.peek())} after a value`);
    this.next();
  }

  document(): TomlTable {
    const root: TomlTable = {};
    let current = root;
    while (this.pos < this.s.length) {
      this.ws();
      const c = this.peek();
      if (c === "" || c === "\n" || c === "\r" || c === "#") {
        this.endOfLine();
        continue;
      }
      if (c === "[") {
        const isArray = this.peek(1) === "[";
        this.pos += isArray ? 2 : 1;
        this.ws();
        const key = this.key();
        this.ws();
        if (isArray ? !this.startsWith("]]") : this.peek() !== "]") this.fail(`table header not closed: expected ${isArray ? "]]" : "]"}`);
        this.pos += isArray ? 2 : 1;
        this.endOfLine();
        current = isArray ? this.arrayTable(root, key) : this.headerTable(root, key);
        continue;
      }
      this.keyValue(current);
      this.endOfLine();
    }
    return root;
  }

  private headerTable(root: TomlTable, key: string[]): TomlTable {
    const parent = this.descend(root, key.slice(0, -1));
    const last = key[key.length - 1] as string;
    const existing = parent[last];
    if (existing === undefined) {
      const t: TomlTable = {};
      DEFINED.add(t);
      parent[last] = t;
      return t;
    }
    if (!isTable(existing) || SEALED.has(existing) || DEFINED.has(existing)) this.fail(`table [${key.join(".")}] defined twice`);
    DEFINED.add(existing);
    return existing;
  }

  private arrayTable(root: TomlTable, key: string[]): TomlTable {
    const parent = this.descend(root, key.slice(0, -1));
    const last = key[key.length - 1] as string;
    let arr = parent[last];
    if (arr === undefined) {
      arr = [];
      TABLE_ARRAYS.add(arr);
      parent[last] = arr;
    } else if (!Array.isArray(arr) || !TABLE_ARRAYS.has(arr)) this.fail(`[[${key.join(".")}]] extends something that is not an array of tables`);
    const t: TomlTable = {};
    arr.push(t);
    return t;
  }

  /** Walks (creating implicit tables) to the table named by `path`; the last table of an array of tables. */
  private descend(from: TomlTable, path: string[]): TomlTable {
    let t = from;
    for (const k of path) {
      let v = t[k];
      if (v === undefined) {
        v = {};
        t[k] = v;
      }
      if (Array.isArray(v)) {
        if (!TABLE_ARRAYS.has(v) || v.length === 0) this.fail(`${k} is an array, not a table`);
        v = v[v.length - 1] as TomlValue;
      }
      if (!isTable(v)) this.fail(`${k} is a value, not a table`);
      if (SEALED.has(v)) this.fail(`${k} is an inline table and cannot be extended`);
      t = v;
    }
    return t;
  }

  private keyValue(table: TomlTable): void {
    const key = this.key();
    this.ws();
    if (this.peek() !== "=") this.fail(`expected = after the key ${key.join(".")}`);
    this.pos++;
    this.ws();
    const value = this.value();
    const parent = this.descendDotted(table, key.slice(0, -1));
    const last = key[key.length - 1] as string;
    if (last in parent) this.fail(`key ${key.join(".")} defined twice`);
    parent[last] = value;
  }

  /** Dotted keys create tables that a later header may not redefine. */
  private descendDotted(from: TomlTable, path: string[]): TomlTable {
    let t = from;
    for (const k of path) {
      let v = t[k];
      if (v === undefined) {
        v = {};
        DEFINED.add(v);
        t[k] = v;
      }
      if (!isTable(v) || SEALED.has(v)) this.fail(`${k} is not a table that can be extended`);
      t = v;
    }
    return t;
  }

  private key(): string[] {
    const parts: string[] = [];
    for (;;) {
      this.ws();
      const c = this.peek();
      if (c === '"') parts.push(this.basicString());
      else if (c === "'") parts.push(this.literalString());
      else {
        const start = this.pos;
        while (BARE_KEY.test(this.peek())) this.pos++;
        if (this.pos === start) this.fail(`expected a key, got ${JSON.stringify(c)}`);
        parts.push(this.s.slice(start, this.pos));
      }
      this.ws();
      if (this.peek() !== ".") return parts;
      this.pos++;
    }
  }

  private value(): TomlValue {
    const c = this.peek();
    if (c === '"') return this.startsWith('"""') ? this.multiBasic() : this.basicString();
    if (c === "'") return this.startsWith("'''") ? this.multiLiteral() : this.literalString();
    if (c === "[") return this.array();
    if (c === "{") return this.inlineTable();
    if (this.startsWith("true")) return this.word("true", true);
    if (this.startsWith("false")) return this.word("false", false);
    return this.scalar();
  }

  private word(w: string, v: boolean): boolean {
    this.pos += w.length;
    if (BARE_KEY.test(this.peek())) this.fail(`unexpected text after ${w}`);
    return v;
  }

  /** Numbers, dates and times. */
  private scalar(): number | string {
    const start = this.pos;
    while (this.pos < this.s.length && /[0-9A-Za-z_+\-.:]/.test(this.peek())) this.pos++;
    // a date-time may have a space between the date and the time
    if (this.peek() === " " && /^\d{4}-\d{2}-\d{2}$/.test(this.s.slice(start, this.pos)) && /\d/.test(this.peek(1))) {
      this.pos++;
      while (this.pos < this.s.length && /[0-9A-Za-z_+\-.:]/.test(this.peek())) this.pos++;
    }
    const t = this.s.slice(start, this.pos);
    if (t === "") this.fail(`expected a value, got ${JSON.stringify(this.peek())}`);
    if (/^[+-]?(inf|nan)$/.test(t)) return t.endsWith("inf") ? (t.startsWith("-") ? -Infinity : Infinity) : Number.NaN;
    if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/i.test(t) || /^\d{2}:\d{2}:\d{2}(\.\d+)?$/.test(t)) return t;
    if (/^0x[0-9A-Fa-f](_?[0-9A-Fa-f])*$/.test(t)) return Number.parseInt(t.slice(2).replaceAll("_", ""), 16);
    if (/^0o[0-7](_?[0-7])*$/.test(t)) return Number.parseInt(t.slice(2).replaceAll("_", ""), 8);
    if (/^0b[01](_?[01])*$/.test(t)) return Number.parseInt(t.slice(2).replaceAll("_", ""), 2);
    if (/^[+-]?(0|[1-9](_?\d)*)$/.test(t)) return Number(t.replaceAll("_", ""));
    if (/^[+-]?(0|[1-9](_?\d)*)(\.\d(_?\d)*)?([eE][+-]?\d(_?\d)*)?$/.test(t)) return Number(t.replaceAll("_", ""));
    this.fail(`not a TOML value: ${JSON.stringify(t)}`);
  }

  private array(): TomlValue[] {
    this.pos++;
    const out: TomlValue[] = [];
    for (;;) {
      this.wsNl();
      if (this.peek() === "]") {
        this.pos++;
        return out;
      }
      out.push(this.value());
      this.wsNl();
      if (this.peek() === ",") this.pos++;
      else if (this.peek() !== "]") this.fail(`expected , or ] in an array, got ${JSON.stringify(this.peek())}`);
    }
  }

  private inlineTable(): TomlTable {
    this.pos++;
    const t: TomlTable = {};
    this.ws();
    if (this.peek() === "}") {
      this.pos++;
      SEALED.add(t);
      return t;
    }
    for (;;) {
      this.ws();
      this.keyValue(t);
      this.ws();
      if (this.peek() === ",") {
        this.pos++;
        continue;
      }
      if (this.peek() === "}") {
        this.pos++;
        SEALED.add(t);
        return t;
      }
      this.fail(`expected , or } in an inline table, got ${JSON.stringify(this.peek())}`);
    }
  }

  private basicString(): string {
    this.pos++;
    let out = "";
    for (;;) {
      const c = this.peek();
      if (c === "" || c === "\n") this.fail("string not closed on its line");
      this.pos++;
      if (c === '"') return out;
      if (c === "\\") out += this.escape();
      else out += c;
    }
  }

  private escape(): string {
    const c = this.next();
    switch (c) {
      case "b":
        return "\b";
      case "t":
        return "\t";
      case "n":
        return "\n";
      case "f":
        return "\f";
      case "r":
        return "\r";
      case "e":
        return "\x1b";
      case '"':
        return '"';
      case "\\":
        return "\\";
      case "u":
      case "U": {
        const n = c === "u" ? 4 : 8;
        const hex = this.s.slice(this.pos, this.pos + n);
        if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== n) this.fail(`bad \\${c} escape`);
        this.pos += n;
        return String.fromCodePoint(Number.parseInt(hex, 16));
      }
      case "x": {
        const hex = this.s.slice(this.pos, this.pos + 2);
        if (!/^[0-9A-Fa-f]{2}$/.test(hex)) this.fail("bad \\x escape");
        this.pos += 2;
        return String.fromCodePoint(Number.parseInt(hex, 16));
      }
      default:
        this.fail(`unknown escape \\${c}`);
    }
  }

  private literalString(): string {
    this.pos++;
    const end = this.s.indexOf("'", this.pos);
    const nl = this.s.indexOf("\n", this.pos);
    if (end < 0 || (nl >= 0 && nl < end)) this.fail("string not closed on its line");
    const v = this.s.slice(this.pos, end);
    this.pos = end + 1;
    return v;
  }

  private multiBasic(): string {
    this.pos += 3;
    this.skipFirstNewline();
    let out = "";
    for (;;) {
      if (this.pos >= this.s.length) this.fail('multi-line string not closed (""")');
      if (this.startsWith('"""')) {
        // up to two quotes may end the content right before the closing delimiter
        let q = 3;
        while (this.peek(q) === '"' && q < 5) q++;
        out += '"'.repeat(q - 3);
        this.pos += q;
        return out;
      }
      const c = this.next();
      if (c === "\\") {
        // a line-ending backslash trims the newline and the whitespace after it
        let k = this.pos;
        while (this.s[k] === " " || this.s[k] === "\t") k++;
        if (this.s[k] === "\n" || (this.s[k] === "\r" && this.s[k + 1] === "\n")) {
          this.pos = k;
          while (/[ \t\r\n]/.test(this.peek())) this.next();
        } else out += this.escape();
      } else out += c;
    }
  }

  /** A newline right after the opening delimiter of a multi-line string is not part of it. */
  private skipFirstNewline(): void {
    if (this.startsWith("\r\n")) this.pos++;
    if (this.peek() === "\n") this.next();
  }

  private multiLiteral(): string {
    this.pos += 3;
    this.skipFirstNewline();
    const end = this.s.indexOf("'''", this.pos);
    if (end < 0) this.fail("multi-line string not closed (''')");
    let q = 3;
    while (this.s[end + q] === "'" && q < 5) q++;
    const v = this.s.slice(this.pos, end + q - 3);
    while (this.pos < end + q) this.next();
    return v;
  }
}

function isTable(v: TomlValue | undefined): v is TomlTable {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The value at a dotted path of tables, or undefined. */
export function tomlGet(t: TomlTable, ...path: string[]): TomlValue | undefined {
  let v: TomlValue | undefined = t;
  for (const k of path) {
    if (!isTable(v)) return undefined;
    v = v[k];
  }
  return v;
}
