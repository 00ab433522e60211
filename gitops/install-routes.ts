/**
 * The install routes of docs/install.md, run against a model of a cluster: for tests. Each route is a shell block
 * after `<!-- route: <name> -->`; a line ending in a bracketed tag (`# [Crossplane 2]`, `# [IRSA, Pod Identity]`)
 * belongs to that variant only. The model knows what this project's routes rely on, each rule from its source:
 *
 * - `kubectl apply` of an object whose kind has no established CRD fails ("no matches for kind"); a namespaced
 *   object needs its namespace.
 * - `kubectl wait --for=condition=...` on an object that does not exist exits at once with NotFound (kubernetes
 *   issue 83242). `--for=create` polls until it exists only for objects named as `<resource>/<name>` (kubectl
 *   pkg/cmd/wait/wait.go RunWait, 1.31+, keeps polling while apierrors.IsNotFound(err)); with `-f`, cli-runtime
 *   (v0.31, pkg/resource/builder.go visitByPaths) re-reads the file's objects (RetrieveLatest) inside an
 *   EagerVisitorList, which returns a utilerrors aggregate even for one error, and IsNotFound does not see through
 *   it: kubectl exits at once with NotFound when any object of the file is missing. Named objects are fetched
 *   outside that list and ContinueOnErrorVisitor (pkg/resource/visitor.go) returns a lone error as is, so one
 *   missing named object is polled for, two are an aggregate again. `until kubectl get -f FILE ...; do sleep N; done`
 *   polls (kubectl get exits non-zero while any object is missing). A wait that can never succeed is an error.
 * - Crossplane installs provider-family-aws as a dependency of any family member; it serves the provider
 *   configuration CRDs. A Configuration's dependencies are installed under the names dependency resolution gives.
 * - Crossplane 2 with `provider.defaultActivations={}`: a managed resource kind of a SafeStart provider is served
 *   once an activation policy names it; its MRD exists (inactive) as soon as the provider is installed.
 * - An XRD's claim CRD is usable once the XRD is Offered, its XR CRD once Established.
 * - Argo CD: an app-of-apps root, the Applications it syncs, their sync waves (see checkArgoCd); the Argo CD release
 *   each way of installing it runs, against what the Applications need (`retry.refresh`: 3.2+).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { composedKinds, dependencyName, functionNames, mrdName, providerFamilies } from './dependencies';

export type Dimension = 'crossplane' | 'credentials' | 'argocd';
export type Variant = Record<Dimension, string>;

const TAGS: Record<string, Dimension> = {
  'Crossplane 1.20': 'crossplane',
  'Crossplane 2': 'crossplane',
  Secret: 'credentials',
  IRSA: 'credentials',
  'Pod Identity': 'credentials',
  'Argo CD manifests': 'argocd',
  'Argo CD Helm': 'argocd',
};

export interface Command {
  /** The block line number (1-based) where the command starts, for messages. */
  line: number;
  words: string[];
  text: string;
}

/** The shell blocks of the routes, by name. */
export function readRoutes(markdown: string): Map<string, { line: number; text: string; tags: string[] }[]> {
  const routes = new Map<string, { line: number; text: string; tags: string[] }[]>();
  const re = /<!-- route: ([\w-]+) -->\n```sh\n([\s\S]*?)\n```/g;
  for (const m of markdown.matchAll(re)) {
    const startLine = markdown.slice(0, m.index).split('\n').length + 2;
    const lines = m[2].split('\n');
    const commands: { line: number; text: string; tags: string[] }[] = [];
    for (let i = 0; i < lines.length; i++) {
      const first = i;
      let text = lines[i];
      while (text.endsWith('\\') && i + 1 < lines.length) text = `${text.slice(0, -1)} ${lines[++i].trim()}`;
      const comment = /(^|\s)#(.*)$/.exec(text);
      const body = (comment ? text.slice(0, comment.index) : text).trim();
      const tagText = comment ? /\[([^\]]+)\]\s*$/.exec(comment[2]) : null;
      const tags = tagText ? tagText[1].split(',').map((t) => t.trim()) : [];
      for (const t of tags) if (!TAGS[t]) throw new Error(`docs/install.md line ${startLine + first}: unknown variant tag "${t}"`);
      if (body) commands.push({ line: startLine + first, text: body, tags });
    }
    routes.set(m[1], commands);
  }
  return routes;
}

