/** Versions are `MAJOR.MINOR` strings ordered numerically: "1.10" comes after "1.9". */
export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** The same version written two ways ("1.01" and "1.1") is one version. */
export function sameVersion(a: string, b: string): boolean {
  return compareVersions(a, b) === 0;
}

/** "1.01" → "1.1": the canonical spelling, for keys and comparisons. */
export function normalizeVersion(version: string): string {
  return version.split('.').map(Number).join('.');
}
