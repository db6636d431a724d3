/**
 * One pass over a tree-sitter-python syntax tree that emits the per-file tables of tables.ts.
 *
 * The walk uses a TreeCursor (the cheapest way through web-tree-sitter's wasm boundary) and a
 * small mutable state (scope, expression context, flags) saved and restored around subtrees.
 * Normalisation happens inline: spans become UTF-8 byte offsets into the stored file plus 1-based
 * lines and 0-based byte columns, definitions get qualified names, and every row gets a stable id
 * (normalize/ids.ts; recipes in docs/schema.md).
 */
import type { Language, Node, Tree, TreeCursor } from "web-tree-sitter";
import { H, type HashPrefix, hash64, hash64After, hashPrefix, type Id64, idToKey } from "../normalize/ids.ts";
import { lineIndexOf } from "../normalize/source-text.ts";
import type { CellValue, RowBuilder } from "./row-builder.ts";

/** The builders one file's rows go to (shared across the files of a batch). */
export interface ExtractSinks {
  defs: RowBuilder;
  params: RowBuilder;
  decorators: RowBuilder;
  calls: RowBuilder;
  names: RowBuilder;
  attributes: RowBuilder;
  imports: RowBuilder;
  bindings: RowBuilder;
  diagnostics: RowBuilder;
  exports: RowBuilder;
  types: RowBuilder;
}

export interface ExtractInput {
  fileId: Id64;
  text: string;
  /** UTF-16 index -> byte offset, or null for identity. */
  byteAt: Uint32Array | null;
  lineStarts: Uint32Array;
  tree: Tree;
}

export interface ExtractSummary {
  allKind: "none" | "literal" | "dynamic";
  syntaxErrors: number;
}

type Ctx = "load" | "store" | "del";
type DefKind = "MODULE" | "CLASS" | "FUNCTION" | "LAMBDA";

interface Scope {
  readonly id: Id64;
  readonly kind: DefKind;
  readonly qname: string;
  /** Prefix of the local qualified names of definitions nested in this scope. */
  readonly childPrefix: string;
  /** The id in key form (decimal), used in the keys of the sites evaluated in this scope. */
  readonly key: string;
  /** Per site kind: the hash state of the ids' common prefix and, per name, how many sites so far. */
  readonly sites: Map<string, SiteCounter>;
}

interface SiteCounter {
  /** hashPrefix(`F|<kind>|<scope key>|`). */
  readonly prefix: HashPrefix;
  readonly counts: Map<string, number>;
}

/** The site kind of a NAME_REF in each context (constant strings: no concatenation per name). */
const NAME_REF_KIND: Record<string, string> = { load: "NAME_REF:load", store: "NAME_REF:store", del: "NAME_REF:del" };

const MAX_TEXT = 200;
const MAX_SYNTAX_DIAGNOSTICS = 50;
const IMPORT_ERROR_RE = /\b(ImportError|ModuleNotFoundError)\b/;

function clip(s: string): string {
  return s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s;
}

/** Extracts one parsed file into the sinks. Not reentrant; create one per worker. */
export class PythonExtractor {
  private s!: ExtractSinks;
  private c!: TreeCursor;
  private text = "";
  private byteAt: Uint32Array | null = null;
  private starts!: Uint32Array;
  private fileId!: Id64;
  private fileKey = "";
  private defOrdinals = new Map<string, number>();
  private allKind: ExtractSummary["allKind"] = "none";
  private exportOrdinal = 0;

  // Walk state, saved/restored around subtrees.
  private scope!: Scope;
  private ctx: Ctx = "load";
  private bindKind = "assign";
  private asKind = "with";
  private typeChecking = false;
  private tryImport = false;
  private inPattern = false;

  /** Node type id -> type name, "" for anonymous (token) types. */
  private readonly typeNames: string[];

  constructor(sinks: ExtractSinks, language: Language) {
    this.s = sinks;
    this.typeNames = [];
    for (let id = 0; id < language.nodeTypeCount; id++) {
      this.typeNames.push(language.nodeTypeIsNamed(id) ? (language.nodeTypeForId(id) ?? "") : "");
    }
  }

  /** The cursor node's type name, or "" for an anonymous node: one call into wasm instead of two. */
  private type(): string {
    const id = this.c.nodeTypeId;
    // ERROR nodes have the id 0xffff, outside the table: they must still be walked (error recovery).
    return this.typeNames[id] ?? (id === 0xffff ? "ERROR" : "");
  }

  extract(input: ExtractInput): ExtractSummary {
    this.text = input.text;
    this.byteAt = input.byteAt;
    this.starts = input.lineStarts;
    this.fileId = input.fileId;
    this.fileKey = idToKey(input.fileId);
    this.defOrdinals.clear();
    this.allKind = "none";
    this.exportOrdinal = 0;
    this.ctx = "load";
    this.bindKind = "assign";
    this.asKind = "with";
    this.typeChecking = false;
    this.tryImport = false;
    this.inPattern = false;

    const root = input.tree.rootNode;
    const moduleId = this.defId("MODULE", "");
    const totalBytes = this.b(this.text.length);
    const endLine = lineIndexOf(this.starts, totalBytes);
    this.s.defs.add({
      node_id: moduleId,
      file_id: this.fileId,
      kind: "MODULE",
      name: null,
      local_qname: "",
      parent_id: null,
      bstart: 0,
      bend: totalBytes,
      start_line: 1,
      start_col: 0,
      end_line: endLine + 1,
      end_col: totalBytes - (this.starts[endLine] as number),
      is_async: false,
      is_method: false,
      arity: null,
      decorator_count: 0,
      docstring: this.docstringOf(root),
      bases: null,
      ordinal: 0,
    });
    this.scope = { id: moduleId, kind: "MODULE", qname: "", childPrefix: "", key: idToKey(moduleId), sites: new Map() };
    this.c = input.tree.walk();
    try {
      this.children();
    } finally {
      this.c.delete();
    }
    const syntaxErrors = root.hasError ? this.syntaxDiagnostics(root) : 0;
    return { allKind: this.allKind, syntaxErrors };
  }

