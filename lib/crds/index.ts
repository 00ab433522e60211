/**
 * Loads CRDs from a folder the caller names (upstream's files: provider-upjet-aws, Crossplane, function inputs,
 * Argo CD). Where a project keeps its CRDs is the project's business (this one: compositions/production-network/crds.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import { cacheDir, digest, readCache, writeCache } from '../cache';
// js-yaml parses the large provider CRDs about five times faster than `yaml` (which keeps a document model).
// Loaded on a miss only: a lookup the cache answers never parses YAML.
import type { loadAll as LoadAll } from 'js-yaml';

export interface CrdVersion {
  name: string;
  served: boolean;
  storage: boolean;
  /** As the CRD declares it, without its `description`s (see withoutDescriptions). */
  schema: any;
}

export interface Crd {
  group: string;
  kind: string;
  plural: string;
  scope: 'Namespaced' | 'Cluster';
  versions: CrdVersion[];
  /** The file it was read from, relative to the CRD directory. */
  file: string;
}

function listYaml(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = path.join(rel, entry.name);
    if (entry.isDirectory()) out.push(...listYaml(dir, r));
    else if (/\.ya?ml$/.test(entry.name)) out.push(r);
  }
  return out.sort();
}

/**
 * A lazily parsed index of every CRD under the CRD directory. Upstream names CRD files `<group>_<plural>.yaml`,
 * so a lookup parses only the files of the group it asks for (parsing every provider CRD takes seconds).
 */
export class CrdCatalog {
  private readonly byGroup = new Map<string, Crd[]>();
  private readonly byFile = new Map<string, Crd[]>();
  private readonly byKind = new Map<string, Crd | undefined>();
  private readonly files: string[];

  constructor(readonly dir: string) {
    this.files = listYaml(dir);
  }

  /** The CRDs of one API group. */
  group(group: string): Crd[] {
    let crds = this.byGroup.get(group);
    if (!crds) {
      crds = this.groupFiles(group)
        .flatMap((f) => this.parse(f))
        .filter((c) => c.group === group);
      this.byGroup.set(group, crds);
    }
    return crds;
  }

  /**
   * One CRD by group and kind. Parses only the group's files that name the kind (a cheap text match), since
   * a provider group holds dozens of large CRDs and YAML parsing dominates the cost of a first lookup.
   */
  find(group: string, kind: string): Crd | undefined {
    const key = `${group}/${kind}`;
    if (this.byKind.has(key)) return this.byKind.get(key);
    const remembered = this.fromCache(group, kind);
    if (remembered) {
      this.byKind.set(key, remembered);
      return remembered;
    }
    const parsed = this.byGroup.get(group);
    const bareKind = kind.replace(/[^A-Za-z0-9]/g, '');
    // The substring test first: the multi-line pattern is slow on a large file that cannot match.
    const namesKind = new RegExp(`^\\s+kind: ['"]?${bareKind}['"]?\\s*$`, 'm');
    const crd = parsed
      ? parsed.find((c) => c.kind === kind)
      : this.groupFiles(group)
          .filter((f) => this.text(f).includes(bareKind) && namesKind.test(this.text(f)))
          .flatMap((f) => this.parse(f))
          .find((c) => c.group === group && c.kind === kind);
    this.byKind.set(key, crd);
    if (crd) this.toCache(group, kind, crd);
    return crd;
  }

  /**
   * Finding a kind's CRD means scanning and parsing large YAML files (a few hundred milliseconds for a claim's
   * kinds), so the result is kept (lib/cache): under a key naming the directory's files, with a hash of the file it
   * came from, checked on every use. A changed file, or a file added to or removed from the directory, is a miss.
   */
  private cacheKey(group: string, kind: string): string {
    return `${digest('crd-v3', path.resolve(this.dir), this.files.join('\n'), group, kind)}.json`;
  }

  private fromCache(group: string, kind: string): Crd | undefined {
    const text = readCache(cacheDir('crds'), this.cacheKey(group, kind));
    if (text === undefined) return undefined;
    try {
      const entry = JSON.parse(text) as CacheEntry;
      // As git's index: an unchanged size and modification time mean an unchanged file; otherwise the content
      // decides (a touched but identical file is still a hit).
      const stat = fs.statSync(path.join(this.dir, entry.crd.file));
      if (stat.size === entry.size && stat.mtimeMs === entry.mtimeMs) return entry.crd;
      if (digest(this.text(entry.crd.file)) !== entry.sha) return undefined;
      this.toCache(group, kind, entry.crd);
      return entry.crd;
    } catch {
      return undefined;
    }
  }

