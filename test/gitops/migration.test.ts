/**
 * The README's migration from the claim flavour to the namespaced one, step 2, replayed on rendered claims: the
 * label selector it uses, the objects it edits and what the XR, still reconciling, applies over them.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { gitopsSettingsFromEnv } from '../../gitops/settings';
import { claim, EXAMPLE_SSH_KEY, renderNetwork } from '../support/production-network';

const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
const block = /<!-- migration -->\s*```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
const lines = block
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

/** The shell variables the block sets (`A=x B=y`, `S="...$A..."`), expanded. */
function variables(): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const l of lines) {
    if (!/^[A-Z_]+=/.test(l)) continue;
    for (const m of l.matchAll(/([A-Z_]+)=("([^"]*)"|(\S+))/g)) vars[m[1]] = (m[3] ?? m[4]).replace(/\$([A-Z_]+)/g, (_, v) => vars[v]);
  }
  return vars;
}
const expand = (s: string, vars: Record<string, string>) => s.replace(/\$([A-Z_]+)/g, (_, v) => vars[v] ?? `$${v}`);

/** `-l "<selector>"` of a command, as equality requirements. */
function selector(command: string, vars: Record<string, string>): Record<string, string> {
  const m = /-l "([^"]+)"/.exec(command);
  if (!m) throw new Error(`no label selector in: ${command}`);
  return Object.fromEntries(
    expand(m[1], vars)
      .split(',')
      .map((kv) => kv.split('=') as [string, string]),
  );
}
const patchOf = (command: string) => JSON.parse(/-p '([^']+)'/.exec(command)![1]);
const matches = (labels: Record<string, string> | undefined, sel: Record<string, string>) => Object.entries(sel).every(([k, v]) => labels?.[k] === v);

