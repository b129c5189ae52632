"""Build InfoInterview for the system this runs on, smoke-test it, make the installer.

    python -m pip install ".[package]"     # once, in a virtual environment
    python packaging/build.py              # everything lands in dist/

Steps: render the icons if the SVG changed, run PyInstaller with
packaging/infointerview.spec (onedir), run the frozen app's ``--self-test``
and a few headless commands from another folder (the build fails if they
fail), then per system:

- Linux: ``infointerview-<version>-linux-<arch>.tar.gz`` (the folder, the
  .desktop file, icons and install.sh) and ``infointerview_<version>_<arch>.deb``
  (with ``dpkg-deb``; installs to /opt/infointerview).
- Windows: ``infointerview-<version>-windows-x64.zip`` and, when Inno Setup's
  ``ISCC`` is found, ``infointerview-<version>-windows-x64-setup.exe``.
- macOS: ``InfoInterview.app`` and ``InfoInterview-<version>-macos-<arch>.dmg``;
  signed when MACOS_SIGN_IDENTITY is set, notarised when APPLE_ID,
  APPLE_TEAM_ID and APPLE_APP_PASSWORD are set too.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "infointerview.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_ID = "org.infointerview.InfoInterview"
APP_NAME = "InfoInterview"
EXE_NAME = "infointerview"
DESKTOP_FILE = ROOT / "resources" / f"{APP_ID}.desktop"
SMOKE_TIMEOUT = 180
# Issue 17's limits: the app folder's size, and how much longer the frozen app
# takes than the same command from source (median over alternating runs).
MAX_APP_MB = 120
MAX_FROZEN_STARTUP_RATIO = 1.2
STARTUP_RUNS = 15
T = TypeVar("T")

# System libraries Qt's platform plugins load (xcb and Wayland, with QtGui under
# them): every library in the plugins' own ldd beyond libc and zlib, the same
# list as infointerview/display_check.py (README's install command; a test
# checks the two agree and that they cover what the installed plugin needs).
# PyInstaller leaves GL/EGL, libxcb, X11 and Wayland out on purpose (they must
# match the user's drivers and desktop) and bundles the xcb-util libraries,
# xkbcommon, fontconfig and freetype; they are required here all the same, so a
# bundled copy dropped by a later PyInstaller or spec change cannot leave a
# fresh machine with a window that aborts. libdbus-1 and Kerberos are the
# system's (the spec says why).
DEB_DEPENDS = [
    "libdbus-1-3",
    "libgssapi-krb5-2",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libglib2.0-0",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-glx0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
]
# libcups2: the spec leaves it out so printing uses the system's CUPS client.
DEB_RECOMMENDS = ["libcups2", "fonts-dejavu-core | fonts-liberation2 | fonts-noto-core"]


class BuildError(Exception):
    """A build step failed; the message says which and why."""


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def project_version() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'(?m)^version\s*=\s*"([^"]+)"', text)
    if not match:
        raise BuildError("pyproject.toml has no version")
    return match.group(1)


def machine() -> str:
    arch = platform.machine().lower()
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(arch, arch)


def run(cmd: Sequence[str | Path], **kwargs: object) -> subprocess.CompletedProcess[str]:
    shown = " ".join(str(c) for c in cmd)
    log(f"$ {shown}")
    result = subprocess.run([str(c) for c in cmd], text=True, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise BuildError(f"command failed with exit code {result.returncode}: {shown}")
    return result  # type: ignore[no-any-return]


def folder_size(path: Path) -> int:
    """Bytes in the files under ``path`` (symlinks counted once, as links)."""
    total = 0
    for p in path.rglob("*"):
        if p.is_symlink():
            total += len(os.readlink(p))
        elif p.is_file():
            total += p.stat().st_size
    return total


def mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def check_size(size: int, limit_mb: int = MAX_APP_MB) -> None:
    """Raise if an app folder of ``size`` bytes is over ``limit_mb`` megabytes."""
    if size > limit_mb * 1_000_000:
        raise BuildError(
            f"the app folder is {mb(size)}, over the {limit_mb} MB limit: something new is "
            "bundled (see the biggest files with `du -ah dist/infointerview | sort -h | tail`)"
            " -- leave it out in packaging/infointerview.spec or raise MAX_APP_MB in build.py"
        )


def median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def startup_ratio(frozen: Sequence[float], source: Sequence[float]) -> float:
    """The frozen app's median time over the median time of the same command from source."""
    return median(frozen) / median(source)


