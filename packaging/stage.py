"""Stage partydesk for an installer: wheels unpacked, unused Qt left out, the app and its resources.

    python3 packaging/stage.py --platform windows|linux --wheels DIR --lock FILE --out APPDIR

APPDIR receives partydesk/, resources/ and site-packages/ (what both launchers put on sys.path).
Every wheel must match its line in the lock file by name and SHA-256.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Qt modules the program uses (QtCore, QtGui, QtWidgets, QtPrintSupport) and what they load:
# Svg for the SVG window icon, DBus and XcbQpa for the Linux xcb platform plugin.
QT_LIBRARIES = ("Core", "Gui", "Widgets", "PrintSupport", "Svg", "DBus", "XcbQpa")
QT_BINDINGS = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport")
QT_PLUGINS = {
    "platforms": ("qwindows", "qoffscreen", "qminimal.", "libqminimal.", "qxcb"),
    "imageformats": ("qsvg", "qico", "qjpeg", "qgif"),
    "iconengines": ("qsvgicon",),
    "styles": ("qmodernwindowsstyle",),
    "platforminputcontexts": ("libcompose", "libibus", "libfcitx"),  # Chinese input on Kylin and UOS
    "platformthemes": ("libqxdgdesktopportal",),  # not gtk3: that would make GTK a dependency
}
QT_TRANSLATIONS = ("qt_zh_CN.qm", "qtbase_zh_CN.qm")


def read_lock(lock: Path) -> dict[str, str]:
    pins = {}
    for line in lock.read_text().splitlines():
        match = re.match(r"^(\S+\.whl) --hash=sha256:([0-9a-f]{64})$", line.strip())
        if match:
            pins[match.group(1)] = match.group(2)
    return pins


def verified_wheels(wheels: Path, lock: Path) -> list[Path]:
    pins = read_lock(lock)
    paths = []
    for name, digest in sorted(pins.items()):
        path = wheels / name
        if not path.is_file():
            sys.exit(f"stage: missing wheel {name}")
        actual = hashlib.sha256(path.read_bytes()).hexdigest()
        if actual != digest:
            sys.exit(f"stage: {name} has SHA-256 {actual}, the lock says {digest}")
        paths.append(path)
    return paths


def unpack(wheel: Path, site: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        for member in archive.infolist():
            parts = Path(member.filename).parts
            if ".." in parts or member.filename.startswith("/"):
                sys.exit(f"stage: unsafe path {member.filename} in {wheel.name}")
            if parts[0].endswith(".data"):
                if len(parts) < 3 or parts[1] not in ("purelib", "platlib"):
                    continue  # scripts and headers are not needed
                parts = parts[2:]
            target = site.joinpath(*parts)
            if member.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(member) as source, open(target, "wb") as sink:
                shutil.copyfileobj(source, sink)
            mode = (member.external_attr >> 16) & 0o777
            target.chmod(0o755 if mode & 0o111 else 0o644)


def qt_library_kept(name: str) -> bool:
    match = re.match(r"^(?:lib)?Qt6([A-Za-z0-9]+)\.(?:dll|so\.6.*)$", name)
    return match is None or match.group(1) in QT_LIBRARIES


def trim_pyside(site: Path) -> None:
    pyside = site / "PySide6"
    qt = pyside / "Qt" if (pyside / "Qt").is_dir() else pyside  # Linux keeps Qt in PySide6/Qt
    for path in list(pyside.iterdir()):
        name = path.name
        binding = re.match(r"^(Qt[A-Za-z0-9]+)\.(?:pyd|abi3\.so|pyi)$", name)
        drop = (
            (binding and (binding.group(1) not in QT_BINDINGS or name.endswith(".pyi")))
            or name.endswith((".exe", ".pyi", ".lib"))
            or name.startswith(("pyside6qml", "libpyside6qml", "svgtoqml"))
            or name in ("opengl32sw.dll", "qml", "metatypes", "include", "typesystems", "glue", "scripts",
                        "examples", "resources", "support", "doc", "lupdate", "lrelease", "uic", "rcc",
                        "designer", "assistant", "linguist", "qmlls", "qmlformat", "qmllint", "libexec")
            or (name.endswith(".dll") and not qt_library_kept(name))
        )
        if drop:
            remove(path)
    for sub in ("qml", "metatypes", "resources", "libexec", "translations", "lib", "plugins"):
        if qt is not pyside and sub in ("qml", "metatypes", "resources", "libexec"):
            remove(qt / sub)
    lib = qt / "lib" if (qt / "lib").is_dir() else qt
    for path in lib.glob("*Qt6*"):
        if not qt_library_kept(path.name):
            remove(path)
    plugins = qt / "plugins"
    for group in list(plugins.iterdir()) if plugins.is_dir() else []:
        keep = QT_PLUGINS.get(group.name)
        if keep is None:
            remove(group)
        elif keep != ("*",):
            for plugin in group.iterdir():
                if not any(plugin.name.startswith(k) or plugin.name.startswith("lib" + k) for k in keep):
                    remove(plugin)
    translations = qt / "translations"
    for path in list(translations.iterdir()) if translations.is_dir() else []:
        if path.name not in QT_TRANSLATIONS:
            remove(path)


def remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def copy_app(out: Path) -> None:
    tracked = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-z", "partydesk", "resources"], capture_output=True, check=True
    ).stdout.decode().split("\0")
    for name in filter(None, tracked):
        if name.startswith("resources/screenshots/") or name.endswith(".ts"):
            continue
        source = ROOT / name
        if source.is_file():
            target = out / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--platform", choices=("windows", "linux"), required=True)
    parser.add_argument("--wheels", type=Path, required=True)
    parser.add_argument("--lock", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    remove(args.out)
    site = args.out / "site-packages"
    site.mkdir(parents=True)
    for wheel in verified_wheels(args.wheels, args.lock):
        unpack(wheel, site)
    trim_pyside(site)
    for junk in site.rglob("__pycache__"):
        remove(junk)
    copy_app(args.out)
    # Byte-compiled now (same 3.11 bytecode as the bundled interpreter): no first-start compile.
    subprocess.run([sys.executable, "-m", "compileall", "-q", "-j0", str(args.out)], check=False)


if __name__ == "__main__":
    main()
