#!/usr/bin/env bash
# Proves a host can use the packages alone: packs every package with a version of its own, then builds
# and runs a console project outside the solution (eng/package-check) that references them from a local
# folder feed, and installs the auditlog tool from that feed and runs it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

version="1.0.0-local.$(date -u +%Y%m%d%H%M%S)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
hosting_version="$(grep -oP 'PackageVersion Include="Microsoft.Extensions.Hosting" Version="\K[^"]+' Directory.Packages.props)"

for project in src/*/*.csproj; do
  dotnet pack "$project" -c Release --nologo -v quiet -o "$feed" -p:Version="$version" >/dev/null
done
echo "[packages] packed $(ls "$feed" | wc -l) packages, version $version"

mkdir -p "$work/consumer"
cp eng/package-check/Program.cs "$work/consumer/"
sed -e "s/@VERSION@/$version/g" -e "s/@HOSTING_VERSION@/$hosting_version/g" eng/package-check/PackageCheck.csproj.template > "$work/consumer/PackageCheck.csproj"
cat > "$work/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
CONFIG

dotnet tool install AuditLog.Cli --version "$version" --tool-path "$work/tools" --configfile "$work/nuget.config" >/dev/null
dotnet run --project "$work/consumer/PackageCheck.csproj" -c Release -- "$work/tools/auditlog" "$version"
