"""Build the standalone application with PyInstaller: dist/mediator-desk/, a folder with the `mediator-desk`
executable that runs without Python or a virtual environment (the GUI and every command).

    python tools/build_app.py            # Linux: dist/mediator-desk/ (then: tar, or a .deb/AppImage of it)
    python tools/build_app.py --wheel dist/mediator_desk-X-py3-none-any.whl   # freeze a wheel built before

What is frozen is what people install: the wheel is built (or given), installed with PyInstaller into a fresh
virtual environment (build/app-venv), and PyInstaller runs there from a folder outside the source tree, so it can
only find the installed package.

Left out because the app never loads them: QML/Quick and the other unused Qt modules (PySide6-Essentials has
no WebEngine or Designer), Qt's translations other than Romanian and Italian, pycountry's names in languages the
app does not speak, the GTK platform theme (and the GTK, Cairo and Pango libraries it drags in), Pillow's AVIF,
WebP, colour-management and font modules (reportlab needs only its core), fontTools, and the desktop's own
libraries (X11, Wayland, fontconfig, GLib, D-Bus, CUPS: see SYSTEM_LIBS).

Windows and macOS (untested: no such machine has run them yet — see README):
    Windows: python tools/build_app.py, then Inno Setup (tools/windows-installer.iss) makes
             MediatorDesk-Setup.exe from dist\\mediator-desk\\ (start menu entry, uninstaller).
    macOS:   python tools/build_app.py --macos-bundle  → dist/Mediator Desk.app (drag to Applications).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
NAME = "mediator-desk"
KEEP_LANGUAGES = ("ro", "it")  # the interface's languages besides English
SIZE_GOAL_MB = 150

# Collected by the hooks but never used: matched against each file's place inside the bundle.
DROP = [
    "PySide6/Qt/translations/*",  # except the kept languages' qtbase_*.qm (see keep())
    "mediator_desk/resources/translations/*.ts",  # the sources of the .qm files
    "pycountry/locales/*",  # except the kept languages (see keep())
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so", "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so", "PySide6/Qt/plugins/platforms/libqvkkhrdisplay.so",
    "PySide6/Qt/plugins/platforms/libqminimalegl.so", "PySide6/Qt/plugins/egldeviceintegrations/*",
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", "PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6",
    "PySide6/Qt/plugins/tls/*", "PySide6/Qt/plugins/networkinformation/*", "PySide6/Qt/plugins/generic/*",
    # images: the app shows PNG and SVG only
    "PySide6/Qt/plugins/imageformats/libqjpeg.so", "PySide6/Qt/plugins/imageformats/libqtiff.so",
    "PySide6/Qt/plugins/imageformats/libqwebp.so", "PySide6/Qt/plugins/imageformats/libqgif.so",
    "PySide6/Qt/plugins/imageformats/libqicns.so", "PySide6/Qt/plugins/imageformats/libqtga.so",
    "PySide6/Qt/plugins/imageformats/libqwbmp.so",
    # pycountry: only the countries (ISO 3166-1) are read
    "pycountry/databases/iso3166-2.json", "pycountry/databases/iso3166-3.json", "pycountry/databases/iso639*",
    "pycountry/databases/iso15924.json", "pycountry/databases/iso4217.json",
]
# The desktop's own libraries, present on every Linux desktop and best taken from it (they must match its X11 or
# Wayland session, its fonts, D-Bus and printers): the same choice as AppImage's exclude list. The Qt libraries,
# Python, SQLite, OpenSSL and libpq stay in the bundle.
SYSTEM_LIBS = [
    "libgtk-3*", "libgdk-3*", "libgdk_pixbuf*", "libatk*", "libcairo*", "libpango*", "libepoxy*", "libpixman*",
    "libX11*", "libxcb*", "libXau*", "libXdmcp*", "libXext*", "libXrender*", "libxkbcommon*", "libwayland-*",
    "libGL*", "libEGL*", "libdrm*", "libgbm*", "libfontconfig*", "libfreetype*", "libharfbuzz*", "libgraphite2*",
    "libfribidi*", "libpng16*", "libjpeg*", "libbrotli*", "libexpat*", "libglib-2.0*", "libgio-2.0*",
    "libgobject-2.0*", "libgmodule-2.0*", "libpcre2*", "libffi.so*", "libdbus-1*", "libsystemd*", "libselinux*",
    "libmount*", "libblkid*", "libcups*", "libgnutls*", "libnettle*", "libhogweed*", "libgmp*", "libp11-kit*",
    "libtasn1*", "libidn2*", "libunistring*", "libkrb5*", "libk5crypto*", "libgssapi_krb5*", "libkeyutils*",
    "libcom_err*", "libgcrypt*", "libgpg-error*", "libavahi*", "libbsd*", "libmd.so*", "liblz4*", "libzstd*",
    "liblzma*", "libcap*", "libresolv*",
]
EXCLUDES = ["fontTools",
            # reportlab imports Pillow's core; its AVIF, WebP, colour-management, font and Tk parts are never used
            "PIL._avif", "PIL._webp", "PIL._imagingcms", "PIL._imagingft", "PIL._imagingtk", "PIL.ImageTk",
            "PIL.ImageQt", "tkinter", "readline", "pygments", "pydoc", "pydoc_data", "doctest",
            # East Asian legacy encodings: the imports accept UTF-8 and UTF-16 only
            "_codecs_jp", "_codecs_hk", "_codecs_cn", "_codecs_kr", "_codecs_tw", "_codecs_iso2022", "numpy", "IPython", "pytest", "hypothesis", "openpyxl", "pypdf",
            "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtNetworkAuth", "PySide6.QtOpenGL", "PySide6.QtSql",
            "PySide6.QtTest", "PySide6.QtXml", "PySide6.QtConcurrent", "PySide6.QtDesigner", "PySide6.QtHelp",
            "PySide6.QtUiTools"]

SPEC = '''# Generated by tools/build_app.py — edit that script, not this file.
import fnmatch
from PyInstaller.utils.hooks import collect_data_files, collect_submodules, copy_metadata

DROP = {drop!r}
SYSTEM = {system!r}
KEEP = {keep!r}

def keep(entry):
    dest = entry[0].replace("\\\\", "/")
    name = dest.rsplit("/", 1)[-1]
    if dest.startswith("PySide6/Qt/translations/"):
        return any(name == f"qtbase_{{lang}}.qm" for lang in KEEP)
    if dest.startswith("pycountry/locales/"):
        return dest.split("/")[2] in KEEP and name.startswith("iso3166-1.")
    if "/" not in dest and any(fnmatch.fnmatch(name, p) for p in SYSTEM):  # the desktop's own, not a vendored copy
        return False
    return not any(fnmatch.fnmatch(dest, p) for p in DROP)

a = Analysis(
    [{entry!r}],
    pathex=[],
    # the resources, and the migrations as files (Alembic reads its scripts from a folder)
    datas=collect_data_files("mediator_desk")
    + collect_data_files("mediator_desk.db.migrations", include_py_files=True)
    + copy_metadata("rustpy-xlsxwriter"),  # it reads its own version when imported
    hiddenimports=collect_submodules("mediator_desk") + collect_submodules("keyring.backends")
    + ["psycopg_binary", "sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.postgresql.psycopg"],
    excludes={excludes!r},
    noarchive=False,
)
a.binaries = [b for b in a.binaries if keep(b)]
a.datas = [d for d in a.datas if keep(d)]
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name={name!r}, console=True, strip={strip!r}, upx=False,
          icon={icon!r})
coll = COLLECT(exe, a.binaries, a.datas, strip={strip!r}, upx=False, name={name!r})
{bundle}'''

BUNDLE = '''app = BUNDLE(coll, name="Mediator Desk.app", icon={icon!r}, bundle_identifier="io.github.mediatordesk.MediatorDesk",
             info_plist={{"CFBundleShortVersionString": {version!r}, "NSHighResolutionCapable": True}})
'''


ICU_SOURCE = """    .section .rodata
    .globl {symbol}
    .type {symbol}, @object
    .balign 16
{symbol}:
    .incbin "{data}"
    .size {symbol}, . - {symbol}
    .section .note.GNU-stack,"",@progbits