/** Whether a tagged line belongs to the variant: for every dimension it names, the variant is one of the values. */
export function inVariant(tags: string[], variant: Variant): boolean {
  const byDimension = new Map<Dimension, string[]>();
  for (const t of tags) byDimension.set(TAGS[t], [...(byDimension.get(TAGS[t]) ?? []), t]);
  return [...byDimension].every(([d, values]) => values.includes(variant[d]));
}

/** Shell words, quotes removed, one list per command of an `&&` chain. */
function words(text: string): string[][] {
  const commands: string[][] = [[]];
  let word: string | undefined;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = undefined;
      else word += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      word ??= '';
    } else if (/\s/.test(ch)) {
      if (word !== undefined) commands[commands.length - 1].push(word);
      word = undefined;
    } else if (ch === '&' && text[i + 1] === '&' && word === undefined) {
      commands.push([]);
      i++;
    } else word = (word ?? '') + ch;
  }
  if (word !== undefined) commands[commands.length - 1].push(word);
  return commands.filter((c) => c.length > 0);
}

export type Obj = Record<string, any>;
const groupOf = (o: Obj) => (String(o.apiVersion).includes('/') ? String(o.apiVersion).split('/')[0] : '');
const keyOf = (o: Obj) => `${groupOf(o)}/${o.kind}/${o.metadata?.namespace ?? ''}/${o.metadata?.name}`;
/** Parsed once per file: every route reads the same few synthesized files (objects are never modified). */
const parsed = new Map<string, Obj[]>();
const readObjects = (file: string): Obj[] => {
  if (!parsed.has(file)) {
    parsed.set(
      file,
      parseAllDocuments(fs.readFileSync(file, 'utf8'))
        .map((d) => d.toJS())
        .filter(Boolean),
    );
  }
  return parsed.get(file)!;
};

/** What a route did: every step, and the errors that would stop it or leave it unconverged. */
export interface RouteRun {
  errors: string[];
  /** Objects in the order they reached the cluster (applied, or installed by Crossplane or Argo CD). */
  applied: Obj[];
  /** Needs of each claim, checked when it was applied: what was missing. */
  claims: { claim: string; missing: string[] }[];
  /** The synthesized dist/ the route read. */
  dist: string;
}

export interface RouteOptions {
  /** Synthesizes dist/ with the environment the route exported; returns the folder. */
  synth: (env: Record<string, string>) => string;
  /** Where the documented paths are relative to (the repository root). */
  root: string;
}

const CORE = new Set(['Namespace', 'Secret', 'ServiceAccount', 'ConfigMap']);

class Cluster {
  readonly errors: string[] = [];
  readonly objects = new Map<string, Obj>();
  readonly order: Obj[] = [];
  readonly facts = new Set<string>();
  readonly claims: RouteRun['claims'] = [];
  crossplane?: { version: string; defaultActivations: boolean };
  argocd = false;
  /** The Argo CD release installed (`vX.Y.Z`), when the route pins one. */
  argocdVersion?: string;
  argocdCm: Record<string, string> = {};
  env: Record<string, string> = {};
  dist?: string;

  constructor(
    readonly variant: Variant,
    readonly options: RouteOptions,
  ) {}

  fail(at: Command, message: string) {
    this.errors.push(`line ${at.line} (${at.text.slice(0, 80)}): ${message}`);
  }

  /** A documented path, read from the synthesized dist/ when it is under dist/. */
  file(p: string): string {
    if (p === 'dist' || p.startsWith('dist/')) {
      if (!this.dist) throw new Error(`${p} read before npm run synth`);
      return path.join(this.dist, p.slice('dist'.length));
    }
    return path.join(this.options.root, p);
  }

  objectsOf(p: string): Obj[] {
    const f = this.file(p);
    if (!fs.existsSync(f)) throw new Error(`${p} does not exist`);
    if (fs.statSync(f).isDirectory()) {
      return fs
        .readdirSync(f)
        .filter((n) => n.endsWith('.yaml'))
        .sort()
        .flatMap((n) => readObjects(path.join(f, n)));
    }
    return readObjects(f);
  }

  has = (o: Obj) => this.objects.has(keyOf(o));
  all = (kind: string) => [...this.objects.values()].filter((o) => o.kind === kind);
  providers = () => this.all('Provider');
  xrds = () => this.all('CompositeResourceDefinition');

