#!/usr/bin/env bash
# Regenerates imports/ (typed classes for every CRD this project composes or emits) from the pinned upstream
# CRDs. Run after changing the CRD set or its versions: `npm run import`. Never edit imports/ by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
# The CRDs are found as everywhere else in the project (compositions/production-network/crds.ts crdsDir): PRODUCTION_NETWORK_CRDS when
# set, else ../shared/crds beside the checkout, else .crds/ (written by scripts/fetch-crds.sh). CRDS_DIR, this
# script's older name for the same setting, is still honoured. `--print-crds-dir` prints the choice and stops.
if [ -n "${PRODUCTION_NETWORK_CRDS:-${CRDS_DIR:-}}" ]; then
  CRDS_DIR="${PRODUCTION_NETWORK_CRDS:-$CRDS_DIR}"
  [ -d "$CRDS_DIR" ] || { echo "import: PRODUCTION_NETWORK_CRDS=$CRDS_DIR is not a directory" >&2; exit 2; }
else
  for candidate in ../shared/crds .crds; do [ -d "$candidate" ] && { CRDS_DIR=$candidate; break; }; done
  [ -n "${CRDS_DIR:-}" ] || {
    echo "import: upstream CRDs not found (looked in ../shared/crds, .crds): set PRODUCTION_NETWORK_CRDS or run scripts/fetch-crds.sh" >&2
    exit 2
  }
fi
if [ "${1:-}" = "--print-crds-dir" ]; then echo "$CRDS_DIR"; exit 0; fi

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
out=imports
rm -rf "$out"; mkdir -p "$out"

# cdk8s import writes one file per API group; several CRD files of one group are concatenated first.
bundle() { # bundle <module> <crd files...>
  local name=$1; shift
  : > "$tmp/$name.yaml"
  for f in "$@"; do cat "$CRDS_DIR/$f" >> "$tmp/$name.yaml"; printf '\n---\n' >> "$tmp/$name.yaml"; done
  npx cdk8s import --no-check-upgrade --no-save -l typescript -o "$out" "$tmp/$name.yaml" >/dev/null
  echo "imports/$name.ts  <- $*"
}

P=provider-aws; N=provider-aws-namespaced
EC2_KINDS="vpcs subnets internetgateways eips natgateways routetables routetableassociations routes securitygroups
  securitygroupingressrules securitygroupegressrules defaultsecuritygroups keypairs instances launchtemplates flowlogs vpcendpoints
  vpcendpointroutetableassociations"
IAM_KINDS="roles rolepolicyattachments instanceprofiles"
S3_KINDS="buckets bucketpublicaccessblocks bucketpolicies bucketversionings bucketserversideencryptionconfigurations
  bucketownershipcontrols bucketlifecycleconfigurations bucketloggings"
list() { local dir=$1 group=$2 kinds=$3 r=(); for k in $kinds; do r+=("$dir/${group}_$k.yaml"); done; echo "${r[@]}"; }

bundle ec2.aws.upbound.io   $(list $P ec2.aws.upbound.io "$EC2_KINDS")
bundle iam.aws.upbound.io   $(list $P iam.aws.upbound.io "$IAM_KINDS")
bundle s3.aws.upbound.io    $(list $P s3.aws.upbound.io "$S3_KINDS")
bundle aws.upbound.io       $P/aws.upbound.io_providerconfigs.yaml
# No classes for the namespaced managed kinds (*.aws.m.upbound.io): the namespaced flavour composes the same
# bases, adapted by flavour.adapt (compositions/production-network/flavour.ts), and composition.test.ts checks
# every adapted base against the namespaced CRDs' schemas. Only their provider configs are emitted as objects.
bundle aws.m.upbound.io     $N/aws.m.upbound.io_providerconfigs.yaml $N/aws.m.upbound.io_clusterproviderconfigs.yaml
bundle apiextensions.crossplane.io crossplane/apiextensions.crossplane.io_compositeresourcedefinitions.yaml \
  crossplane/apiextensions.crossplane.io_compositions.yaml crossplane/apiextensions.crossplane.io_managedresourceactivationpolicies.yaml
bundle meta.pkg.crossplane.io crossplane/meta.pkg.crossplane.io_configurations.yaml
bundle pkg.crossplane.io    crossplane/pkg.crossplane.io_providers.yaml crossplane/pkg.crossplane.io_functions.yaml
bundle pt.fn.crossplane.io  function-patch-and-transform/package/input/pt.fn.crossplane.io_resources.yaml
bundle cel.fn.crossplane.io function-cel-filter/cel.fn.crossplane.io_filters.yaml
bundle argoproj.io          argo-cd/application-crd.yaml argo-cd/appproject-crd.yaml

# Compiled once here to JavaScript and declarations, and only those are kept: about 110,000 generated lines that the
# type-checker (`tsc --noEmit`, skipLibCheck) and the test runner would otherwise compile again on every run. The
# declarations keep the classes typed, so a misspelled field of a composed base still fails to compile.
generated=("$out"/*.ts)
npx tsc --declaration --target ES2022 --module commonjs --moduleResolution node --esModuleInterop --skipLibCheck \
  --removeComments false --outDir "$out" "${generated[@]}"
rm "${generated[@]}"
echo "imports/*.js, imports/*.d.ts  <- tsc (the .ts modules are not kept)"
