/** Runs controls over a set of rendered managed resources and sums up each control's findings. */
import type { KubeObject } from '../render/function-io';
import { EC2_CONTROLS } from './controls/ec2';
import { S3_CONTROLS } from './controls/s3';
import { SAFETY_CONTROLS } from './controls/safety';
import { displayName, ResourceSet } from './resources';
import type { AuditOptions, AuditReport, Control, ControlResult, Outcome, ResourceResult } from './control';

/** Every control, Security Hub's first (by id), then data safety and least privilege. */
export const CONTROLS: Control[] = [...EC2_CONTROLS, ...S3_CONTROLS].sort((a, b) => compareIds(a.id, b.id)).concat(SAFETY_CONTROLS);

function compareIds(a: string, b: string): number {
  const [sa, na] = a.split('.');
  const [sb, nb] = b.split('.');
  return sa === sb ? Number(na) - Number(nb) : sa.localeCompare(sb);
}

/** The worst outcome wins: a failure anywhere fails the control; nothing checked is not applicable. */
const RANK: Outcome[] = ['FAIL', 'EXCEPTION', 'PASS', 'N/A'];

export function runAudit(resources: KubeObject[], options: AuditOptions = {}, controls: Control[] = CONTROLS): AuditReport {
  const ctx = { resources: new ResourceSet(resources), options };
  const results = controls.map((control): ControlResult => {
    const findings = control.check(ctx);
    const rows = findings.map((f): ResourceResult => {
      const accepted = f.outcome === 'FAIL' ? control.accept?.(f, ctx) : undefined;
      return accepted
        ? { resource: displayName(f.resource), outcome: 'EXCEPTION', reason: `accepted: ${accepted} (${f.reason})` }
        : { resource: displayName(f.resource), outcome: f.outcome, reason: f.reason };
    });
    const outcome = RANK.find((o) => rows.some((r) => r.outcome === o)) ?? 'N/A';
    const note = rows.length === 0 ? `nothing to check: no ${control.appliesTo.map((k) => k.kind).join(', ')}` : undefined;
    return { id: control.id, title: control.title, source: control.source, outcome, resources: rows, ...(note ? { note } : {}) };
  });
  return { controls: results, failed: results.some((r) => r.outcome === 'FAIL') };
}