def check_startup_ratio(ratio: float, limit: float = MAX_FROZEN_STARTUP_RATIO) -> None:
    """Raise if the frozen app is more than ``limit`` times slower than from source."""
    if ratio > limit:
        raise BuildError(
            f"frozen_startup_ratio {ratio:.2f} is over {limit}: the frozen app starts slower "
            "than from source (a run-time hook or module imported at start-up?)"
        )


# --- steps ----------------------------------------------------------------


def check_tools() -> None:
    missing = []
    for module in ("PyInstaller", "PySide6", "peewee"):
        try:
            __import__(module)
        except ImportError:
            missing.append(module)
    if missing:
        raise BuildError(
            f"{', '.join(missing)} not installed in this Python ({sys.executable}). "
            'Run `python -m pip install ".[package]"` from the checkout first.'
        )


def make_icons() -> None:
    sys.path.insert(0, str(PACKAGING))
    import make_icons  # type: ignore[import-not-found]

    stale = make_icons.stale()
    if stale:
        log(f"rendering icons ({len(stale)} out of date)")
        make_icons.build()
    else:
        log("icons up to date")


def pyinstaller() -> None:
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            DIST,
            "--workpath",
            WORK,
            SPEC,
        ],
        cwd=ROOT,
    )


def app_folder() -> Path:
    return DIST / EXE_NAME


def frozen_executable() -> Path:
    if sys.platform == "darwin":
        return DIST / f"{APP_NAME}.app" / "Contents" / "MacOS" / EXE_NAME
    if sys.platform == "win32":
        return app_folder() / f"{EXE_NAME}.exe"
    return app_folder() / EXE_NAME


def smoke_test(version: str) -> None:
    """Run the frozen app headless from a scratch folder; raise if anything fails."""
    exe = frozen_executable()
    if not exe.is_file():
        raise BuildError(f"PyInstaller produced no {exe}")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("INFOINTERVIEW_DATA_DIR", None)
    with tempfile.TemporaryDirectory(prefix="infointerview-smoke-") as tmp:
        scratch = Path(tmp)
        data = scratch / "data"
        # A windowed Windows executable has no stdout, so only exit codes count there.
        checks: list[tuple[list[str], str]] = [
            (["--version"], "" if sys.platform == "win32" else version),
            (["--self-test"], "" if sys.platform == "win32" else "self-test passed"),
            (["--data-dir", str(data), "demo"], ""),
            (["--data-dir", str(data), "check"], "" if sys.platform == "win32" else ": ok"),
        ]
        pdf = scratch / "prep-sheet.pdf"
        if '"prep-sheet"' in (ROOT / "infointerview" / "cli.py").read_text(encoding="utf-8"):
            checks.append((["--data-dir", str(data), "prep-sheet", str(pdf)], ""))
        for args, expected in checks:
            started = time.perf_counter()
            try:
                result = subprocess.run(
                    [str(exe), *args],
                    cwd=scratch,
                    env=env,
                    capture_output=True,
                    encoding="utf-8",
                    errors="replace",
                    timeout=SMOKE_TIMEOUT,
                )
            except subprocess.TimeoutExpired as exc:
                raise BuildError(f"smoke test {args} did not finish in {SMOKE_TIMEOUT} s") from exc
            took = time.perf_counter() - started
            output = (result.stdout + result.stderr).strip()
            if result.returncode != 0 or expected not in output:
                raise BuildError(
                    f"smoke test {' '.join(args)} failed (exit {result.returncode}):\n{output}"
                )
            log(f"smoke test ok ({took:.2f} s): infointerview {' '.join(args)}")
        if not (data / "infointerview.sqlite3").is_file():
            raise BuildError("smoke test: the frozen app created no database")
        check_startup_ratio(measure_startup(exe, ["--data-dir", str(data), "check"], scratch, env))
        if any("prep-sheet" in args for args, _ in checks) and (
            not pdf.is_file() or pdf.read_bytes()[:5] != b"%PDF-"
        ):
            raise BuildError("smoke test: prep-sheet wrote no PDF")


