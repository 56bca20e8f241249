#!/usr/bin/env bash
# Creates, once, a Python virtual environment with PySD, SALib, openpyxl, pypdf and jsonschema under
# .build/pysd-venv, and prints the path of its python. Used by the XMILE peer check
# (Tests/DXModelTests/XMILEWriterTests.swift), the Sobol and Morris cross-checks
# (Tests/DXAnalysisTests/SobolIndicesTests.swift), the workbook and PDF checks
# (Tests/DXShellTests/XLSXExportTests.swift, HTMLPrintTests.swift), the JSON schema check
# (ExportCommandTests.swift) and scripts/pysd_run.py. Quiet and quick when the environment is already there.
#
# PySD and everything it installs are pinned to versions checked together on Python 3.11, so a
# new release of any of them cannot change the peer check. To move to newer versions, install
# pysd in a scratch venv, check the peer test passes, and paste its `pip freeze` here.
#
# On Debian, python3 may come without its venv module (the python3-venv package): as root,
# this installs it with apt-get. Set PYTHON to build the environment from another interpreter.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.build/pysd-venv"
python="$venv/bin/python"
stamp="$venv/.dxplan-requirements"
base="${PYTHON:-python3}"

requirements=(
  pysd==3.14.3
  black==26.10.1 chardet==7.7.0 click==8.5.1 defusedxml==0.7.1 et_xmlfile==2.0.0 lxml==6.1.3
  mypy_extensions==1.2.0 numpy==2.4.6 odfpy==1.4.1 openpyxl==3.1.5 packaging==26.4 pandas==3.1.1
  parsimonious==0.11.0 pathspec==1.1.1 platformdirs==4.14.8 portion==2.6.3 progressbar2==4.6.0
  python-calamine==0.9.1 python-dateutil==4.0.0 python-utils==4.2.0 pytokens==0.4.1 pyxlsb==1.0.10
  regex==2026.11.19 scipy==1.17.1 sortedcontainers==2.4.0 typing_extensions==4.16.0 tzdata==2026.6
  xarray==2026.9.0 xlrd==2.0.2 xlsxwriter==3.3.1
  SALib==1.6.0 contourpy==1.3.3 cycler==0.12.1 dill==0.4.1 fonttools==4.68.0 kiwisolver==1.5.1
  matplotlib==3.11.2 multiprocess==0.70.19 pillow==13.0.0 pyparsing==3.3.3
  pypdf==7.1.1
  jsonschema==4.26.0 attrs==26.1.0 jsonschema-specifications==2025.9.1 referencing==0.37.0 rpds-py==2026.9.1
)
wanted="${requirements[*]}"

ready() { [ -x "$python" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; }

if ready; then
  echo "$python"
  exit 0
fi

# One creator at a time: a second caller waits, then finds the environment ready.
mkdir -p "$root/.build"
if command -v flock >/dev/null; then
  exec 9>"$root/.build/pysd-venv.lock"
  flock 9
  if ready; then
    echo "$python"
    exit 0
  fi
fi

if ! "$base" -c 'import venv, ensurepip' 2>/dev/null; then
  version="$("$base" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "pysd_env: installing python${version}-venv with apt-get..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq "python${version}-venv" >&2 || apt-get install -y -qq python3-venv >&2
  else
    echo "pysd_env: $base has no venv module; install python${version}-venv (Debian) and run again" >&2
    exit 1
  fi
fi

echo "pysd_env: creating $venv with ${requirements[0]} (once)..." >&2
rm -rf "$venv"
"$base" -m venv "$venv" >&2
"$python" -m pip install --quiet --disable-pip-version-check --no-input "${requirements[@]}" >&2
"$python" -c 'import pysd, SALib' >&2
echo "$wanted" >"$stamp"
echo "$python"
