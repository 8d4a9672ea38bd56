#!/usr/bin/env bash
# Provides librdkafka.redist 2.15.1 (the native library Confluent.Kafka 2.15.1 loads) where the
# NuGet registry does not serve it: builds librdkafka from the C sources shipped in the npm
# package @confluentinc/kafka-javascript and packs it as a local NuGet package in eng/packages.
# Where the registry has the real package, this does nothing and restore uses the real one.
set -euo pipefail

readonly version="2.15.1"
readonly npm_package="@confluentinc/kafka-javascript@1.10.1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly root
readonly feed="$root/eng/packages"
readonly nupkg="$feed/librdkafka.redist.$version.nupkg"
readonly work="$root/artifacts/librdkafka"
readonly global_packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"

log() { printf '[librdkafka] %s\n' "$*"; }

if [[ -f "$global_packages/librdkafka.redist/$version/runtimes/linux-x64/native/librdkafka.so" ]]; then
  log "librdkafka.redist $version is already in the NuGet packages folder."
  exit 0
fi
if [[ -f "$nupkg" ]]; then
  log "using the local package $nupkg."
  exit 0
fi
if curl -fsS -o /dev/null "https://api.nuget.org/v3-flatcontainer/librdkafka.redist/$version/librdkafka.redist.$version.nupkg" 2>/dev/null; then
  log "the NuGet registry serves librdkafka.redist $version: restore will use the real package."
  exit 0
fi

log "the NuGet registry lacks librdkafka.redist $version: building it from source."
for tool in npm make gcc tar; do
  command -v "$tool" >/dev/null || { log "installing build tools"; apt-get update -qq && apt-get install -y -qq build-essential nodejs npm >/dev/null; break; }
done
[[ -f /usr/include/openssl/ssl.h ]] || { apt-get update -qq && apt-get install -y -qq libssl-dev >/dev/null; }
[[ -f /usr/include/zlib.h ]] || { apt-get update -qq && apt-get install -y -qq zlib1g-dev >/dev/null; }

rm -rf "$work" && mkdir -p "$work"
(cd "$work" && npm pack --silent "$npm_package" >/dev/null && tar xzf ./*.tgz)
src="$work/package/deps/librdkafka"
(cd "$src" && ./configure --disable-gssapi --disable-curl --disable-zstd --disable-lz4-ext >"$work/configure.log" 2>&1 \
  && make -C src -j"$(nproc)" >"$work/make.log" 2>&1) || { log "build failed; see $work/*.log"; exit 1; }

pack="$work/pack"
mkdir -p "$pack/runtimes/linux-x64/native"
cp "$src/src/librdkafka.so.1" "$pack/runtimes/linux-x64/native/librdkafka.so"
cp "$src/LICENSES.txt" "$pack/LICENSES.txt"
cat >"$pack/librdkafka.redist.nuspec" <<NUSPEC
<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
  <metadata>
    <id>librdkafka.redist</id>
    <version>$version</version>
    <authors>Magnus Edenhill, Confluent Inc. (built locally from source)</authors>
    <license type="expression">BSD-2-Clause</license>
    <description>librdkafka $version for linux-x64, built from source where the registry lacks the package.</description>
  </metadata>
  <files>
    <file src="runtimes/**" target="runtimes" />
    <file src="LICENSES.txt" target="" />
  </files>
</package>
NUSPEC
cat >"$pack/pack.csproj" <<'CSPROJ'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <NuspecFile>librdkafka.redist.nuspec</NuspecFile>
    <NoBuild>true</NoBuild>
    <IncludeBuildOutput>false</IncludeBuildOutput>
    <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
  </PropertyGroup>
</Project>
CSPROJ
# Pack outside the repository so its Directory.*.props and nuget.config do not apply.
tmp_pack="$(mktemp -d)"
cp -r "$pack/." "$tmp_pack/"
(cd "$tmp_pack" && dotnet pack pack.csproj -o "$feed" --nologo -v quiet >"$work/pack.log" 2>&1) || { log "pack failed; see $work/pack.log"; exit 1; }
rm -rf "$tmp_pack"
log "built $nupkg"