  // ---- spans and ids -------------------------------------------------------------------------

  private b(i: number): number {
    return this.byteAt ? (this.byteAt[i] as number) : i;
  }

  /** Adds the six span columns of UTF-16 range [i, j) to `row`. */
  private span(row: Record<string, CellValue>, i: number, j: number): Record<string, CellValue> {
    const bs = this.b(i);
    const be = this.b(j);
    const l0 = lineIndexOf(this.starts, bs);
    const l1 = lineIndexOf(this.starts, be);
    row.bstart = bs;
    row.bend = be;
    row.start_line = l0 + 1;
    row.start_col = bs - (this.starts[l0] as number);
    row.end_line = l1 + 1;
    row.end_col = be - (this.starts[l1] as number);
    return row;
  }

  private defId(kind: DefKind, qname: string, ordinal = 0): Id64 {
    hash64(`${this.fileKey}|${kind}|${qname}|${ordinal}`);
    return { hi: H.hi, lo: H.lo };
  }

  /**
   * A site's id (schema v2): keyed by its enclosing scope (a definition, or a lambda), its kind,
   * its name and its ordinal among the sites of the same kind and name in that scope, in walk
   * order. No offset is part of it, so an edit changes only the ids of the sites of the scopes it
   * touches (and of those after it with the same kind and name in the same scope).
   */
  private siteId(kind: string, name: string, scope: Scope = this.scope): Id64 {
    let counter = scope.sites.get(kind);
    if (counter === undefined) {
      counter = { prefix: hashPrefix(`${this.fileKey}|${kind}|${scope.key}|`), counts: new Map() };
      scope.sites.set(kind, counter);
    }
    const n = counter.counts.get(name) ?? 0;
    counter.counts.set(name, n + 1);
    // = hash64(`F|<kind>|<scope key>|<name>|<n>`), without hashing the prefix again
    hash64After(counter.prefix, `${name}|${n}`);
    return { hi: H.hi, lo: H.lo };
  }

  private nextOrdinal(kind: DefKind, qname: string): number {
    const key = `${kind}|${qname}`;
    const n = this.defOrdinals.get(key) ?? 0;
    this.defOrdinals.set(key, n + 1);
    return n;
  }

  private curText(): string {
    return this.text.slice(this.c.startIndex, this.c.endIndex);
  }

  // ---- generic walk --------------------------------------------------------------------------

  /** Visits every child of the cursor's node. */
  private children(): void {
    const c = this.c;
    if (!c.gotoFirstChild()) return;
    do this.node();
    while (c.gotoNextSibling());
    c.gotoParent();
  }

  /** Visits the cursor's node. */
  private node(): void {
    // Anonymous nodes are tokens ("lambda", "await", punctuation): nothing to extract.
    const type = this.type();
    if (type === "") return;
    switch (type) {
      case "identifier":
        this.identifier();
        return;
      case "call":
        this.call();
        return;
      case "attribute":
        this.attribute();
        return;
      case "subscript":
      case "slice":
        this.withCtx("load", () => this.children());
        return;
      case "function_definition":
        this.functionDef(0);
        return;
      case "class_definition":
        this.classDef(0);
        return;
      case "decorated_definition":
        this.decorated();
        return;
      case "lambda":
        this.lambda();
        return;
      case "import_statement":
        this.importStatement();
        return;
      case "import_from_statement":
      case "future_import_statement":
        this.importFrom(type === "future_import_statement");
        return;
      case "assignment":
      case "augmented_assignment":
        this.assignment(type === "augmented_assignment");
        return;
      case "for_statement":
        this.fieldsAsStore("left", "for");
        return;
      case "for_in_clause":
        this.fieldsAsStore("left", "comprehension");
        return;
      case "named_expression":
        this.fieldsAsStore("name", "walrus");
        return;
      case "as_pattern_target":
        this.asStore(this.inPattern ? "match" : this.asKind, () => this.children());
        return;
      case "as_pattern":
        if (this.inPattern) this.matchAsPattern();
        else this.children();
        return;
      case "with_statement":
        this.withAsKind("with");
        return;
      case "except_clause":
      case "except_group_clause":
        this.withAsKind("except");
        return;
      case "global_statement":
      case "nonlocal_statement":
        this.globalStatement(type === "global_statement" ? "global" : "nonlocal");
        return;
      case "delete_statement": {
        const ctx = this.ctx;
        const kind = this.bindKind;
        this.ctx = "del";
        this.bindKind = "del";
        this.children();
        this.ctx = ctx;
        this.bindKind = kind;
        return;
      }
      case "keyword_argument":
        this.skipField("name");
        return;
      case "if_statement":
        this.ifStatement();
        return;
      case "try_statement":
        this.tryStatement();
        return;
      case "type_alias_statement":
        if (this.misparsedTypeCall()) this.fieldsAsStore("left", "assign");
        else this.fieldsAsStore("left", "type_alias");
        return;
      case "case_pattern":
        this.casePattern();
        return;
      case "dotted_name":
        if (this.inPattern) this.patternName();
        else this.children();
        return;
      case "keyword_pattern":
        this.skipFirstIdentifier();
        return;
      case "class_pattern":
        this.classPattern();
        return;
      case "splat_pattern":
        if (this.inPattern) this.asStore("match", () => this.children());
        else this.children();
        return;
      case "comment":
      case "string_start":
      case "string_content":
      case "string_end":
      case "escape_sequence":
      case "integer":
      case "float":
        return;
      default:
        this.children();
    }
  }

