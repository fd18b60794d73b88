/** The bundles a benchmark measures, relative to the repository. */
export declare const BUNDLES: readonly string[];
/** The first 12 hex digits of the file's sha256. */
export declare function bundleHash(file: string): string;
/** The line docs/benchmarks.md carries: each bundle under `root` and its hash. */
export declare function stampLine(root: string): string;
/** The hashes that line records, by bundle; empty without the line. */
export declare function recordedHashes(markdown: string): Record<string, string>;
/** One message per bundle under `root` whose hash differs from the one recorded in `markdown`. */
export declare function staleBundles(markdown: string, root: string): string[];