  /** Whether the kind of provider configuration or managed resource CRD named `crd` will be served. */
  crdEventually(crd: string): boolean {
    const group = crd.slice(crd.indexOf('.') + 1);
    if (/^(cluster)?providerconfigs\.aws(\.m)?\.upbound\.io$/.test(crd)) return this.providers().some((p) => /provider-aws-/.test(p.spec.package));
    if (/\.aws(\.m)?\.upbound\.io$/.test(group)) {
      const service = group.split('.')[0];
      const served = this.providers().some((p) => String(p.spec.package).includes(`/provider-aws-${service}:`));
      return served && this.activated(crd);
    }
    if (group === 'argoproj.io') return this.argocd;
    return this.xrds().some((x) => [`${x.spec.names.plural}.${x.spec.group}`, `${x.spec.claimNames?.plural}.${x.spec.group}`].includes(crd));
  }

  activated(mrd: string): boolean {
    if (!this.crossplane || this.crossplane.version === '1.20' || this.crossplane.defaultActivations) return true;
    return this.all('ManagedResourceActivationPolicy').some((p) =>
      (p.spec.activate as string[]).some((a) => new RegExp(`^${a.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`).test(mrd)),
    );
  }

  /** Whether an object named in a wait will exist eventually (it does now, or something here creates it). */
  eventually(o: Obj): boolean {
    if (this.has(o)) return true;
    const name = o.metadata?.name;
    switch (o.kind) {
      case 'CustomResourceDefinition':
        return this.crdEventually(name);
      case 'ManagedResourceDefinition': {
        const service = name.slice(name.indexOf('.') + 1).split('.')[0];
        return this.crossplane?.version === '2' && this.providers().some((p) => String(p.spec.package).includes(`/provider-aws-${service}:`));
      }
      default:
        return false;
    }
  }

  /** The CRD an object's kind needs, or undefined when Kubernetes, Crossplane or Argo CD serves the kind itself. */
  requiredFact(o: Obj): string | undefined {
    const group = groupOf(o);
    if (group === '' && CORE.has(o.kind)) return undefined;
    // Crossplane 2 only: activation policies and v2 XRDs (namespaced XRs) are unknown kinds and versions on 1.20.
    if (o.kind === 'ManagedResourceActivationPolicy' || o.apiVersion === 'apiextensions.crossplane.io/v2') {
      return this.crossplane?.version === '2' ? undefined : 'Crossplane 2';
    }
    if (group === 'pkg.crossplane.io' || group === 'apiextensions.crossplane.io') {
      return this.crossplane ? undefined : 'Crossplane installed';
    }
    if (group === 'argoproj.io') return `established crd/${o.kind === 'Application' ? 'applications' : 'appprojects'}.argoproj.io`;
    for (const x of this.xrds()) {
      if (x.spec.group !== group) continue;
      if (x.spec.claimNames?.kind === o.kind) return `offered xrd/${x.metadata.name}`;
      if (x.spec.names.kind === o.kind) return `established xrd/${x.metadata.name}`;
    }
    if (/\.upbound\.io$/.test(group)) return `established crd/${o.kind.toLowerCase()}s.${group}`;
    return `a CRD for ${group}/${o.kind}`;
  }

  namespaceExists(ns: string): boolean {
    if (ns === 'default') return true;
    return this.facts.has(`namespace ${ns}`) || [...this.objects.values()].some((o) => o.kind === 'Namespace' && o.metadata.name === ns);
  }

  add(o: Obj) {
    if (!this.has(o)) this.order.push(o);
    this.objects.set(keyOf(o), o);
  }

  apply(at: Command, objects: Obj[]) {
    for (const o of objects) {
      const fact = this.requiredFact(o);
      if (fact && !this.facts.has(fact)) {
        this.fail(at, `${o.kind} ${o.metadata?.name}: no matches for its kind yet (needs ${fact})`);
        continue;
      }
      const ns = o.metadata?.namespace;
      if (ns && !this.namespaceExists(ns)) {
        this.fail(at, `${o.kind} ${ns}/${o.metadata.name}: namespace ${ns} not found`);
        continue;
      }
      if (fact?.startsWith('offered') || fact?.startsWith('established xrd'))
        this.claims.push({ claim: `${ns}/${o.metadata.name}`, missing: this.missingFor(o) });
      this.add(o);
    }
  }