  private withCtx(ctx: Ctx, fn: () => void): void {
    const saved = this.ctx;
    this.ctx = ctx;
    fn();
    this.ctx = saved;
  }

  private asStore(kind: string, fn: () => void): void {
    const ctx = this.ctx;
    const bk = this.bindKind;
    this.ctx = "store";
    this.bindKind = kind;
    fn();
    this.ctx = ctx;
    this.bindKind = bk;
  }

  private withAsKind(kind: string): void {
    const saved = this.asKind;
    this.asKind = kind;
    this.children();
    this.asKind = saved;
  }

  /** Walks the children; the one in field `field` is a store target of binding kind `kind`. */
  private fieldsAsStore(field: string, kind: string): void {
    const c = this.c;
    if (!c.gotoFirstChild()) return;
    do {
      if (c.currentFieldName === field) this.asStore(kind, () => this.node());
      else this.withCtx("load", () => this.node());
    } while (c.gotoNextSibling());
    c.gotoParent();
  }

  /** Walks the children except the one in field `field` (e.g. a keyword argument's name). */
  private skipField(field: string): void {
    const c = this.c;
    if (!c.gotoFirstChild()) return;
    do if (c.currentFieldName !== field) this.withCtx("load", () => this.node());
    while (c.gotoNextSibling());
    c.gotoParent();
  }

  // ---- names, attributes, calls --------------------------------------------------------------

  private identifier(): void {
    const c = this.c;
    const i = c.startIndex;
    const j = c.endIndex;
    const name = this.text.slice(i, j);
    // A NAME_REF's kind in its key includes the context: a store's id then depends only on the
    // earlier stores of the name in its scope, which the module interface fingerprints.
    const id = this.siteId(NAME_REF_KIND[this.ctx] as string, name);
    this.s.names.add(this.span({ node_id: id, file_id: this.fileId, scope_id: this.scope.id, name, ctx: this.ctx }, i, j));
    if (this.ctx !== "load") this.binding(name, this.ctx === "del" ? "del" : this.bindKind, id, i, j);
  }

  private binding(name: string, kind: string, target: Id64 | null, i: number, j: number, scope: Scope = this.scope): void {
    this.s.bindings.add({
      file_id: this.fileId,
      scope_id: scope.id,
      name,
      binding_kind: kind,
      target_id: target,
      bstart: this.b(i),
      bend: this.b(j),
    });
  }

