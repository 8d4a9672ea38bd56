#!/usr/bin/env bash
# Records a deliberate change of public API: builds, then adds every symbol the analyzers report as
# new (RS0016) to its package's PublicAPI.Unshipped.txt and removes every declared symbol that is
# gone (RS0017) from PublicAPI.Shipped.txt and PublicAPI.Unshipped.txt. Review the diff it leaves.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

output="$(mktemp)"
trap 'rm -f "$output"' EXIT
dotnet build AuditLog.sln -c Release --nologo -v quiet -p:TreatWarningsAsErrors=false >"$output" 2>&1 || true

python3 - "$output" <<'PY'
import os, re, sys
pattern = re.compile(r"warning (RS0016|RS0017): Symbol '(.+?)' (?:is not part of the declared public API|is part of the declared API).*\[(.+?\.csproj)\]")
changes = {}
for line in open(sys.argv[1], encoding="utf-8"):
    m = pattern.search(line)
    if m:
        rule, symbol, project = m.groups()
        changes.setdefault(os.path.dirname(project), {"RS0016": set(), "RS0017": set()})[rule].add(symbol)
for folder, found in sorted(changes.items()):
    for name in ("PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt"):
        path = os.path.join(folder, name)
        lines = open(path, encoding="utf-8").read().splitlines()
        kept = [l for l in lines if l.removeprefix("*REMOVED*") not in found["RS0017"]]
        if name == "PublicAPI.Unshipped.txt":
            kept += sorted(found["RS0016"] - set(kept))
        header = [l for l in kept if l.startswith("#")]
        body = sorted(l for l in kept if not l.startswith("#"))
        open(path, "w", encoding="utf-8").write("\n".join(header + body) + "\n")
    print(f"{os.path.relpath(folder)}: {len(found['RS0016'])} added, {len(found['RS0017'])} removed")
if not changes:
    print("public API unchanged")
PY