def measure_startup(exe: Path, args: list[str], cwd: Path, env: dict[str, str]) -> float:
    """frozen_startup_ratio: ``args`` run frozen and from source, alternately; log it."""
    source_env = dict(env, PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]))
    frozen_cmd = [str(exe), *args]
    source_cmd = [sys.executable, str(PACKAGING / "launcher.py"), *args]
    times: dict[str, list[float]] = {"frozen": [], "source": []}
    # One untimed run each first: it compiles the checkout's bytecode.
    for run_index in range(STARTUP_RUNS + 1):
        for kind, cmd, cmd_env in (
            ("frozen", frozen_cmd, env),
            ("source", source_cmd, source_env),
        ):
            started = time.perf_counter()
            result = subprocess.run(
                cmd, cwd=cwd, env=cmd_env, capture_output=True, timeout=SMOKE_TIMEOUT
            )
            took = time.perf_counter() - started
            if result.returncode != 0:
                raise BuildError(f"start-up timing: {' '.join(cmd)} failed ({result.returncode})")
            if run_index:
                times[kind].append(took)
    ratio = startup_ratio(times["frozen"], times["source"])
    log(
        f"frozen_startup_ratio {ratio:.2f} (infointerview {' '.join(args[-1:])}: frozen "
        f"{median(times['frozen']):.3f} s, from source {median(times['source']):.3f} s, "
        f"median of {STARTUP_RUNS} alternating runs; limit {MAX_FROZEN_STARTUP_RATIO})"
    )
    return ratio


def _hicolor_icons(dest: Path) -> None:
    """Copy the PNG and SVG icons into an ``icons/hicolor`` tree at ``dest``."""
    sys.path.insert(0, str(PACKAGING))
    import make_icons

    for size in make_icons.PNG_SIZES:
        target = dest / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(make_icons.png_path(size), target / f"{APP_ID}.png")
    scalable = dest / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(make_icons.SVG_MASTER, scalable / f"{APP_ID}.svg")


def linux_tarball(version: str) -> Path:
    name = f"infointerview-{version}-linux-{machine()}"
    stage = ROOT / "build" / "tarball" / name
    shutil.rmtree(stage.parent, ignore_errors=True)
    stage.mkdir(parents=True)
    shutil.copytree(app_folder(), stage / EXE_NAME, symlinks=True)
    shutil.copy2(DESKTOP_FILE, stage / DESKTOP_FILE.name)
    _hicolor_icons(stage / "icons" / "hicolor")
    shutil.copy2(PACKAGING / "linux" / "install.sh", stage / "install.sh")
    (stage / "install.sh").chmod(0o755)
    out = DIST / f"{name}.tar.gz"
    log(f"writing {out.name}")
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(stage, arcname=name, filter=_tar_entry)
    return out


def _tar_entry(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def linux_deb(version: str) -> Path | None:
    if shutil.which("dpkg-deb") is None:
        log("dpkg-deb not found: skipping the .deb (install dpkg to build it)")
        return None
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    root = ROOT / "build" / "deb" / "root"
    shutil.rmtree(root.parent, ignore_errors=True)
    opt = root / "opt" / EXE_NAME
    shutil.copytree(app_folder(), opt, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / EXE_NAME).symlink_to(f"/opt/{EXE_NAME}/{EXE_NAME}")
    apps = root / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy2(DESKTOP_FILE, apps / DESKTOP_FILE.name)
    _hicolor_icons(root / "usr" / "share" / "icons" / "hicolor")
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if os.access(path, os.X_OK) else 0o644)
    glibc = platform.libc_ver()[1]
    depends = ([f"libc6 (>= {glibc})"] if glibc else []) + DEB_DEPENDS
    control = root / "DEBIAN" / "control"
    control.parent.mkdir(mode=0o755)
    control.write_text(
        "\n".join(
            [
                "Package: infointerview",
                f"Version: {version}",
                f"Architecture: {arch}",
                "Maintainer: InfoInterview developers <infointerview@users.noreply.github.com>",
                f"Installed-Size: {folder_size(root) // 1024}",
                f"Depends: {', '.join(depends)}",
                f"Recommends: {', '.join(DEB_RECOMMENDS)}",
                "Section: misc",
                "Priority: optional",
                "Description: Informational interviews as a lifelong habit",
                " InfoInterview keeps your contacts, referral chains, chats, prepared",
                " questions and follow-ups in one private SQLite file on your computer.",
                "",
            ]
        ),
        encoding="utf-8",
    )
    control.chmod(0o644)
    out = DIST / f"infointerview_{version}_{arch}.deb"
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", root, out])
    return out