  private attribute(): void {
    const c = this.c;
    const i = c.startIndex;
    const j = c.endIndex;
    let attr = "";
    let attrStart = j;
    let receiver = "";
    const ctx = this.ctx;
    this.ctx = "load";
    if (c.gotoFirstChild()) {
      do {
        const f = c.currentFieldName;
        if (f === "attribute") {
          attr = this.curText();
          attrStart = c.startIndex;
        } else if (f === "object") {
          receiver = this.curText();
          this.node();
        } else this.node();
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    this.ctx = ctx;
    this.s.attributes.add(
      this.span(
        {
          node_id: this.siteId("ATTRIBUTE", attr),
          file_id: this.fileId,
          scope_id: this.scope.id,
          attr,
          receiver: clip(receiver),
          ctx,
          attr_bstart: this.b(attrStart),
        },
        i,
        j,
      ),
    );
  }

  /**
   * tree-sitter-python 0.25 reads `type(x).attr = v` as a PEP 695 alias `type (x).attr = v`, but
   * CPython takes `type` as a keyword only when a name follows it: this is an assignment whose
   * target starts with the call `type(x)`. When the statement at the cursor is such a misparse,
   * adds the NAME_REF `type` and the CALL the tree lacks (the rest is walked as an assignment).
   */
  private misparsedTypeCall(): boolean {
    const stmt = this.c.currentNode;
    const kw = stmt.child(0);
    if (kw === null || kw.type !== "type") return false;
    let k = kw.endIndex;
    while (this.text[k] === " " || this.text[k] === "\t") k++;
    if (this.text[k] !== "(") return false;
    // The leftmost operand of the target's attribute/subscript chain holds the call's arguments.
    let e = stmt.childForFieldName("left")?.namedChild(0) ?? null;
    while (e && (e.type === "attribute" || e.type === "subscript")) e = e.childForFieldName(e.type === "attribute" ? "object" : "value");
    if (!e || (e.type !== "parenthesized_expression" && e.type !== "tuple")) return false;
    const args = e.namedChildren.filter((a) => a !== null && a.type !== "comment");
    const argc = e.type === "tuple" ? args.length : Math.min(args.length, 1);
    const star = args.some((a) => a?.type === "list_splat" || a?.type === "dictionary_splat");
    const [i, j] = [kw.startIndex, e.endIndex];
    this.s.names.add(
      this.span({ node_id: this.siteId("NAME_REF:load", "type"), file_id: this.fileId, scope_id: this.scope.id, name: "type", ctx: "load" }, i, kw.endIndex),
    );
    this.s.calls.add(
      this.span(
        {
          node_id: this.siteId("CALL", "type"),
          file_id: this.fileId,
          scope_id: this.scope.id,
          callee: "type",
          callee_kind: "name",
          callee_name: "type",
          receiver: null,
          arg_count: argc,
          has_star_args: star,
          callee_bstart: this.b(i),
          callee_bend: this.b(kw.endIndex),
        },
        i,
        j,
      ),
    );
    return true;
  }

  private call(): void {
    const c = this.c;
    const i = c.startIndex;
    const j = c.endIndex;
    let callee = "";
    let calleeKind = "other";
    let calleeName: string | null = null;
    let receiver: string | null = null;
    let calleeStart = i;
    let calleeEnd = i;
    let argc = 0;
    let star = false;
    const ctx = this.ctx;
    this.ctx = "load";
    if (c.gotoFirstChild()) {
      do {
        const f = c.currentFieldName;
        if (f === "function") {
          const t = this.type();
          calleeStart = c.startIndex;
          calleeEnd = c.endIndex;
          callee = this.curText();
          if (t === "identifier") {
            calleeKind = "name";
            calleeName = callee;
          } else if (t === "attribute") {
            calleeKind = "attribute";
            const n = c.currentNode;
            calleeName = n.childForFieldName("attribute")?.text ?? null;
            receiver = n.childForFieldName("object")?.text ?? null;
          } else if (t === "call") calleeKind = "call";
          else if (t === "subscript") calleeKind = "subscript";
          this.node();
        } else if (f === "arguments") {
          if (this.type() === "generator_expression") {
            argc = 1;
            this.node();
          } else if (c.gotoFirstChild()) {
            do {
              const t = this.type();
              if (t !== "") {
                if (t !== "comment") {
                  argc++;
                  if (t === "list_splat" || t === "dictionary_splat") star = true;
                }
              }
              this.node();
            } while (c.gotoNextSibling());
            c.gotoParent();
          }
        } else this.node();
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    this.ctx = ctx;
    this.s.calls.add(
      this.span(
        {
          node_id: this.siteId("CALL", clip(callee)),
          file_id: this.fileId,
          scope_id: this.scope.id,
          callee: clip(callee),
          callee_kind: calleeKind,
          callee_name: calleeName,
          receiver: receiver === null ? null : clip(receiver),
          arg_count: argc,
          has_star_args: star,
          callee_bstart: this.b(calleeStart),
          callee_bend: this.b(calleeEnd),
        },
        i,
        j,
      ),
    );
  }

  // ---- definitions ---------------------------------------------------------------------------

  private decorated(): void {
    const c = this.c;
    const decorators: number[] = [];
    let index = 0;
    let defIndex = -1;
    if (!c.gotoFirstChild()) return;
    do {
      if (this.type() === "decorator") decorators.push(index);
      else if (c.currentFieldName === "definition") defIndex = index;
      index++;
    } while (c.gotoNextSibling());
    c.gotoParent();

    // The definition first (its id is the decorators' target), then the decorators, which are
    // evaluated in the enclosing scope.
    let defId: Id64 | null = null;
    c.gotoFirstChild();
    for (let k = 0; k < defIndex; k++) c.gotoNextSibling();
    if (this.type() === "function_definition") defId = this.functionDef(decorators.length);
    else if (this.type() === "class_definition") defId = this.classDef(decorators.length);
    else this.node();
    c.gotoParent();

    c.gotoFirstChild();
    index = 0;
    let ordinal = 0;
    do {
      if (this.type() === "decorator") {
        const i = c.startIndex;
        const j = c.endIndex;
        let expr = this.curText();
        if (expr.startsWith("@")) expr = expr.slice(1).trim();
        this.s.decorators.add(
          this.span(
            {
              node_id: defId ? this.defIdFor("DECORATOR", `${idToKey(defId)}|${ordinal}`) : this.siteId("DECORATOR", clip(expr)),
              file_id: this.fileId,
              def_id: defId,
              scope_id: this.scope.id,
              ordinal: ordinal++,
              expr: clip(expr),
            },
            i,
            j,
          ),
        );
        this.withCtx("load", () => this.children());
      }
      index++;
    } while (c.gotoNextSibling());
    c.gotoParent();
  }

  private enterScope(kind: DefKind, name: string, ordinalKey: string | null): Scope {
    const parent = this.scope;
    const qname = parent.childPrefix + name;
    let id: Id64;
    if (kind === "LAMBDA") id = this.siteId("LAMBDA", "<lambda>", parent);
    else id = this.defId(kind, qname, this.nextOrdinal(kind, ordinalKey ?? qname));
    const childPrefix = kind === "CLASS" ? `${qname}.` : `${qname}.<locals>.`;
    return { id, kind, qname, childPrefix, key: idToKey(id), sites: new Map() };
  }

  /** function_definition at the cursor; returns its id. */
  private functionDef(decoratorCount: number): Id64 {
    const c = this.c;
    const i = c.startIndex;
    const j = c.endIndex;
    const parent = this.scope;
    const node = c.currentNode;
    const nameNode = node.childForFieldName("name");
    const name = nameNode?.text ?? "";
    const isAsync = node.firstChild?.type === "async";
    const returns = node.childForFieldName("return_type")?.text ?? null;
    const scope = this.enterScope("FUNCTION", name, null);
    const ordinal = (this.defOrdinals.get(`FUNCTION|${scope.qname}`) ?? 1) - 1;
    if (nameNode) this.binding(name, "def", scope.id, nameNode.startIndex, nameNode.endIndex, parent);

    let arity = 0;
    let docstring: string | null = null;
    if (c.gotoFirstChild()) {
      do {
        const f = c.currentFieldName;
        if (f === "parameters") arity = this.parameters(scope);
        else if (f === "body") {
          docstring = this.docstringOf(c.currentNode);
          this.scope = scope;
          this.withCtx("load", () => this.node());
          this.scope = parent;
        } else if (f === "name") {
          // the binding was recorded above
        } else {
          if (f === "return_type") this.typeFact(scope.id, "return", null, c.currentNode.text, null, c.startIndex, c.endIndex);
          this.withCtx("load", () => this.node()); // return type, type parameters
        }
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    this.s.defs.add(
      this.span(
        {
          node_id: scope.id,
          file_id: this.fileId,
          kind: "FUNCTION",
          name,
          local_qname: scope.qname,
          parent_id: parent.id,
          name_bstart: nameNode ? this.b(nameNode.startIndex) : null,
          name_bend: nameNode ? this.b(nameNode.endIndex) : null,
          is_async: isAsync,
          is_method: parent.kind === "CLASS",
          arity,
          decorator_count: decoratorCount,
          docstring,
          bases: null,
          ordinal,
          returns: returns === null ? null : clip(returns),
        },
        i,
        j,
      ),
    );
    return scope.id;
  }

  /** class_definition at the cursor; returns its id. */
  private classDef(decoratorCount: number): Id64 {
    const c = this.c;
    const i = c.startIndex;
    const j = c.endIndex;
    const parent = this.scope;
    const node = c.currentNode;
    const nameNode = node.childForFieldName("name");
    const name = nameNode?.text ?? "";
    const scope = this.enterScope("CLASS", name, null);
    const ordinal = (this.defOrdinals.get(`CLASS|${scope.qname}`) ?? 1) - 1;
    if (nameNode) this.binding(name, "class", scope.id, nameNode.startIndex, nameNode.endIndex, parent);
    const bases: string[] = [];
    let docstring: string | null = null;
    if (c.gotoFirstChild()) {
      do {
        const f = c.currentFieldName;
        if (f === "superclasses") {
          for (const arg of c.currentNode.namedChildren) {
            if (arg && arg.type !== "keyword_argument" && arg.type !== "comment") bases.push(clip(arg.text));
          }
          this.withCtx("load", () => this.node());
        } else if (f === "body") {
          docstring = this.docstringOf(c.currentNode);
          this.scope = scope;
          this.withCtx("load", () => this.node());
          this.scope = parent;
        } else if (f !== "name") this.withCtx("load", () => this.node());
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    this.s.defs.add(
      this.span(
        {
          node_id: scope.id,
          file_id: this.fileId,
          kind: "CLASS",
          name,
          local_qname: scope.qname,
          parent_id: parent.id,
          name_bstart: nameNode ? this.b(nameNode.startIndex) : null,
          name_bend: nameNode ? this.b(nameNode.endIndex) : null,
          is_async: false,
          is_method: false,
          arity: null,
          decorator_count: decoratorCount,
          docstring,
          bases: JSON.stringify(bases),
          ordinal,
        },
        i,
        j,
      ),
    );
    return scope.id;
  }

  private lambda(): void {
    const c = this.c;
    const i = c.startIndex;
    const j = c.endIndex;
    const parent = this.scope;
    const scope = this.enterScope("LAMBDA", "<lambda>", null);
    let arity = 0;
    if (c.gotoFirstChild()) {
      do {
        const f = c.currentFieldName;
        if (f === "parameters") arity = this.parameters(scope);
        else if (f === "body") {
          this.scope = scope;
          this.withCtx("load", () => this.node());
          this.scope = parent;
        } else this.withCtx("load", () => this.node());
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    this.s.defs.add(
      this.span(
        {
          node_id: scope.id,
          file_id: this.fileId,
          kind: "LAMBDA",
          name: "<lambda>",
          local_qname: scope.qname,
          parent_id: parent.id,
          name_bstart: null,
          name_bend: null,
          is_async: false,
          is_method: false,
          arity,
          decorator_count: 0,
          docstring: null,
          bases: null,
          ordinal: 0,
        },
        i,
        j,
      ),
    );
  }

  /**
   * The parameter list at the cursor: PARAM rows and bindings in `fn`; defaults and annotations
   * are walked in the enclosing scope (where Python evaluates them). Returns the arity.
   */
  private parameters(fn: Scope): number {
    const c = this.c;
    let ordinal = 0;
    let kind = "positional";
    const params: {
      name: string;
      i: number;
      j: number;
      nameI: number;
      nameJ: number;
      kind: string;
      hasDefault: boolean;
      annotation: string | null;
      defaultText: string | null;
    }[] = [];
    if (c.gotoFirstChild()) {
      do {
        const t = this.type();
        if (t === "" || t === "comment") continue;
        if (t === "positional_separator") {
          for (const p of params) if (p.kind === "positional") p.kind = "positional_only";
          continue;
        }
        if (t === "keyword_separator") {
          kind = "keyword_only";
          continue;
        }
        const i = c.startIndex;
        const j = c.endIndex;
        const node = c.currentNode;
        let nameNode: Node | null = null;
        let pkind = kind;
        let hasDefault = false;
        let annotation: string | null = null;
        let defaultText: string | null = null;
        if (t === "identifier") nameNode = node;
        else if (t === "list_splat_pattern" || t === "dictionary_splat_pattern") {
          nameNode = node.namedChildren.find((n) => n?.type === "identifier") ?? null;
          pkind = t === "list_splat_pattern" ? "vararg" : "kwarg";
          if (t === "list_splat_pattern") kind = "keyword_only";
        } else if (t === "default_parameter" || t === "typed_default_parameter" || t === "typed_parameter") {
          hasDefault = t !== "typed_parameter";
          nameNode = node.childForFieldName("name");
          if (!nameNode) {
            const first = node.namedChild(0);
            if (first?.type === "identifier") nameNode = first;
            else if (first?.type === "list_splat_pattern" || first?.type === "dictionary_splat_pattern") {
              nameNode = first.namedChildren.find((n) => n?.type === "identifier") ?? null;
              pkind = first.type === "list_splat_pattern" ? "vararg" : "kwarg";
              if (first.type === "list_splat_pattern") kind = "keyword_only";
            }
          }
          annotation = node.childForFieldName("type")?.text ?? null;
          defaultText = hasDefault ? (node.childForFieldName("value")?.text ?? null) : null;
          // Walk the default value and annotation in the enclosing scope.
          if (c.gotoFirstChild()) {
            do {
              const f = c.currentFieldName;
              if (f === "value" || f === "type") this.withCtx("load", () => this.node());
            } while (c.gotoNextSibling());
            c.gotoParent();
          }
        } else {
          // tuple_pattern (Python 2) and anything unexpected: walk as expressions.
          this.withCtx("load", () => this.node());
          continue;
        }
        params.push({
          name: nameNode?.text ?? "",
          i,
          j,
          nameI: nameNode?.startIndex ?? i,
          nameJ: nameNode?.endIndex ?? j,
          kind: pkind,
          hasDefault,
          annotation: annotation === null ? null : clip(annotation),
          defaultText: defaultText === null ? null : clip(defaultText),
        });
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    for (const p of params) {
      const id = this.defIdFor("PARAM", `${idToKey(fn.id)}|${p.name}|${ordinal}`);
      this.s.params.add(
        this.span(
          {
            node_id: id,
            file_id: this.fileId,
            def_id: fn.id,
            name: p.name,
            ordinal: ordinal++,
            param_kind: p.kind,
            has_default: p.hasDefault,
            annotation: p.annotation,
            default_text: p.defaultText,
          },
          p.i,
          p.j,
        ),
      );
      this.binding(p.name, "param", id, p.nameI, p.nameJ, fn);
    }
    return params.length;
  }

  private defIdFor(kind: string, rest: string): Id64 {
    hash64(`${this.fileKey}|${kind}|${rest}`);
    return { hi: H.hi, lo: H.lo };
  }

  /** First line of the docstring of a module/class/function body node, or null. */
  private docstringOf(body: Node): string | null {
    let first: Node | null = null;
    for (const n of body.namedChildren) {
      if (n && n.type !== "comment") {
        first = n;
        break;
      }
    }
    if (first?.type !== "expression_statement") return null;
    const str = first.namedChild(0);
    if (str?.type !== "string" || first.namedChildCount !== 1) return null;
    const raw = str.text.replace(/^[rRuUbBfF]*("""|'''|"|')/, "").replace(/("""|'''|"|')$/, "");
    const line = raw
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find((l) => l.length > 0);
    return line === undefined ? "" : clip(line);
  }

  // ---- imports -------------------------------------------------------------------------------

  private importRow(
    kind: string,
    module: string,
    name: string | null,
    alias: string | null,
    bound: string | null,
    level: number,
    isStar: boolean,
    i: number,
    j: number,
    si: number,
    sj: number,
  ): void {
    const id = this.siteId("IMPORT", `${".".repeat(level)}${module}|${name ?? ""}|${alias ?? ""}`);
    this.s.imports.add(
      this.span(
        {
          node_id: id,
          file_id: this.fileId,
          scope_id: this.scope.id,
          import_kind: kind,
          module,
          name,
          alias,
          bound_name: bound,
          level,
          is_star: isStar,
          in_type_checking: this.typeChecking,
          in_try_except: this.tryImport,
          stmt_bstart: this.b(si),
          stmt_bend: this.b(sj),
        },
        i,
        j,
      ),
    );
    if (bound !== null) this.binding(bound, "import", id, i, j);
  }

  private importStatement(): void {
    const c = this.c;
    const si = c.startIndex;
    const sj = c.endIndex;
    for (const n of c.currentNode.namedChildren) {
      if (!n) continue;
      if (n.type === "dotted_name") {
        const module = n.text.replace(/\s+/g, "");
        this.importRow("import", module, null, null, module.split(".")[0] ?? module, 0, false, n.startIndex, n.endIndex, si, sj);
      } else if (n.type === "aliased_import") {
        const module = (n.childForFieldName("name")?.text ?? "").replace(/\s+/g, "");
        const alias = n.childForFieldName("alias")?.text ?? null;
        this.importRow("import", module, null, alias, alias, 0, false, n.startIndex, n.endIndex, si, sj);
      }
    }
  }

  private importFrom(future: boolean): void {
    const c = this.c;
    const si = c.startIndex;
    const sj = c.endIndex;
    const node = c.currentNode;
    let module = future ? "__future__" : "";
    let level = 0;
    const moduleNode = future ? null : node.childForFieldName("module_name");
    if (moduleNode) {
      if (moduleNode.type === "relative_import") {
        for (const ch of moduleNode.children) {
          if (!ch) continue;
          if (ch.type === "import_prefix") level = ch.text.replace(/\s+/g, "").length;
          else if (ch.type === "dotted_name") module = ch.text.replace(/\s+/g, "");
        }
      } else module = moduleNode.text.replace(/\s+/g, "");
    }
    const kind = future ? "future" : "from";
    for (let k = 0; k < node.childCount; k++) {
      const n = node.child(k);
      if (!n) continue;
      if (n.type === "wildcard_import") {
        this.importRow(kind, module, "*", null, null, level, true, n.startIndex, n.endIndex, si, sj);
        continue;
      }
      if (node.fieldNameForChild(k) !== "name") continue;
      if (n.type === "dotted_name") {
        const name = n.text.replace(/\s+/g, "");
        this.importRow(kind, module, name, null, name, level, false, n.startIndex, n.endIndex, si, sj);
      } else if (n.type === "aliased_import") {
        const name = (n.childForFieldName("name")?.text ?? "").replace(/\s+/g, "");
        const alias = n.childForFieldName("alias")?.text ?? null;
        this.importRow(kind, module, name, alias, alias, level, false, n.startIndex, n.endIndex, si, sj);
      }
    }
  }

  // ---- statements ----------------------------------------------------------------------------

  private assignment(augmented: boolean): void {
    const c = this.c;
    let hasType = false;
    let leftIsAll = false;
    if (c.gotoFirstChild()) {
      do {
        const f = c.currentFieldName;
        if (f === "type") hasType = true;
        if (f === "left" && this.scope.kind === "MODULE" && this.type() === "identifier" && this.curText() === "__all__") leftIsAll = true;
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    if (leftIsAll) this.allAssignment(augmented);
    if (!augmented) this.assignmentFact();
    this.fieldsAsStore("left", augmented ? "augassign" : hasType ? "annassign" : "assign");
  }

  /** A py_types row for an assignment whose target is a name or `<name>.<attr>` (the type rules' input). */
  private assignmentFact(): void {
    const node = this.c.currentNode;
    const left = node.childForFieldName("left");
    if (!left) return;
    const simple =
      left.type === "identifier" ||
      (left.type === "attribute" && left.childForFieldName("object")?.type === "identifier" && left.childForFieldName("attribute") !== null);
    if (!simple) return;
    const annotation = node.childForFieldName("type")?.text ?? null;
    let right = node.childForFieldName("right");
    while (right && right.type === "assignment") right = right.childForFieldName("right");
    let valueKind: string | null = null;
    if (right) {
      const t = right.type;
      valueKind = t === "call" ? "call" : t === "identifier" ? "name" : t === "attribute" ? "attribute" : t === "none" ? "none" : "other";
    }
    this.typeFact(this.scope.id, "assign", left.text, annotation, right, left.startIndex, left.endIndex, valueKind);
  }

  private typeFact(
    scopeId: Id64,
    kind: string,
    target: string | null,
    annotation: string | null,
    value: Node | null,
    i: number,
    j: number,
    valueKind: string | null = null,
  ): void {
    this.s.types.add({
      file_id: this.fileId,
      scope_id: scopeId,
      kind,
      target,
      annotation: annotation === null ? null : clip(annotation),
      value_kind: valueKind,
      value_text:
        value === null || valueKind === null
          ? null
          : valueKind === "call"
            ? clip(value.childForFieldName("function")?.text ?? "")
            : valueKind === "name" || valueKind === "attribute"
              ? clip(value.text)
              : null,
      value_bstart: value ? this.b(value.startIndex) : null,
      value_bend: value ? this.b(value.endIndex) : null,
      bstart: this.b(i),
      bend: this.b(j),
    });
  }

  /** `__all__ = [...]` / `__all__ += [...]` at module level: literal entries become py_exports. */
  private allAssignment(augmented: boolean): void {
    const right = this.c.currentNode.childForFieldName("right");
    const names: string[] = [];
    let literal = right !== null && (right.type === "list" || right.type === "tuple");
    if (right && literal) {
      for (const el of right.namedChildren) {
        if (!el || el.type === "comment") continue;
        const v = el.type === "string" ? stringLiteralValue(el) : null;
        if (v === null) {
          literal = false;
          break;
        }
        names.push(v);
      }
    }
    if (!literal) {
      this.allKind = "dynamic";
      return;
    }
    if (!augmented) this.exportOrdinal = 0;
    if (this.allKind !== "dynamic") this.allKind = "literal";
    for (const name of names) this.s.exports.add({ file_id: this.fileId, name, ordinal: this.exportOrdinal++ });
  }

  private globalStatement(kind: string): void {
    const c = this.c;
    if (!c.gotoFirstChild()) return;
    do if (this.type() === "identifier") this.binding(this.curText(), kind, null, c.startIndex, c.endIndex);
    while (c.gotoNextSibling());
    c.gotoParent();
  }

  private ifStatement(): void {
    const c = this.c;
    let typeChecking = false;
    if (!c.gotoFirstChild()) return;
    do {
      const f = c.currentFieldName;
      if (f === "condition") {
        const t = this.curText().replace(/\s+/g, "");
        typeChecking = t === "TYPE_CHECKING" || t.endsWith(".TYPE_CHECKING");
        this.node();
      } else if (f === "consequence" && typeChecking) {
        const saved = this.typeChecking;
        this.typeChecking = true;
        this.node();
        this.typeChecking = saved;
      } else this.node();
    } while (c.gotoNextSibling());
    c.gotoParent();
  }

  private tryStatement(): void {
    const c = this.c;
    let guardsImport = false;
    for (const n of c.currentNode.namedChildren) {
      if (!n || (n.type !== "except_clause" && n.type !== "except_group_clause")) continue;
      const value = n.childForFieldName("value");
      if (!value || IMPORT_ERROR_RE.test(value.text)) guardsImport = true;
    }
    if (!guardsImport) {
      this.children();
      return;
    }
    if (!c.gotoFirstChild()) return;
    do {
      const t = this.type();
      const inGuard = c.currentFieldName === "body" || t === "except_clause" || t === "except_group_clause";
      const saved = this.tryImport;
      if (inGuard) this.tryImport = true;
      this.node();
      this.tryImport = saved;
    } while (c.gotoNextSibling());
    c.gotoParent();
  }

  // ---- match statement patterns --------------------------------------------------------------

  private casePattern(): void {
    const saved = this.inPattern;
    this.inPattern = true;
    this.children();
    this.inPattern = saved;
  }

  /** A dotted_name inside a pattern: `x` captures (store), `a.b` is a value pattern (load). */
  private patternName(): void {
    const c = this.c;
    const text = this.curText();
    if (!text.includes(".")) {
      if (text !== "_" && c.gotoFirstChild()) {
        this.asStore("match", () => this.identifier());
        c.gotoParent();
      }
      return;
    }
    if (c.gotoFirstChild()) {
      this.withCtx("load", () => this.identifier());
      c.gotoParent();
    }
  }

  /** `Point(x=0)` in a pattern: the class is a value (load); the sub-patterns may capture. */
  private classPattern(): void {
    const c = this.c;
    if (!c.gotoFirstChild()) return;
    let first = true;
    do {
      if (first && this.type() === "dotted_name") {
        first = false;
        if (c.gotoFirstChild()) {
          this.withCtx("load", () => this.identifier());
          c.gotoParent();
        }
        continue;
      }
      this.node();
    } while (c.gotoNextSibling());
    c.gotoParent();
  }

  /** `case <pattern> as name`: in a case pattern the alias is a bare identifier child, a capture. */
  private matchAsPattern(): void {
    const c = this.c;
    if (!c.gotoFirstChild()) return;
    do {
      if (this.type() === "identifier") this.asStore("match", () => this.identifier());
      else this.node();
    } while (c.gotoNextSibling());
    c.gotoParent();
  }

  private skipFirstIdentifier(): void {
    const c = this.c;
    if (!c.gotoFirstChild()) return;
    let skipped = false;
    do {
      if (!skipped && this.type() === "identifier") {
        skipped = true;
        continue;
      }
      this.node();
    } while (c.gotoNextSibling());
    c.gotoParent();
  }

  // ---- syntax errors -------------------------------------------------------------------------

  private syntaxDiagnostics(root: Node): number {
    let count = 0;
    const visit = (n: Node): void => {
      if (count >= MAX_SYNTAX_DIAGNOSTICS) return;
      if (n.isError || n.isMissing) {
        count++;
        const i = n.startIndex;
        const j = n.endIndex;
        const line = lineIndexOf(this.starts, this.b(i)) + 1;
        const message = n.isMissing
          ? `syntax error: missing "${n.type}" at line ${line}; the rest of the file was still extracted`
          : `syntax error at line ${line}: tree-sitter could not parse ${j - i} characters here; the rest of the file was still extracted`;
        this.s.diagnostics.add(
          this.span(
            {
              node_id: n.isMissing ? this.siteId("DIAGNOSTIC:missing", n.type) : this.siteId("DIAGNOSTIC:syntax", clip(n.text)),
              file_id: this.fileId,
              code: n.isMissing ? "missing-token" : "syntax-error",
              severity: "error",
              message,
            },
            i,
            j,
          ),
        );
        if (n.isMissing) return;
      }
      for (const ch of n.children) if (ch && (ch.hasError || ch.isMissing)) visit(ch);
    };
    visit(root);
    return count;
  }
}

/** The value of a plain (non-f, non-concatenated) string literal node, or null. */
function stringLiteralValue(n: Node): string | null {
  const m = /^([rRuU]?)("""|'''|"|')([\s\S]*)\2$/.exec(n.text);
  if (!m) return null;
  const body = m[3] ?? "";
  if (body.includes("\\") && !/^[rR]$/.test(m[1] ?? "")) return null;
  return body;
}
