/** A file the discover stage found, with what it already knows about it. */
export type DiscoveredStatus = "ok" | "too_large" | "symlink_outside" | "not_a_file" | "unreadable";

export interface DiscoveredFile {
  /** Repository-relative POSIX path (the identity of the file). */
  readonly path: string;
  readonly absPath: string;
  readonly sizeBytes: number;
  readonly mtimeNs: number;
  readonly status: DiscoveredStatus;
  readonly message?: string;
}
