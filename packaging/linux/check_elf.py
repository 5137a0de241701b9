"""Check every ELF file of a staged .deb tree against glibc 2.28 and print the Depends it needs.

    python3 packaging/linux/check_elf.py ROOT     prints "Depends: …"; exits 1 listing each offence

auditwheel's manylinux_2_28 policy is the model: no symbol version newer than GLIBC_2.28, GLIBCXX_3.4.25,
CXXABI_1.3.11 or GCC_8.0.0, and every needed library is either shipped in the tree or a system
library named below (the manylinux_2_28 list, plus what Qt's X11 plugins load), with its Debian package.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

MAX_VERSIONS = {"GLIBC": (2, 28), "GLIBCXX": (3, 4, 25), "CXXABI": (1, 3, 11), "GCC": (8, 0, 0)}

# soname -> Debian package (bullseye/bookworm names, which Kylin V10 and UOS V20 also use)
MANYLINUX_2_28 = {
    "libc.so.6": "libc6", "libm.so.6": "libc6", "libdl.so.2": "libc6", "librt.so.1": "libc6",
    "libpthread.so.0": "libc6", "libutil.so.1": "libc6", "libresolv.so.2": "libc6", "libnsl.so.1": "libc6",
    "ld-linux-x86-64.so.2": "libc6", "libgcc_s.so.1": "libgcc-s1", "libstdc++.so.6": "libstdc++6",
    "libX11.so.6": "libx11-6", "libXext.so.6": "libxext6", "libXrender.so.1": "libxrender1",
    "libICE.so.6": "libice6", "libSM.so.6": "libsm6", "libGL.so.1": "libgl1",
    "libgobject-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
    "libglib-2.0.so.0": "libglib2.0-0",
}
# What Qt's libraries and its xcb, input and image plugins link to beyond that list. Not libxcb-cursor.so.0
# and libxcb-util.so.1: older Kylin/UOS lack them, so build-deb.sh ships them, and a package without them
# must fail here.
QT_SYSTEM = {
    "libEGL.so.1": "libegl1", "libOpenGL.so.0": "libopengl0", "libGLX.so.0": "libglx0",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libdbus-1.so.3": "libdbus-1-3", "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-shape.so.0": "libxcb-shape0", "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1", "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libgio-2.0.so.0": "libglib2.0-0", "libz.so.1": "zlib1g", "libzstd.so.1": "libzstd1",
}
SYSTEM = {**MANYLINUX_2_28, **QT_SYSTEM}
# UOS V20 (Debian 10 based) still calls libgcc-s1 libgcc1
VERSIONED = {"libc6": "libc6 (>= 2.28)", "libstdc++6": "libstdc++6 (>= 8)", "libgcc-s1": "libgcc-s1 | libgcc1"}


def is_elf(path: Path) -> bool:
    if not path.is_file() or path.is_symlink():
        return False
    with open(path, "rb") as handle:
        return handle.read(4) == b"\x7fELF"


def readelf(*args: str) -> str:
    return subprocess.run(["readelf", "-W", *args], capture_output=True, text=True, check=True).stdout


def needed(path: Path) -> list[str]:
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", readelf("-d", str(path)))


def symbol_versions(path: Path) -> set[str]:
    # the version-needs section: what this file asks of the libraries it links to
    return set(re.findall(r"Name: ((?:GLIBC|GLIBCXX|CXXABI|GCC)_[0-9.]+)", readelf("-V", str(path))))


def too_new(version: str) -> bool:
    family, _, number = version.partition("_")
    parts = tuple(int(part) for part in number.split(".") if part.isdigit())
    return parts > MAX_VERSIONS[family]


def main(root: Path) -> int:
    files = [path for path in sorted(root.rglob("*")) if is_elf(path)]
    shipped = {path.name for path in root.rglob("*") if path.is_file() or path.is_symlink()}
    problems, packages = [], set()
    for path in files:
        where = path.relative_to(root)
        for version in sorted(symbol_versions(path)):
            if too_new(version):
                problems.append(f"{where}: needs {version}")
        for library in needed(path):
            if library in shipped:
                continue
            if library not in SYSTEM:
                problems.append(f"{where}: needs {library}, neither shipped nor a known system library")
            else:
                packages.add(SYSTEM[library])
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"check_elf: {len(problems)} problem(s) in {len(files)} ELF files", file=sys.stderr)
        return 1
    print(f"check_elf: {len(files)} ELF files need nothing newer than glibc 2.28", file=sys.stderr)
    print("Depends: " + ", ".join(VERSIONED.get(package, package) for package in sorted(packages)))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
