// Fails when a production dependency (transitively) is not under a permissive licence (DEVELOPERS.md).
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

const ALLOWED =
  /^(MIT|ISC|0BSD|BSD-2-Clause|BSD-3-Clause|Apache-2\.0|MPL-2\.0|BlueOak-1\.0\.0|CC0-1\.0|Python-2\.0|CC-BY-4\.0)$/;

interface PackageJson {
  name: string;
  version: string;
  license?: string | { type: string };
  licenses?: { type: string }[];
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

function readPackage(dir: string): PackageJson | null {
  const file = path.join(dir, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PackageJson) : null;
}

/** Node's resolution: look in node_modules of `from` and each parent. */
function resolvePackageDir(name: string, from: string): string | null {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

function licenseOf(pkg: PackageJson): string {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license?.type) return pkg.license.type;
  return pkg.licenses?.map((l) => l.type).join(' OR ') ?? 'UNKNOWN';
}

/** "(MIT OR GPL-2.0)" passes when one alternative is allowed; "MIT AND X" needs both. */
function permitted(expression: string): boolean {
  const cleaned = expression.replace(/[()]/g, '').trim();
  if (cleaned.includes(' OR ')) return cleaned.split(' OR ').some((part) => permitted(part));
  if (cleaned.includes(' AND ')) return cleaned.split(' AND ').every((part) => permitted(part));
  return ALLOWED.test(cleaned);
}

const root = process.cwd();
const rootPackage = readPackage(root)!;
const seen = new Map<string, string>();
const problems: string[] = [];
const queue: [string, string][] = Object.keys(rootPackage.dependencies ?? {}).map((name) => [name, root]);

while (queue.length > 0) {
  const [name, from] = queue.shift()!;
  const dir = resolvePackageDir(name, from);
  if (!dir || seen.has(dir)) continue;
  const pkg = readPackage(dir)!;
  const license = licenseOf(pkg);
  seen.set(dir, license);
  if (!permitted(license)) problems.push(`${pkg.name}@${pkg.version}: ${license}`);
  for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) queue.push([dep, dir]);
}

if (problems.length > 0) {
  console.error(`Licence check: ${problems.length} production dependencies are not permissively licensed:`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(`Licence check: ${seen.size} production packages, all permissively licensed.`);