  /** Everything a claim (or namespaced XR) needs from the Composition that serves it, and what is not there. */
  missingFor(claim: Obj): string[] {
    const missing: string[] = [];
    const xrd = this.xrds().find((x) => x.spec.group === groupOf(claim) && [x.spec.names.kind, x.spec.claimNames?.kind].includes(claim.kind))!;
    const composition = this.all('Composition').find(
      (c) => c.spec.compositeTypeRef.apiVersion.split('/')[0] === xrd.spec.group && c.spec.compositeTypeRef.kind === xrd.spec.names.kind,
    );
    if (!composition) return [`the Composition for ${xrd.metadata.name}`];
    for (const f of providerFamilies([composition])) {
      const p = this.providers().find((x) => String(x.spec.package).startsWith(`${f.package.repository}:`));
      if (!p) missing.push(`Provider ${f.name}`);
      else {
        if (!this.facts.has(`healthy provider/${p.metadata.name}`)) missing.push(`a wait for Provider ${p.metadata.name} to be Healthy`);
        const credentials = this.variant.credentials;
        if (credentials !== 'Secret') {
          const drc = this.all('DeploymentRuntimeConfig').find((d) => d.metadata.name === p.spec.runtimeConfigRef?.name);
          const sa = drc?.spec.deploymentTemplate?.spec?.template?.spec?.serviceAccountName;
          const account = sa && this.all('ServiceAccount').find((s) => s.metadata.name === sa);
          if (!account) missing.push(`Provider ${p.metadata.name}: a runtime config running it as a ServiceAccount created beforehand`);
          else if (credentials === 'IRSA' && !account.metadata.annotations?.['eks.amazonaws.com/role-arn']) missing.push(`ServiceAccount ${sa}: the IRSA role`);
        }
      }
    }
    for (const name of functionNames([composition])) if (!this.all('Function').some((f) => f.metadata.name === name)) missing.push(`Function ${name}`);
    for (const k of composedKinds(composition)) {
      if (!this.activated(mrdName(k))) missing.push(`activation of ${mrdName(k)}`);
      if (!this.facts.has(`established crd/${mrdName(k)}`)) missing.push(`a wait for the CRD ${mrdName(k)}`);
    }
    const refs = new Set<string>();
    for (const step of composition.spec.pipeline) {
      for (const r of step.input?.resources ?? []) {
        const group = groupOf(r.base).includes('.aws.m.') ? 'aws.m.upbound.io' : 'aws.upbound.io';
        const kind = r.base.spec?.providerConfigRef?.kind ?? 'ProviderConfig';
        refs.add(`${group}/${kind}`);
      }
    }
    const name = claim.spec?.parameters?.providerConfigName ?? 'default';
    for (const ref of refs) {
      const [group, kind] = ref.split('/');
      const namespaced = group === 'aws.m.upbound.io' && kind === 'ProviderConfig';
      const pc = [...this.objects.values()].find(
        (o) => groupOf(o) === group && o.kind === kind && o.metadata.name === name && (!namespaced || o.metadata.namespace === claim.metadata.namespace),
      );
      if (!pc) {
        missing.push(`${kind} ${namespaced ? `${claim.metadata.namespace}/` : ''}${name} (${group})`);
        continue;
      }
      const secretRef = pc.spec.credentials?.secretRef;
      if (pc.spec.credentials?.source === 'Secret') {
        const ns = namespaced ? claim.metadata.namespace : secretRef.namespace;
        if (!this.all('Secret').some((s) => s.metadata.namespace === ns && s.metadata.name === secretRef.name)) missing.push(`Secret ${ns}/${secretRef.name}`);
      }
    }
    return missing;
  }

  /** Objects a Configuration package brings: its XRD and Composition, and its dependencies by their resolved names. */
  installPackage(name: string) {
    const metadata = this.objectsOf('dist/package/crossplane.yaml')[0];
    this.add({ apiVersion: 'pkg.crossplane.io/v1', kind: 'Configuration', metadata: { name }, spec: {} });
    this.pending.push(() => {
      for (const o of [...this.objectsOf('dist/package/definition.yaml'), ...this.objectsOf('dist/package/composition.yaml')]) this.add(o);
      for (const d of metadata.spec.dependsOn) {
        const existing = [...this.objects.values()].find((o) => o.kind === d.kind && o.metadata.name === dependencyName(d.package));
        if (!existing)
          this.add({ apiVersion: d.apiVersion, kind: d.kind, metadata: { name: dependencyName(d.package) }, spec: { package: `${d.package}:resolved` } });
      }
    });
  }

