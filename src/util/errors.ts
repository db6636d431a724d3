/**
 * The few error classes, each with one outcome (mapped in cli/main.ts):
 * UsageError -> exit 2 with the usage hint; UserError -> exit 1 with what to do; anything else is
 * an internal error -> exit 1 with the stack and a request to report it.
 */
export class UsageError extends Error {
  override name = "UsageError";
}

export class UserError extends Error {
  override name = "UserError";
}
