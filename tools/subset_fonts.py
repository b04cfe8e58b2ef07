"""Make the report fonts in resources/fonts: DejaVu Sans (regular and bold) cut down to the scripts Mediator Desk
prints — Latin (with Romanian's comma-below letters), Greek, Cyrillic, Hebrew, Arabic (with its presentation
forms, which the reports shape into), punctuation, arrows and the square that stands for a character the font
lacks. CJK and emoji are not in DejaVu: reports name them as missing instead.

    python tools/subset_fonts.py [/usr/share/fonts/truetype/dejavu]   (needs fonttools: pip install fonttools)
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset

ROOT = Path(__file__).resolve().parent.parent
RANGES = [(0x0020, 0x007E), (0x00A0, 0x024F), (0x0259, 0x0259), (0x02B0, 0x02FF), (0x0300, 0x036F),
          (0x0370, 0x03FF), (0x0400, 0x052F), (0x0590, 0x05FF), (0x0600, 0x06FF), (0x1E00, 0x1EFF),
          (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x214F), (0x2190, 0x21FF), (0x2212, 0x2212),
          (0x2264, 0x2265), (0x25A0, 0x25FF), (0xFB1D, 0xFB4F),
          (0xFB50, 0xFDFF), (0xFE70, 0xFEFF), (0xFFFD, 0xFFFD)]


def main(source: Path) -> int:
    unicodes = [code for first, last in RANGES for code in range(first, last + 1)]
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.notdef_outline = True
        font = subset.load_font(str(source / name), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        subsetter.subset(font)
        target = ROOT / "resources" / "fonts" / name
        subset.save_font(font, str(target), options)
        print(f"{target}: {target.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/dejavu")))
