/**
 * Runs an Argo CD health check on Lua 5.1, the language of gopher-lua, which Argo CD embeds (argo-cd util/lua
 * lua.go `VM.runLua`: `lua.NewState(lua.Options{SkipOpenLibs: !useOpenLibs})`). The VM is PUC Lua 5.1.5 compiled
 * to WebAssembly (lua-wasm-bindings, the bindings TypeScriptToLua tests its Lua 5.1 output with): a script that
 * Lua 5.1 rejects — `//`, `goto`, bitwise operators, `table.unpack`, `math.type`, `utf8`, … — fails here even
 * though the Lua 5.4 harness (./argo-health, wasmoon) accepts it.
 *
 * As Argo CD runs an argocd-cm override, without `useOpenLibs` only base, table and package are loaded: `string`,
 * `math`, `io`, `os`, `debug` and `coroutine` are removed, and so is the string metatable (without the string
 * library, `("x"):upper()` has no methods). The object is the global `obj`.
 */
import { lauxlib, lua, lualib } from 'lua-wasm-bindings/dist/lua.51';
import { healthFromLuaTable, luaLiteral, luaString, type HealthScript, type HealthStatus } from './argo-health';

const LUA_OK = 0;

/** Lua source that runs the health script and reports its outcome as one string: kind, then fields, by newline. */
function harness(obj: unknown, s: Pick<HealthScript, 'script' | 'useOpenLibs'>): string {
  return `
local chunk, err = loadstring(${luaString(s.script)}, "=health.lua")
if not chunk then return "error\\n" .. err end
obj = ${luaLiteral(obj)}
if not ${s.useOpenLibs ? 'true' : 'false'} then
  debug.setmetatable("", nil)
  string, math, io, os, debug, coroutine = nil, nil, nil, nil, nil, nil
end
local ok, hs = pcall(chunk)
if not ok then return "error\\n" .. tostring(hs) end
if type(hs) ~= "table" then return "type\\n" .. type(hs) end
local message = hs.message
if message == nil then message = "" end
return "table\\n" .. tostring(hs.status) .. "\\n" .. tostring(message)
`;
}

/** The health Argo CD would report from this script on Lua 5.1; a script error throws, as Argo CD reports one. */
export function runHealthLua51(obj: Record<string, unknown>, s: Pick<HealthScript, 'script' | 'useOpenLibs'>): HealthStatus {
  const L = lauxlib.luaL_newstate();
  try {
    lualib.luaL_openlibs(L);
    if (lauxlib.luaL_dostring(L, harness(obj, s)) !== LUA_OK) throw new Error(lua.lua_tostring(L, -1));
    const reply = lua.lua_tostring(L, -1);
    const [kind, first, ...rest] = reply.split('\n');
    if (kind === 'error') throw new Error([first, ...rest].join('\n'));
    if (kind === 'type') throw new Error(`expect table output from Lua script, not ${first}`);
    return healthFromLuaTable({ status: first, message: rest.join('\n') });
  } finally {
    lua.lua_close(L);
  }
}