  /** What Crossplane does in the background once a Configuration is installed: settles on a Healthy wait. */
  pending: Array<() => void> = [];
}

const ARGOCD_CRDS = ['applications.argoproj.io', 'appprojects.argoproj.io'];
const crdStub = (name: string): Obj => ({ apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name } });

function flag(w: string[], name: string): string[] {
  const out: string[] = [];
  w.forEach((x, i) => {
    if (x === name && w[i + 1]) out.push(w[i + 1]);
    else if (x.startsWith(`${name}=`)) out.push(x.slice(name.length + 1));
  });
  return out;
}

const RESOURCE: Record<string, { apiVersion: string; kind: string }> = {
  crd: { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition' },
  'configurations.pkg.crossplane.io': { apiVersion: 'pkg.crossplane.io/v1', kind: 'Configuration' },
  'providers.pkg.crossplane.io': { apiVersion: 'pkg.crossplane.io/v1', kind: 'Provider' },
  'applications.argoproj.io': { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application' },
};

function kubectlWait(c: Cluster, at: Command, w: string[]) {
  const forWhat = flag(w, '--for')[0];
  const namespace = flag(w, '-n')[0];
  const files = flag(w, '-f');
  const named = w
    .slice(2)
    .filter((x, i, all) => x.includes('/') && !x.startsWith('-') && !['-f', '-n', '--for', '--timeout'].includes(all[i - 1]) && !x.startsWith('--'));
  const targets: Obj[] = [
    ...files.flatMap((f) => c.objectsOf(f)),
    ...named.map((n) => {
      const [res, name] = n.split('/');
      const r = RESOURCE[res];
      if (!r) throw new Error(`line ${at.line}: kubectl wait on unknown resource ${res}`);
      return { ...r, metadata: { name, namespace } };
    }),
  ];
  if (targets.length === 0 || w.includes('--all') || w.some((x) => x === '-l'))
    c.fail(at, 'kubectl wait must name what it waits for: --all and selectors see only what exists already');
  if (forWhat === 'create') {
    if (files.length > 0) {
      // With -f the NotFound comes back inside an aggregate, and RunWait stops instead of polling (see the header).
      for (const t of targets.filter((x) => !c.has(x)))
        c.fail(at, `kubectl wait --for=create -f does not wait: ${t.kind} ${t.metadata.name} is missing, so kubectl exits at once with NotFound`);
      return;
    }
    if (targets.filter((x) => !c.has(x)).length > 1)
      return void c.fail(at, 'kubectl wait --for=create on several missing objects does not wait: their NotFound errors come back as an aggregate');
    return pollUntilExists(c, at, targets);
  }
  const condition = /^condition=(\w+)$/.exec(forWhat)?.[1] ?? (/^jsonpath=.*health\.status.*=Healthy$/.test(forWhat) ? 'AppHealthy' : undefined);
  if (!condition) throw new Error(`line ${at.line}: unsupported --for=${forWhat}`);
  for (const t of targets) {
    if (!c.has(t) && !c.facts.has(`exists ${keyOf(t)}`)) {
      c.fail(at, `${t.kind} ${t.metadata.name} may not exist yet: kubectl wait exits with NotFound (wait --for=create first)`);
      continue;
    }
    const name = t.metadata.name;
    const ok = (() => {
      switch (`${t.kind}/${condition}`) {
        case 'CustomResourceDefinition/Established':
          if (ARGOCD_CRDS.includes(name) ? !c.argocd : !c.eventually(t)) return false;
          c.facts.add(`established crd/${name}`);
          return true;
        case 'ManagedResourceDefinition/Established':
          if (!c.eventually(t) || (t.kind === 'ManagedResourceDefinition' && !c.activated(name))) return false;
          c.facts.add(`established crd/${name}`);
          return true;
        case 'Provider/Healthy':
        case 'Function/Healthy':
          c.facts.add(`healthy ${t.kind.toLowerCase()}/${name}`);
          // A healthy provider revision has established its own CRDs (1.20) or MRDs (2).
          return true;
        case 'Configuration/Healthy':
          c.pending.splice(0).forEach((f) => f());
          return true;
        case 'CompositeResourceDefinition/Established':
          c.facts.add(`established xrd/${name}`);
          return true;
        case 'CompositeResourceDefinition/Offered': {
          const xrd = c.xrds().find((x) => x.metadata.name === name);
          if (!xrd?.spec.claimNames) return false;
          c.facts.add(`offered xrd/${name}`);
          return true;
        }
        case 'Application/AppHealthy':
          return c.facts.has(`argo ${name}`);
        default:
          throw new Error(`line ${at.line}: unsupported wait for ${condition} on ${t.kind}`);
      }
    })();
    if (!ok) c.fail(at, `${t.kind} ${name} never becomes ${condition}: the wait would time out`);
  }
}

function pollUntilExists(c: Cluster, at: Command, targets: Obj[]) {
  for (const t of targets) {
    if (c.eventually(t)) c.facts.add(`exists ${keyOf(t)}`);
    else c.fail(at, `waits for ${t.kind} ${t.metadata.name} to be created, which nothing here creates: it would time out`);
  }
}

/** `until kubectl get -f FILE >/dev/null 2>&1; do sleep N; done`: polls until every object of the files exists. */
const UNTIL_GET = /^until (kubectl get -f \S+(?: -f \S+)*) >\/dev\/null 2>&1; do sleep \d+; done$/;

function run(c: Cluster, at: Command, w: string[]) {
  const [cmd, sub] = w;
  if (cmd === 'export') {
    for (const a of w.slice(1)) {
      const [k, ...v] = a.split('=');
      c.env[k] = v.join('=');
    }
    return;
  }
  if (cmd === 'npm' && sub === 'run' && w[2] === 'synth') {
    c.dist = c.options.synth(c.env);
    return;
  }
  if (cmd === 'git' || (cmd === 'helm' && sub === 'repo') || (cmd === 'crossplane' && sub === 'xpkg' && ['build', 'push'].includes(w[2]))) return;
  if (cmd === 'helm') {
    const chart = w.find((x) => x.includes('/') && !x.startsWith('-') && !x.includes('='));
    if (w.includes('--create-namespace')) c.facts.add(`namespace ${flag(w, '-n')[0]}`);
    if (chart === 'crossplane-stable/crossplane') {
      const version = flag(w, '--version')[0] ?? '';
      const want = c.variant.crossplane === 'Crossplane 2' ? /^2\./ : /^1\.20\./;
      if (!want.test(version)) c.fail(at, `installs Crossplane ${version} for the Crossplane ${c.variant.crossplane} variant`);
      c.crossplane = { version: version.startsWith('2.') ? '2' : '1.20', defaultActivations: !flag(w, '--set').includes('provider.defaultActivations={}') };
      for (const crd of ['providers.pkg.crossplane.io', 'compositeresourcedefinitions.apiextensions.crossplane.io']) c.add(crdStub(crd));
    } else if (chart === 'argo/argo-cd') {
      c.argocd = true;
      ARGOCD_CRDS.forEach((crd) => c.add(crdStub(crd)));
      for (const v of flag(w, '-f')) {
        const values = c.objectsOf(v)[0] ?? {};
        Object.assign(c.argocdCm, values.configs?.cm ?? {});
        c.argocdVersion = values.global?.image?.tag ?? c.argocdVersion;
      }
      // Without a pinned image, the chart runs its own appVersion: whatever the newest chart ships that day.
      if (!c.argocdVersion) c.fail(at, 'installs whatever Argo CD release the chart ships: pin it (global.image.tag)');
      // Without --version, the chart (its templates and the CRDs it installs) is whatever is newest that day.
      if (!flag(w, '--version')[0]) c.fail(at, 'installs whatever chart version is newest: pin it with --version');
    } else throw new Error(`line ${at.line}: unknown chart ${chart}`);
    return;
  }
  if (cmd === 'crossplane' && sub === 'xpkg' && w[2] === 'install') {
    if (!c.crossplane) c.fail(at, 'Crossplane is not installed');
    c.installPackage(w[5]);
    return;
  }
  if (cmd !== 'kubectl') throw new Error(`line ${at.line}: the route model does not know "${cmd}"`);
  const rest = w.slice(1).filter((x, i, all) => !(x === '-n' || all[i - 1] === '-n'));
  const ns = flag(w, '-n')[0];
  switch (rest[0]) {
    case 'create':
      if (rest[1] === 'namespace') return void c.apply(at, [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: rest[2] } }]);
      if (rest[1] === 'secret') return void c.apply(at, [{ apiVersion: 'v1', kind: 'Secret', metadata: { name: rest[3], namespace: ns } }]);
      throw new Error(`line ${at.line}: kubectl create ${rest[1]}`);
    case 'apply': {
      const kustomize = flag(w, '-k')[0];
      if (kustomize) {
        const kustomization = c.objectsOf(path.join(kustomize, 'kustomization.yaml'))[0];
        const release = kustomization.resources.find((r: string) => /argoproj\/argo-cd\/.*\/manifests\/install\.yaml$/.test(r));
        if (!release || !c.namespaceExists(kustomization.namespace)) return void c.fail(at, 'the overlay installs no Argo CD, or its namespace is missing');
        c.argocd = true;
        c.argocdVersion = /argo-cd\/(v[^/]+)\/manifests/.exec(release)![1];
        ARGOCD_CRDS.forEach((crd) => c.add(crdStub(crd)));
        for (const p of kustomization.patches) if (p.path) Object.assign(c.argocdCm, c.objectsOf(path.join(kustomize, p.path))[0].data);
        return;
      }
      return void c.apply(
        at,
        flag(w, '-f').flatMap((f) => c.objectsOf(f)),
      );
    }
    case 'wait':
      return kubectlWait(c, at, w);
    case 'get':
      return;
    default:
      throw new Error(`line ${at.line}: kubectl ${rest[0]}`);
  }
}