/** RFC 7386 JSON merge patch, as `kubectl patch --type=merge`. */
function mergePatch(target: any, patch: any): any {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out = target && typeof target === 'object' && !Array.isArray(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/**
 * Whether deleting a cluster-scoped managed resource deletes its cloud object, with management policies on (the
 * default since Crossplane 1.14): crossplane-runtime pkg/reconciler/managed/policies.go
 * LegacyManagementPoliciesResolver.ShouldDelete.
 */
function deletesCloudObject(spec: any): boolean {
  const policies: string[] = spec.managementPolicies ?? ['*'];
  const deletion = spec.deletionPolicy ?? 'Delete';
  const hasDelete = policies.includes('Delete') || policies.includes('*');
  if (deletion === 'Delete' && hasDelete) return true;
  const isDefault = policies.length === 1 && policies[0] === '*';
  return !isDefault && policies.includes('Delete');
}
/** Kinds whose delete only forgets the object (terraform-provider-aws vpc_default_security_group.go: DeleteWithoutTimeout NoopContext). */
const NO_OP_DELETE = new Set(['DefaultSecurityGroup']);
/**
 * Nothing is deleted by design: every managed resource of the claim keeps the default management policies except
 * sg-default (a no-op delete), so `deletionPolicy: Orphan` keeps them all, the bastion Instance included (fourth
 * review 2026-12-02, finding 1: it late-initializes again).
 */
const DELETED_BY_DESIGN: string[] = [];

describe('README migration, step 2', () => {
  const vars = variables();
  const patchClaim = lines.find((l) => /kubectl -n \$NS patch productionnetworks\./.test(l))!;
  const patchManaged = lines.find((l) => /kubectl get managed .*xargs -r kubectl patch/.test(l))!;
  const checkManaged = lines.find((l) => /kubectl get managed .*custom-columns/.test(l))!;

  it('never pauses the XR (a paused XR never finishes deleting) and uses full resource names', () => {
    expect(block).not.toMatch(/crossplane\.io\/paused/);
    expect([patchClaim, patchManaged, checkManaged]).toEqual([expect.any(String), expect.any(String), expect.any(String)]);
    for (const l of lines.filter((x) => /productionnetwork/i.test(x))) expect(l).toMatch(/productionnetworks\.network\.platform\.example\.org/);
  });

  // Two claims of one name in two namespaces, the first one asking for its buckets to be deleted.
  const parameters = { bastion: { sshPublicKey: EXAMPLE_SSH_KEY }, storage: { deletionPolicy: 'Delete' } };
  const mine = claim(parameters, { name: vars.CLAIM, namespace: vars.NS });
  const other = renderNetwork(claim(parameters, { name: vars.CLAIM, namespace: 'team-elsewhere' }));
  const before = renderNetwork(mine);

  it("selects exactly this claim's managed resources, not a same-named claim's in another namespace", () => {
    for (const command of [patchManaged, checkManaged]) {
      const sel = selector(command, vars);
      expect(before.managed.filter((r) => matches(r.metadata.labels, sel))).toHaveLength(before.managed.length);
      expect(other.managed.filter((r) => matches(r.metadata.labels, sel))).toEqual([]);
      // What the claim name alone would have matched:
      expect(other.managed.filter((r) => matches(r.metadata.labels, { 'crossplane.io/claim-name': vars.CLAIM }))).toHaveLength(other.managed.length);
    }
  });

  it('after the patches, with the XR still applying its Composition, deleting the claim deletes no cloud object, the bastion instance included', () => {
    const patchedClaim = mergePatch(mine, patchClaim && patchOf(patchClaim));
    expect(patchedClaim.spec.parameters.storage.deletionPolicy).toBe('Orphan');
    // The XR re-renders from the patched claim; it applies only the fields its Composition sets (server-side apply
    // with its own field manager), so a field it does not set keeps the value `kubectl patch` gave it.
    const after = renderNetwork(patchedClaim);
    const sel = selector(patchManaged, vars);
    const edited = after.managed.filter((r) => matches(r.metadata.labels, sel));
    expect(edited).toHaveLength(after.managed.length);
    const deleted = edited
      .map((desired) => {
        const patched = mergePatch({ spec: {} }, patchOf(patchManaged));
        const spec = {
          ...patched.spec,
          ...Object.fromEntries(Object.entries(desired.spec).filter(([k]) => k === 'deletionPolicy' || k === 'managementPolicies')),
        };
        return { kind: desired.kind, name: desired.metadata.annotations['crossplane.io/composition-resource-name'], deletes: deletesCloudObject(spec) };
      })
      .filter((r) => r.deletes && !NO_OP_DELETE.has(r.kind));
    expect(deleted.map((r) => `${r.kind}/${r.name}`)).toEqual(DELETED_BY_DESIGN);
    expect(readme).toMatch(/The bastion Instance is kept with the rest/);
    expect(readme).not.toMatch(/The bastion Instance is terminated with the claim/);
  });

  it('without the claim patch the XR would set the buckets back to Delete', () => {
    const sel = selector(patchManaged, vars);
    const buckets = before.managed.filter((r) => matches(r.metadata.labels, sel) && r.spec.deletionPolicy === 'Delete');
    expect(buckets.map((b) => b.kind)).toContain('Bucket');
  });
});

/**
 * Argo CD's automated sync with selfHeal (argo-cd v3.5.1 controller/appcontroller.go autoSync): whatever the team
 * Application's source in Git holds and the cluster lacks is applied again. The team's claims are rendered from
 * examples/ (gitops/index.ts teamClaims), so what Git holds after the block's `git rm` is examples/ without it.
 */
describe('README migration, step 2, on an Argo CD install', () => {
  const vars = variables();
  const examples = path.join(__dirname, '..', '..', 'examples');
  const claimsIn = (files: string[]) =>
    files.flatMap((f) =>
      parseAllDocuments(fs.readFileSync(path.join(__dirname, '..', '..', f), 'utf8'))
        .map((d) => d.toJS())
        .filter((o) => o?.kind === 'ProductionNetwork' && o.metadata?.namespace === vars.NS)
        .map((o) => ({ ...o, file: f })),
    );
  const inGit = fs
    .readdirSync(examples)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `examples/${f}`);
  const index = (re: RegExp) => lines.findIndex((l) => re.test(l));
  const removal = index(/^git rm \$FILE && PRODUCTION_NETWORK_TEAMS=\$TEAMS npm run synth && git add -A dist && git commit .*&& git push$/);
  const sawCommit = index(/kubectl -n argocd wait --for=jsonpath='\{\.status\.sync\.revision\}'=\$\(git rev-parse HEAD\)/);

  it('takes the claim out of Git and waits for the team Application before it patches or deletes the claim', () => {
    const firstPatch = index(/kubectl -n \$NS patch productionnetworks\./);
    const deletion = index(/kubectl -n \$NS delete productionnetworks\./);
    expect(removal).toBeGreaterThanOrEqual(0);
    expect(sawCommit).toBeGreaterThan(removal);
    expect(firstPatch).toBeGreaterThan(sawCommit);
    expect(deletion).toBeGreaterThan(firstPatch);
    // The Application it waits for is the team's, as synthesized (gitops/argocd.ts: production-network-<namespace>).
    expect(expand(lines[sawCommit], vars)).toMatch(new RegExp(`applications\\.argoproj\\.io/production-network-${vars.NS}$`));
  });

  it('after the removal, self-heal has no claim of that name to re-create; without it, it would', () => {
    const before = claimsIn(inGit);
    expect(before.filter((c) => c.metadata.name === vars.CLAIM).map((c) => c.file)).toEqual([vars.FILE]);
    const after = claimsIn(inGit.filter((f) => f !== vars.FILE));
    // Deleted from the cluster, so everything Git still holds for the namespace is what self-heal applies.
    expect(after.filter((c) => c.metadata.name === vars.CLAIM)).toEqual([]);
  });

  it('keeps the team list fixed, so the namespace keeps its Application and AppProject destination once its last claim is gone', () => {
    const teams = gitopsSettingsFromEnv({ PRODUCTION_NETWORK_TEAMS: vars.TEAMS }).teams ?? [];
    expect(teams).toContain(vars.NS);
    // Without the setting the teams come from the example claims: removing the namespace's last one drops it.
    const remaining = claimsIn(inGit.filter((f) => f !== vars.FILE));
    expect(remaining).toEqual([]);
  });
});
