/**
 * Finds the XRD and Composition that serve a claim or XR among the synthesized flavours in dist/ (or the files
 * given on the command line): the one whose API group matches the input's.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pickComposition, pickXrd, readDocuments, type KubeObject } from '../lib/render';

export interface ApiFiles {
  xrd: KubeObject;
  composition: KubeObject;
  xrdFile: string;
  compositionFile: string;
}

export function findApi(input: KubeObject, opts: { root: string; xrd?: string; composition?: string }): ApiFiles {
  const dist = path.join(opts.root, 'dist');
  const flavours = fs.existsSync(dist)
    ? fs
        .readdirSync(dist)
        .filter((d) => fs.existsSync(path.join(dist, d, 'definition.yaml')))
        .sort()
    : [];
  const group = String(input.apiVersion ?? '').split('/')[0];
  let xrdFile = opts.xrd;
  if (!xrdFile) {
    if (flavours.length === 0) throw new Error(`no dist/*/definition.yaml under ${opts.root}: run \`npm run synth\` first, or pass --xrd FILE`);
    const match = flavours.find((f) => readDocuments(path.join(dist, f, 'definition.yaml')).some((d) => d.spec?.group === group));
    if (!match) throw new Error(`no synthesized XRD serves API group "${group}" (have: ${flavours.map((f) => `dist/${f}`).join(', ')}); pass --xrd FILE`);
    xrdFile = path.join(dist, match, 'definition.yaml');
  }
  const compositionFile = opts.composition ?? path.join(path.dirname(xrdFile), 'composition.yaml');
  if (!fs.existsSync(compositionFile)) throw new Error(`${compositionFile} not found: pass --composition FILE`);
  const xrd = pickXrd(readDocuments(xrdFile), input, xrdFile);
  const xrKind = { apiVersion: `${xrd.spec.group}/${xrd.spec.versions.find((v: any) => v.referenceable)?.name}`, kind: xrd.spec.names.kind };
  return { xrd, composition: pickComposition(readDocuments(compositionFile), xrKind as KubeObject, compositionFile), xrdFile, compositionFile };
}
