-- Argo CD health of a ProductionNetwork claim (and of the namespaced ProductionNetwork XR).
--
-- Healthy only when Crossplane reports Ready=True. Degraded, with Crossplane's message, when Synced=False: the
-- claim or its composition cannot be reconciled (bad input the API server let through, a function error, a
-- provider refusing an update). Suspended when reconciliation is paused. Progressing otherwise: no status yet,
-- Ready=False while the cloud resources are created (reason Creating) or deleted, or Ready missing.
--
-- Runs as an argocd-cm override, without the Lua standard libraries: Argo CD loads only base, package, table and
-- a safe os holding time and date (argo-cd util/lua/lua.go, oslib_safe.go), so string and math are unavailable.
-- Only base functions and operators are used.

local hs = { status = "Progressing", message = "Waiting for Crossplane to report the network's status" }

local function annotation(name)
  if obj.metadata ~= nil and obj.metadata.annotations ~= nil then
    return obj.metadata.annotations[name]
  end
  return nil
end

local function describe(condition, fallback)
  if condition.message ~= nil and condition.message ~= "" then
    return condition.message
  end
  if condition.reason ~= nil and condition.reason ~= "" then
    return condition.reason
  end
  return fallback
end

if obj.metadata ~= nil and obj.metadata.deletionTimestamp ~= nil then
  hs.message = "Deleting: waiting for the cloud resources to be deleted"
  return hs
end

local ready = nil
local synced = nil
if obj.status ~= nil and obj.status.conditions ~= nil then
  for _, condition in ipairs(obj.status.conditions) do
    if condition.type == "Ready" then
      ready = condition
    elseif condition.type == "Synced" then
      synced = condition
    end
  end
end

if annotation("crossplane.io/paused") == "true" or (synced ~= nil and synced.reason == "ReconcilePaused") then
  hs.status = "Suspended"
  hs.message = "Reconciliation is paused (crossplane.io/paused)"
  return hs
end

if synced ~= nil and synced.status == "False" then
  hs.status = "Degraded"
  hs.message = describe(synced, "Synced is False")
  return hs
end

if ready ~= nil and ready.status == "True" then
  hs.status = "Healthy"
  hs.message = "Available"
  return hs
end

if ready ~= nil then
  hs.message = describe(ready, "Ready is " .. tostring(ready.status))
  if ready.reason ~= nil and ready.reason ~= "" and hs.message ~= ready.reason then
    hs.message = ready.reason .. ": " .. hs.message
  end
end
return hs