/** Runs the setup block and then the route for one variant. */
export function runRoute(markdown: string, route: string, variant: Variant, options: RouteOptions): RouteRun {
  const routes = readRoutes(markdown);
  const c = new Cluster(variant, options);
  for (const name of ['setup', route]) {
    const commands = routes.get(name);
    if (!commands) throw new Error(`docs/install.md has no route "${name}"`);
    for (const cmd of commands.filter((x) => inVariant(x.tags, variant))) {
      const poll = UNTIL_GET.exec(cmd.text);
      if (poll) {
        const at = { line: cmd.line, text: cmd.text, words: words(poll[1])[0] };
        try {
          pollUntilExists(
            c,
            at,
            flag(at.words, '-f').flatMap((f) => c.objectsOf(f)),
          );
        } catch (e) {
          c.fail(at, (e as Error).message);
        }
        continue;
      }
      for (const w of words(cmd.text)) {
        const at = { line: cmd.line, text: cmd.text, words: w };
        try {
          run(c, at, w);
        } catch (e) {
          c.fail(at, (e as Error).message);
        }
        if (route === 'argocd' && w[0] === 'kubectl' && w[1] === 'apply' && flag(w, '-f').some((f) => /root\.yaml$/.test(f))) checkArgoCd(c, at);
      }
    }
  }
  return { errors: c.errors, applied: c.order, claims: c.claims, dist: c.dist ?? '' };
}

