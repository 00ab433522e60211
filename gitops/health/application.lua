-- Argo CD health of an Argo CD Application, for the app-of-apps root: the child Application's own health as
-- Argo CD computed it (status.health). Argo CD removed this check in 1.8 (docs/operator-manual/health.md,
-- "Argocd App"); without it a parent treats every child Application as healthy as soon as it exists and its sync
-- waves order nothing. Progressing until the child reports a health.
--
-- Runs as an argocd-cm override: only base functions, table and a safe os (time, date) are loaded
-- (argo-cd util/lua/lua.go); this script needs none of them.

local hs = { status = "Progressing", message = "Waiting for the Application to report its health" }
if obj.status ~= nil and obj.status.health ~= nil and obj.status.health.status ~= nil then
  hs.status = obj.status.health.status
  if obj.status.health.message ~= nil then
    hs.message = obj.status.health.message
  else
    hs.message = ""
  end
end
return hs