"""


def trim_icu(folder: Path) -> str:
    """Qt's ICU data library (32 MB) holds every language's collation, names, units and calendars, the
    dictionaries for Thai and Chinese word breaks, the transliterators and the legacy code pages. The app speaks
    English, Romanian and Italian and converts encodings in Python, so the library is rebuilt with the data of
    those languages and of the root locale (every script's default order and rules) and the language-neutral
    tables: 32 MB become under 5. Needs icupkg (Debian: icu-devtools), nm and a C compiler; without them the
    full library stays. Returns what was done, for the build log."""
    found = list(folder.rglob("libicudata.so.*"))
    icupkg, cc = shutil.which("icupkg"), shutil.which("gcc") or shutil.which("cc")
    if not found or not icupkg or not cc or not shutil.which("nm"):
        return "ICU data kept whole (" + ("no ICU data library" if not found else "icupkg, nm or gcc missing") + ")"
    lib = max(found, key=lambda f: f.stat().st_size)
    version = lib.name.split(".so.")[1].split(".")[0]
    symbol, package = f"icudt{version}_dat", f"icudt{version}l"
    raw = lib.read_bytes()
    offset, size = _elf_symbol(lib, raw, symbol)
    work = WORK / "icu"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    dat = work / f"{package}.dat"  # icupkg wants the package's own name
    dat.write_bytes(raw[offset:offset + size])
    items = subprocess.run([icupkg, "-l", str(dat)], check=True, capture_output=True, text=True).stdout.split()
    keep = ("en", *KEEP_LANGUAGES)
    locale = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9]*)*\.res$")
    drop = [i for i in items if i.endswith((".cnv", ".dict")) or i.startswith("translit/")
            or ((m := locale.match(i.rpartition("/")[2])) and m.group(1) not in keep)]
    (work / "drop.txt").write_text("\n".join(drop) + "\n", encoding="utf-8")
    # --ignore-deps: the root break rules name the Thai and CJK dictionaries; without them ICU breaks those
    # scripts at characters (Qt does its own line breaking)
    subprocess.run([icupkg, "--ignore-deps", "-r", str(work / "drop.txt"), str(dat)], check=True,
                   capture_output=True)
    source = work / "icudata.s"
    source.write_text(ICU_SOURCE.format(symbol=symbol, data=dat), encoding="utf-8")
    rebuilt = work / lib.name
    subprocess.run([cc, "-shared", "-nostdlib", f"-Wl,-soname,{lib.name}", "-o", str(rebuilt), str(source)],
                   check=True)
    before = lib.stat().st_size
    shutil.copyfile(rebuilt, lib)
    return (f"ICU data for {', '.join(keep)} and the root locale: {len(items) - len(drop)} of {len(items)} items, "
            f"{before / 2**20:.0f} MB → {lib.stat().st_size / 2**20:.1f} MB")


def _elf_symbol(lib: Path, raw: bytes, symbol: str) -> tuple[int, int]:
    """File offset and size of an exported data symbol of a 64-bit little-endian ELF library."""
    out = subprocess.run(["nm", "-D", "-S", str(lib)], check=True, capture_output=True, text=True).stdout
    address, size = next((int(a, 16), int(n, 16)) for a, n, _kind, name in
                         (line.split() for line in out.splitlines() if len(line.split()) == 4) if name == symbol)
    phoff, = struct.unpack_from("<Q", raw, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", raw, 0x36)
    for i in range(phnum):
        kind, _flags, p_offset, p_vaddr, _paddr, p_filesz = struct.unpack_from("<IIQQQQ", raw, phoff + i * phentsize)
        if kind == 1 and p_vaddr <= address < p_vaddr + p_filesz:  # PT_LOAD
            return address - p_vaddr + p_offset, size
    raise RuntimeError(f"{symbol} is not in a loaded segment of {lib}")


def app_environment(wheel: Path, constraints: Path | None) -> Path:
    """A fresh virtual environment holding the installed wheel and PyInstaller; its Python."""
    venv = ROOT / "build" / "app-venv"
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    if constraints:
        pip += ["-c", str(constraints.resolve())]
    subprocess.run([*pip, f"{wheel}[app]"], check=True)
    where = subprocess.run([str(python), "-c", "import mediator_desk; print(mediator_desk.__file__)"], check=True,
                           capture_output=True, text=True, cwd=venv).stdout.strip()
    if ROOT in Path(where).resolve().parents and venv not in Path(where).resolve().parents:
        raise SystemExit(f"the app environment imports the source tree ({where}), not the wheel")
    return python


def size_mb(folder: Path) -> float:
    """Space taken on disk, in MiB as `du -sm` counts it (allocated blocks)."""
    return sum(f.lstat().st_blocks * 512 for f in folder.rglob("*")) / 2**20


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--macos-bundle", action="store_true", help="also make 'Mediator Desk.app' (macOS only)")
    ap.add_argument("--wheel", type=Path, help="freeze this wheel (default: build one from this checkout)")
    ap.add_argument("-c", "--constraints", type=Path, help="pip constraints for the environment it is frozen in")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "tools"))
    from check_install import build_wheel

    WORK.mkdir(parents=True, exist_ok=True)
    wheel = args.wheel.resolve() if args.wheel else build_wheel(sys.executable, WORK / "wheel")
    python = app_environment(wheel, args.constraints)
    version = subprocess.run([str(python), "-c", "import mediator_desk; print(mediator_desk.__version__)"],
                             check=True, capture_output=True, text=True, cwd=WORK).stdout.strip()
    icons = ROOT / "resources" / "icons"
    icon = str(icons / ("mediator-desk.ico" if sys.platform == "win32" else "mediator-desk-256.png"))
    entry = WORK / "app_entry.py"  # beside the spec, outside the source tree: PyInstaller adds its folder to the path
    shutil.copyfile(ROOT / "tools" / "app_entry.py", entry)
    spec = WORK / f"{NAME}.spec"
    spec.write_text(SPEC.format(
        drop=DROP, system=SYSTEM_LIBS if sys.platform.startswith("linux") else [], keep=list(KEEP_LANGUAGES),
        entry=str(entry), excludes=EXCLUDES, name=NAME, strip=sys.platform.startswith("linux"), icon=icon,
        bundle=BUNDLE.format(icon=icon, version=version) if args.macos_bundle else ""), encoding="utf-8")
    shutil.rmtree(DIST / NAME, ignore_errors=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHONPATH", "VIRTUAL_ENV"))}
    subprocess.run([str(python), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(WORK / "work"), str(spec)], check=True,
                   env={**env, "PYTHONNOUSERSITE": "1"}, cwd=WORK)
    folder = DIST / NAME
    if sys.platform.startswith("linux"):  # Windows and macOS builds of Qt use the system's ICU
        print(trim_icu(folder))
    size = size_mb(folder)
    print(textwrap.dedent(f"""
        Built {folder} ({size:.0f} MB on disk; goal ≤ {SIZE_GOAL_MB} MB).
        Try it: {folder / NAME} --version"""))
    if size > SIZE_GOAL_MB:
        print(f"The bundle is over its size goal ({size:.0f} MB > {SIZE_GOAL_MB} MB): see what grew with "
              f"du -sh {folder}/_internal/* | sort -h", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
