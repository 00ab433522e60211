/** The Argo CD health check of the API's user-facing kinds: a Lua file in the repo, embedded into argocd-cm. */
import * as fs from 'fs';
import * as path from 'path';

export const HEALTH_LUA_FILE = path.join(__dirname, 'health', 'production-network.lua');

/** The health check of an Argo CD Application, which Argo CD no longer ships (removed in 1.8): the app-of-apps root needs it. */
export const APPLICATION_HEALTH_LUA_FILE = path.join(__dirname, 'health', 'application.lua');
export const APPLICATION_HEALTH_KEY = 'resource.customizations.health.argoproj.io_Application';

export function applicationHealthLua(): string {
  return fs.readFileSync(APPLICATION_HEALTH_LUA_FILE, 'utf8');
}

let cached: string | undefined;
export function healthLua(): string {
  return (cached ??= fs.readFileSync(HEALTH_LUA_FILE, 'utf8'));
}

/** The argocd-cm key of a kind's health check: `resource.customizations.health.<group>_<Kind>`. */
export function healthKey(group: string, kind: string): string {
  // Argo CD splits the suffix on "_" into group and kind; an API group cannot contain "_".
  return `resource.customizations.health.${group}_${kind}`;
}
