/**
 * Reading render inputs from YAML or JSON streams, and picking the Composition and XRD that fit an input
 * when a file holds several (as `dist/` files do).
 */
import * as fs from 'fs';
import { parseAllDocuments } from 'yaml';
import { isXrd } from './claim-to-composite';
import type { KubeObject } from './function-io';

/** Every non-empty document of a YAML (or JSON) stream; a syntax error names the file and the document. */
export function parseDocuments(text: string, source: string): KubeObject[] {
  return parseAllDocuments(text)
    .map((doc, i) => {
      if (doc.errors.length > 0) throw new Error(`${source}: document ${i + 1}: ${doc.errors[0].message.split('\n')[0]}`);
      return doc.toJS({ maxAliasCount: 1000 });
    })
    .flatMap((v) => (v && v.kind === 'List' && Array.isArray(v.items) ? v.items : [v]))
    .filter((v) => v !== null && v !== undefined);
}

export function readDocuments(file: string): KubeObject[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  return parseDocuments(text, file);
}

/** The XRD defining the input's kind (as composite or claim kind) and group. */
export function pickXrd(docs: KubeObject[], input: KubeObject, source: string): KubeObject {
  const xrds = docs.filter(isXrd);
  if (xrds.length === 0) throw new Error(`${source} holds no CompositeResourceDefinition`);
  const group = String(input.apiVersion ?? '').split('/')[0];
  const match = xrds.find((x) => x.spec?.group === group && (x.spec?.names?.kind === input.kind || x.spec?.claimNames?.kind === input.kind));
  if (!match) throw new Error(`${source} holds no XRD for ${input.apiVersion}/${input.kind}`);
  return match;
}

/** The Composition whose compositeTypeRef is the XR's type; several candidates prefer `compositionRef`. */
export function pickComposition(docs: KubeObject[], xr: KubeObject, source: string): KubeObject {
  const compositions = docs.filter((d) => d?.kind === 'Composition');
  if (compositions.length === 0) throw new Error(`${source} holds no Composition`);
  const fitting = compositions.filter((c) => c.spec?.compositeTypeRef?.apiVersion === xr.apiVersion && c.spec?.compositeTypeRef?.kind === xr.kind);
  if (fitting.length === 0) throw new Error(`${source} holds no Composition for ${xr.apiVersion}/${xr.kind}`);
  const wanted = xr.spec?.compositionRef?.name ?? xr.spec?.crossplane?.compositionRef?.name;
  if (wanted) {
    const named = fitting.find((c) => c.metadata?.name === wanted);
    if (!named) throw new Error(`${source} holds no Composition named ${wanted} (the XR's compositionRef)`);
    return named;
  }
  return fitting[0];
}