/**
 * Argo CD, from the root Application on: syncs the Applications of the root (lowest wave first; a wave waits for
 * the previous one to be Healthy only when argocd-cm has the Application health check), each one's objects by
 * sync wave. An object whose kind is not served yet when its wave runs fails the sync; that converges only when the
 * Application retries without limit and something synced creates the kind.
 */
function checkArgoCd(c: Cluster, at: Command) {
  const roots = c.order.filter((o) => o.kind === 'Application' && !c.facts.has(`argo ${o.metadata.name}`));
  if (!c.argocd) return c.fail(at, 'Argo CD is not installed');
  if (!c.argocdCm['resource.customizations.health.argoproj.io_Application']) {
    c.fail(at, 'argocd-cm has no Application health check: the root does not wait for the platform before the teams');
  }
  for (const root of roots) {
    c.facts.add(`argo ${root.metadata.name}`);
    syncApplication(c, at, root);
  }
}

function atLeast(version: string | undefined, major: number, minor: number): boolean {
  const m = /^v(\d+)\.(\d+)\./.exec(version ?? '');
  return !!m && (Number(m[1]) > major || (Number(m[1]) === major && Number(m[2]) >= minor));
}

const waveOf = (o: Obj) => Number(o.metadata?.annotations?.['argocd.argoproj.io/sync-wave'] ?? 0);

