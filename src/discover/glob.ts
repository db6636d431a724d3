/**
 * Glob patterns for --include/--exclude, matched against repository-relative POSIX paths:
 * `**` any number of directories, `*` anything but "/", `?` one character, `{a,b}` alternatives.
 * A pattern without "/" matches the file name in any directory (as .gitignore does).
 */
export function globToRegExp(pattern: string): RegExp {
  const p = pattern.includes("/") ? pattern.replace(/^\.?\//, "") : `**/${pattern}`;
  let re = "";
  for (let i = 0; i < p.length; i++) {
    const ch = p[i] as string;
    if (ch === "*") {
      if (p[i + 1] === "*") {
        i++;
        if (p[i + 1] === "/") {
          i++;
          re += "(?:.*/)?";
        } else re += ".*";
      } else re += "[^/]*";
    } else if (ch === "?") re += "[^/]";
    else if (ch === "{") {
      const end = p.indexOf("}", i);
      if (end < 0) re += "\\{";
      else {
        re += `(?:${p
          .slice(i + 1, end)
          .split(",")
          .map((s) => s.replace(/[.+^$()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*"))
          .join("|")})`;
        i = end;
      }
    } else re += ch.replace(/[.+^$()|[\]\\}]/g, "\\$&");
  }
  // A pattern naming a directory also matches everything below it.
  return new RegExp(`^${re}(?:/.*)?$`);
}

/** A predicate over paths from include and exclude globs (empty include = everything). */
export function pathFilter(include: readonly string[], exclude: readonly string[]): (path: string) => boolean {
  const inc = include.map(globToRegExp);
  const exc = exclude.map(globToRegExp);
  return (path) => (inc.length === 0 || inc.some((r) => r.test(path))) && !exc.some((r) => r.test(path));
}
