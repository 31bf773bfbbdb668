"""scripts/install-system-packages installs only what is missing, and does nothing otherwise."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.shared import ROOT

SCRIPT = ROOT / "scripts" / "install-system-packages"


def _fake_bin(tmp: Path, missing: set[str]) -> Path:
    """dpkg-query, apt-get and id stand-ins: apt-get logs its arguments instead of running."""
    bin_dir = tmp / "bin"
    bin_dir.mkdir()
    absent = " ".join(sorted(missing))
    (bin_dir / "dpkg-query").write_text(
        "#!/bin/sh\nfor p in " + (absent or "__none__") + "; do\n"
        '  [ "$p" = "$3" ] && exit 1\ndone\nprintf "install ok installed"\n'
    )
    (bin_dir / "apt-get").write_text(f'#!/bin/sh\necho "$@" >> "{tmp}/apt.log"\n')
    (bin_dir / "id").write_text("#!/bin/sh\necho 0\n")
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    return bin_dir


def _run(tmp: Path, missing: set[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{_fake_bin(tmp, missing)}:/usr/bin:/bin"}
    return subprocess.run(
        ["sh", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=30, check=False
    )


def test_nothing_to_do_skips_apt_get_entirely(tmp_path: Path) -> None:
    result = _run(tmp_path, set())
    assert result.returncode == 0, result.stderr
    assert "all present" in result.stdout
    assert not (tmp_path / "apt.log").exists()


def test_installs_only_the_missing_packages_after_one_update(tmp_path: Path) -> None:
    result = _run(tmp_path, {"poppler-utils", "libreoffice-writer"})
    assert result.returncode == 0, result.stderr
    calls = (tmp_path / "apt.log").read_text().splitlines()
    assert calls[0] == "update -qq"
    assert calls[1].startswith("install -y -qq --no-install-recommends")
    assert set(calls[1].split()[4:]) == {"poppler-utils", "libreoffice-writer"}
    assert len(calls) == 2