def windows_installer(version: str) -> list[Path]:
    outputs = []
    zip_path = DIST / f"infointerview-{version}-windows-x64.zip"
    log(f"writing {zip_path.name}")
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(app_folder().rglob("*")):
            archive.write(path, Path(EXE_NAME) / path.relative_to(app_folder()))
    outputs.append(zip_path)
    iscc = shutil.which("ISCC") or shutil.which("iscc")
    default = Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)"))
    if iscc is None and (default / "Inno Setup 6" / "ISCC.exe").is_file():
        iscc = str(default / "Inno Setup 6" / "ISCC.exe")
    if iscc is None:
        log("ISCC (Inno Setup) not found: skipping the setup .exe; the .zip is portable")
        return outputs
    run(
        [
            iscc,
            f"/DAppVersion={version}",
            f"/DBundleDir={app_folder()}",
            f"/DOutputDir={DIST}",
            PACKAGING / "windows" / "infointerview.iss",
        ]
    )
    outputs.append(DIST / f"infointerview-{version}-windows-x64-setup.exe")
    return outputs


def macos_installer(version: str) -> list[Path]:
    app = DIST / f"{APP_NAME}.app"
    identity = os.environ.get("MACOS_SIGN_IDENTITY", "")
    if identity:
        entitlements = PACKAGING / "macos" / "entitlements.plist"
        run(
            [
                "codesign", "--force", "--deep", "--options", "runtime", "--timestamp",
                "--entitlements", entitlements, "--sign", identity, app,
            ]
        )  # fmt: skip
        run(["codesign", "--verify", "--deep", "--strict", "--verbose=2", app])
    else:
        log("MACOS_SIGN_IDENTITY not set: the .app keeps PyInstaller's ad-hoc signature")
    dmg = DIST / f"{APP_NAME}-{version}-macos-{machine()}.dmg"
    stage = ROOT / "build" / "dmg"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    shutil.copytree(app, stage / app.name, symlinks=True)
    (stage / "Applications").symlink_to("/Applications")
    dmg.unlink(missing_ok=True)
    run(
        [
            "hdiutil", "create", "-volname", APP_NAME, "-srcfolder", stage,
            "-ov", "-format", "UDZO", dmg,
        ]
    )  # fmt: skip
    if identity:
        run(["codesign", "--force", "--timestamp", "--sign", identity, dmg])
        apple_id = os.environ.get("APPLE_ID", "")
        team = os.environ.get("APPLE_TEAM_ID", "")
        password = os.environ.get("APPLE_APP_PASSWORD", "")
        if apple_id and team and password:
            run(
                [
                    "xcrun", "notarytool", "submit", dmg, "--apple-id", apple_id,
                    "--team-id", team, "--password", password, "--wait",
                ]
            )  # fmt: skip
            run(["xcrun", "stapler", "staple", dmg])
        else:
            log("APPLE_ID / APPLE_TEAM_ID / APPLE_APP_PASSWORD not set: not notarised")
    return [dmg]


_TIMINGS: list[tuple[str, float]] = []


def timed(name: str, step: Callable[..., T], *args: object) -> T:
    """Run one build step and remember how long it took."""
    started = time.perf_counter()
    result = step(*args)
    _TIMINGS.append((name, time.perf_counter() - started))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build InfoInterview's installer for this system.")
    parser.add_argument(
        "--no-installer", action="store_true", help="stop after the frozen folder and smoke test"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        check_tools()
        version = project_version()
        log(f"InfoInterview {version} for {sys.platform}-{machine()}, Python {sys.version.split()[0]}")
        timed("icons", make_icons)
        timed("pyinstaller", pyinstaller)
        timed("smoke test", smoke_test, version)
        size = folder_size(app_folder())
        log(f"app folder {app_folder().relative_to(ROOT)}: {mb(size)} (limit {MAX_APP_MB} MB)")
        check_size(size)
        outputs: list[Path] = []
        if not args.no_installer:
            if sys.platform.startswith("linux"):
                outputs.append(timed(".tar.gz", linux_tarball, version))
                deb = timed(".deb", linux_deb, version)
                if deb is not None:
                    outputs.append(deb)
            elif sys.platform == "win32":
                outputs += timed("installer", windows_installer, version)
            elif sys.platform == "darwin":
                outputs += timed("installer", macos_installer, version)
    except BuildError as exc:
        print(f"[build] FAILED: {exc}", file=sys.stderr)
        return 1
    for out in outputs:
        log(f"{out.relative_to(ROOT)}: {mb(out.stat().st_size)}")
    steps = ", ".join(f"{name} {took:.0f} s" for name, took in _TIMINGS)
    log(f"done in {time.perf_counter() - started:.0f} s ({steps})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
