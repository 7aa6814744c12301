/** The part of madge's API the architecture test uses (madge ships no types). */
declare module 'madge' {
  interface MadgeResult {
    /** Every file, by path relative to `baseDir`, with the files it imports. */
    obj(): Record<string, string[]>;
  }
  interface MadgeConfig {
    baseDir?: string;
    fileExtensions?: string[];
    detectiveOptions?: Record<string, Record<string, unknown>>;
  }
  /** Builds the import graph of the given files or folders. */
  export default function madge(path: string | string[], config?: MadgeConfig): Promise<MadgeResult>;
}
