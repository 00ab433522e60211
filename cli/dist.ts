/**
 * Finds the XRD and Composition that serve a claim or XR among the synthesized flavours in dist/ (or the files
 * given on the command line): the one whose API group matches the input's.
 *
 * Problems with those files are setup errors naming the option or file (exit 2); a claim whose API group no
 * flavour serves is the claim's problem (the API server would not know its kind either).
 */
import * as fs from 'fs';
import * as path from 'path';
import { cacheDir, digest, readCache, writeCache } from '../lib/cache';
import { pickComposition, pickXrd, type KubeObject } from '../lib/render';
import { parseKubeObjects, readInputText, SetupError, type CliIo } from './common';

export interface ApiFiles {
  xrd: KubeObject;
  composition: KubeObject;
  xrdFile: string;
  compositionFile: string;
}

export interface ApiOptions {
  root: string;
  /** --xrd as the user wrote it, and resolved. */
  xrd?: string;
  composition?: string;
  resolve?: (f: string) => string;
  io?: CliIo;
}

/** The claim's API group is served by no XRD: a problem of the claim, reported as it being invalid. */
export class UnservedGroupError extends Error {}

export function findApi(input: KubeObject, opts: ApiOptions): ApiFiles {
  const resolve = opts.resolve ?? ((f: string) => f);
  const dist = path.join(opts.root, 'dist');
  const group = String(input.apiVersion ?? '').split('/')[0];
  let xrdFile: string;
  let xrdDocs: KubeObject[];
  let xrdOption: string;
  if (opts.xrd) {
    xrdFile = resolve(opts.xrd);
    xrdOption = `--xrd ${opts.xrd}`;
    xrdDocs = readApiFile(opts.xrd, xrdOption, opts);
  } else {
    const flavours = distFlavours(dist);
    if (flavours.length === 0) throw new SetupError(`no dist/*/definition.yaml under ${opts.root}: run \`npm run synth\` first, or pass --xrd FILE`);
    const match = flavourServing(dist, flavours, group);
    if (!match)
      throw new UnservedGroupError(
        `no synthesized XRD serves API group "${group}" of ${input.apiVersion} (have: ${flavours.map((f) => `dist/${f}`).join(', ')}); ` +
          'check apiVersion, or pass --xrd FILE',
      );
    xrdFile = path.join(dist, match, 'definition.yaml');
    xrdOption = path.relative(opts.root, xrdFile);
    xrdDocs = readCachedYaml(xrdFile);
  }
  let compositionFile: string;
  let compositionDocs: KubeObject[];
  let compositionOption: string;
  if (opts.composition) {
    compositionFile = resolve(opts.composition);
    compositionOption = `--composition ${opts.composition}`;
    compositionDocs = readApiFile(opts.composition, compositionOption, opts);
  } else {
    compositionFile = path.join(path.dirname(xrdFile), 'composition.yaml');
    compositionOption = `${compositionFile} (beside the XRD)`;
    if (!fs.existsSync(compositionFile)) throw new SetupError(`${compositionFile} not found beside the XRD ${xrdFile}: pass --composition FILE`);
    compositionDocs = readCachedYaml(compositionFile);
  }
  const xrd = asSetup(() => pickXrd(xrdDocs, input, xrdOption));
  const xrKind = { apiVersion: `${xrd.spec.group}/${xrd.spec.versions.find((v: any) => v.referenceable)?.name}`, kind: xrd.spec.names.kind };
  const composition = asSetup(() => pickComposition(compositionDocs, xrKind as KubeObject, compositionOption));
  return { xrd, composition, xrdFile, compositionFile };
}

function asSetup<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw new SetupError((err as Error).message);
  }
}

/** The dist/ flavour whose XRD defines `group`, if any. */
function flavourServing(dist: string, flavours: string[], group: string): string | undefined {
  return flavours.find((f) => readCachedYaml(path.join(dist, f, 'definition.yaml')).some((d) => d?.spec?.group === group));
}

/** Whether a synthesized flavour in dist/ defines the input's API group (and so brings defaults and claims). */
export function servedByDist(input: KubeObject, root: string): boolean {
  const dist = path.join(root, 'dist');
  return flavourServing(dist, distFlavours(dist), String(input?.apiVersion ?? '').split('/')[0]) !== undefined;
}

function distFlavours(dist: string): string[] {
  if (!fs.existsSync(dist)) return [];
  return fs
    .readdirSync(dist)
    .filter((d) => fs.existsSync(path.join(dist, d, 'definition.yaml')))
    .sort();
}

/** A user-given API file (--xrd, --composition): through the cache, with errors naming the option. */
function readApiFile(file: string, option: string, opts: ApiOptions): KubeObject[] {
  if (file === '-') return parseKubeObjects(readInputText(file, opts.io ?? { stdout() {}, stderr() {} }), option);
  const resolved = (opts.resolve ?? ((f: string) => f))(file);
  if (!fs.existsSync(resolved)) throw new SetupError(`${option}: no such file`);
  return readCachedYaml(resolved, option);
}

/**
 * The objects of a YAML file, parsed once per content: a parse is kept as JSON (lib/cache), keyed by a hash of the
 * text, so an edited file is never served stale. dist/'s Composition is over 100 KiB of YAML, whose parse was most
 * of a render's time; JSON reads back in a few milliseconds.
 */
export function readCachedYaml(file: string, label: string = file): KubeObject[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new SetupError(`cannot read ${label}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  const dir = cacheDir('yaml');
  const name = `${digest('kube-objects-v1', text)}.json`;
  const cached = readCache(dir, name);
  if (cached !== undefined) {
    try {
      return JSON.parse(cached);
    } catch {
      // damaged: parse again
    }
  }
  const objects = parseKubeObjects(text, label);
  writeCache(dir, name, JSON.stringify(objects));
  return objects;
}