  private toCache(group: string, kind: string, crd: Crd): void {
    const stat = fs.statSync(path.join(this.dir, crd.file));
    const entry: CacheEntry = { sha: digest(this.text(crd.file)), size: stat.size, mtimeMs: stat.mtimeMs, crd };
    writeCache(cacheDir('crds'), this.cacheKey(group, kind), JSON.stringify(entry));
  }

  /** The OpenAPI schema of `apiVersion`/`kind`, or undefined when no CRD serves it. */
  schema(apiVersion: string, kind: string): any | undefined {
    const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
    return this.find(group, kind)?.versions.find((v) => v.name === version)?.schema?.openAPIV3Schema;
  }

  /**
   * The files that may hold a group's CRDs: those named `<group>_*.yaml`, plus any CRD file not named after a group
   * (Argo CD ships `application-crd.yaml`), which is searched by its `group:` line instead.
   */
  private groupFiles(group: string): string[] {
    const named = this.files.filter((f) => path.basename(f).startsWith(`${group}_`));
    const declaresGroup = new RegExp(`^\\s+group: ['"]?${group.replace(/\./g, '\\.')}['"]?\\s*$`, 'm');
    const unnamed = this.files.filter((f) => !/^[a-z0-9.-]+\.[a-z]+_[a-z0-9]+\.ya?ml$/.test(path.basename(f)) && declaresGroup.test(this.text(f)));
    return [...named, ...unnamed];
  }

  private readonly texts = new Map<string, string>();
  private text(file: string): string {
    let t = this.texts.get(file);
    if (t === undefined) this.texts.set(file, (t = fs.readFileSync(path.join(this.dir, file), 'utf8')));
    return t;
  }

  /** A file's CRDs, parsed once: `find` and `group` share them, so schema objects keep one identity. */
  private parse(file: string): Crd[] {
    let crds = this.byFile.get(file);
    if (!crds) this.byFile.set(file, (crds = this.parseFile(file)));
    return crds;
  }

  private parseFile(file: string): Crd[] {
    const text = fs.readFileSync(path.join(this.dir, file), 'utf8');
    const { loadAll } = require('js-yaml') as { loadAll: typeof LoadAll };
    return (loadAll(text) as any[])
      .filter((d) => d && d.kind === 'CustomResourceDefinition')
      .map((d) => ({
        group: d.spec.group,
        kind: d.spec.names.kind,
        plural: d.spec.names.plural,
        scope: d.spec.scope,
        versions: (d.spec.versions ?? []).map((v: any) => (v?.schema ? { ...v, schema: withoutDescriptions(v.schema) } : v)),
        file,
      }));
  }
}

/**
 * A CRD version's schema without the `description` of any schema node: three quarters of a provider CRD's text,
 * and nothing the API server validates with, so each lookup from the cache parses a quarter of the JSON. Only
 * schema nodes lose it (under `properties`, `items`, `additionalProperties`, the junctors and `not`): a field
 * named `description` stays a field, and `default`, `enum` and `example` values stay as written.
 */
export function withoutDescriptions(node: any): any {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return node;
  const out: any = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'description') continue;
    if (k === 'openAPIV3Schema' || k === 'items' || k === 'additionalProperties' || k === 'not') out[k] = withoutDescriptions(v);
    else if (k === 'properties' && v && typeof v === 'object')
      out[k] = Object.fromEntries(Object.entries(v).map(([name, sub]) => [name, withoutDescriptions(sub)]));
    else if ((k === 'allOf' || k === 'anyOf' || k === 'oneOf') && Array.isArray(v)) out[k] = v.map(withoutDescriptions);
    else out[k] = v;
  }
  return out;
}

/** A remembered lookup: the CRD, and the file it came from as it was then. */
interface CacheEntry {
  sha: string;
  size: number;
  mtimeMs: number;
  crd: Crd;
}

const shared = new Map<string, CrdCatalog>();
/** One catalog per folder and process: parsed CRDs are cached and reused by every caller. */
export function crdCatalog(dir: string): CrdCatalog {
  const key = path.resolve(dir);
  let catalog = shared.get(key);
  if (!catalog) shared.set(key, (catalog = new CrdCatalog(key)));
  return catalog;
}
