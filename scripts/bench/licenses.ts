// The npm packages that dist/licenses.txt lists. scripts/build.mjs writes a title line that gives
// their count, then one entry per bundled package version: its "name version" line, its licence id,
// the licence text; entries are joined by a blank line. Licence texts have blank lines of their own,
// so an entry is a "name version" line that follows a blank line and has a line after it.

export interface BundledPackage {
  name: string;
  version: string;
}

const ENTRY = /^((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*) (\d+\.\d+\.\d+(?:[-+][\w.+-]*)?)$/;

/** Each entry of a dist/licenses.txt, in the file's order. */
export function bundledPackages(licenses: string): BundledPackage[] {
  const lines = licenses.split('\n');
  return lines.flatMap((line, i) => {
    const match = i > 0 && lines[i - 1] === '' && lines[i + 1] ? ENTRY.exec(line) : null;
    return match ? [{ name: match[1], version: match[2] }] : [];
  });
}

/** The count that the file's title gives, if it gives one. */
export function declaredCount(licenses: string): number | undefined {
  const match = /^Third-party software bundled in dist\/, (\d+) npm packages\b/.exec(licenses);
  return match ? Number(match[1]) : undefined;
}

/** The packages listed in more than one version, each with its versions. */
export function duplicates(packages: readonly BundledPackage[]): Map<string, string[]> {
  const versions = new Map<string, string[]>();
  for (const { name, version } of packages) versions.set(name, [...(versions.get(name) ?? []), version]);
  return new Map([...versions].filter(([, v]) => v.length > 1));
}

/** The bench report's cell: how many, then each name, then which are bundled more than once. */
export function packagesCell(packages: readonly BundledPackage[]): string {
  const twice = [...duplicates(packages)].map(([name, v]) => `\`${name}\` (${v.join(', ')})`);
  const names = [...new Set(packages.map((p) => p.name))].map((n) => `\`${n}\``);
  return `${packages.length}: ${names.join(', ')}${twice.length ? `; in more than one version: ${twice.join(', ')}` : ''}`;
}