function syncApplication(c: Cluster, at: Command, app: Obj) {
  const project = c.all('AppProject').find((p) => p.metadata.name === app.spec.project);
  if (!project) return c.fail(at, `Application ${app.metadata.name}: project ${app.spec.project} not applied`);
  const retry = app.spec.syncPolicy?.retry;
  if (retry?.limit !== -1) c.fail(at, `Application ${app.metadata.name}: retries can run out (retry.limit ${retry?.limit})`);
  // An unlimited retry of a commit that can never sync would retry that commit for ever, and auto-sync of the fix is
  // skipped while the operation runs (argo-cd v3.5.1 controller/appcontroller.go): retries must take the latest one.
  else if (retry.refresh !== true) c.fail(at, `Application ${app.metadata.name}: retries stay on a failed commit (retry.refresh not set)`);
  // retry.refresh is in the Application CRD and honoured by the controller since Argo CD v3.2.0 (types.go RetryStrategy).
  if (retry?.refresh && !atLeast(c.argocdVersion, 3, 2))
    c.fail(at, `Application ${app.metadata.name}: retry.refresh needs Argo CD 3.2+, the route installs ${c.argocdVersion ?? 'an unpinned release'}`);
  const sources: { path: string }[] = app.spec.sources ?? [app.spec.source];
  const objects = sources.flatMap((s) => c.objectsOf(s.path)).sort((a, b) => waveOf(a) - waveOf(b));
  const waves = [...new Set(objects.map(waveOf))];
  for (const wave of waves) {
    const inWave = objects.filter((o) => waveOf(o) === wave);
    const deferred: Obj[] = [];
    for (const o of inWave) {
      if (o.kind === 'Application') continue;
      const fact = c.requiredFact(o);
      if (fact && !c.facts.has(fact)) deferred.push(o);
      else c.apply(at, [o]);
    }
    // Once the wave is Healthy: Argo CD waited for every object in it (Provider and Function Healthy, XRDs
    // Established and Offered through the built-in Crossplane check).
    settleArgoWave(c, inWave);
    // What failed is retried (with limit -1) until the kind is served.
    for (const o of deferred) {
      settleArgoWave(c, objects);
      const fact = c.requiredFact(o);
      if (fact && !c.facts.has(fact)) c.fail(at, `Application ${app.metadata.name}: ${o.kind} ${o.metadata.name} never syncs (needs ${fact})`);
      else c.apply(at, [o]);
    }
    for (const child of inWave.filter((o) => o.kind === 'Application')) {
      c.add(child);
      c.facts.add(`argo ${child.metadata.name}`);
      syncApplication(c, at, child);
    }
  }
}

function settleArgoWave(c: Cluster, objects: Obj[]) {
  for (const o of objects) {
    if (!c.has(o)) continue;
    if (o.kind === 'Provider' || o.kind === 'Function') c.facts.add(`healthy ${o.kind.toLowerCase()}/${o.metadata.name}`);
    if (o.kind === 'CompositeResourceDefinition') {
      c.facts.add(`established xrd/${o.metadata.name}`);
      if (o.spec.claimNames) c.facts.add(`offered xrd/${o.metadata.name}`);
    }
  }
  // Served kinds appear once their providers and activation policy are in place: retries get there.
  for (const crd of [
    'providerconfigs.aws.upbound.io',
    'clusterproviderconfigs.aws.m.upbound.io',
    'providerconfigs.aws.m.upbound.io',
    ...c.all('Composition').flatMap((comp) => composedKinds(comp).map(mrdName)),
  ]) {
    if (c.crdEventually(crd)) c.facts.add(`established crd/${crd}`);
  }
}

/** A synth function caching one dist/ per environment, in a temporary folder. */
export function cachedSynth(synth: (outdir: string) => void): { synth: RouteOptions['synth']; cleanup: () => void } {
  const cache = new Map<string, string>();
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'routes-'));
  return {
    synth: (env) => {
      const key = JSON.stringify(Object.entries(env).sort());
      if (!cache.has(key)) {
        const outdir = path.join(base, String(cache.size));
        const saved = { ...process.env };
        Object.assign(process.env, env);
        try {
          synth(outdir);
        } finally {
          for (const k of Object.keys(env)) if (saved[k] === undefined) delete process.env[k];
          Object.assign(process.env, saved);
        }
        cache.set(key, outdir);
      }
      return cache.get(key)!;
    },
    cleanup: () => fs.rmSync(base, { recursive: true, force: true }),
  };
}
