"""Draw the application icon: a rising bar chart on a blue rounded square.

Writes ``resources/icons/hrb-desktop.ico`` (16-256 px) and ``hrb-desktop.png`` (256 px).
Needs Pillow (the ``package`` extra). The outputs are committed, so a build
does not need to run this; rerun it only to change the icon.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons"
ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]
SUPER = 4  # draw large and downsample for clean antialiased edges


def draw(size: int) -> Image.Image:
    s = size * SUPER
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    pad = round(s * 0.03)
    radius = round(s * 0.22)
    # Two-tone blue: a slightly lighter top half reads as depth at large sizes.
    d.rounded_rectangle((pad, pad, s - pad, s - pad), radius=radius, fill=(21, 94, 196, 255))
    d.rounded_rectangle((pad, pad, s - pad, s // 2), radius=radius, fill=(33, 113, 216, 255))
    d.rectangle((pad, s // 2 - radius, s - pad, s // 2), fill=(33, 113, 216, 255))
    # Three rising bars on a baseline.
    base = round(s * 0.78)
    left = round(s * 0.22)
    width = round(s * 0.56)
    gap = round(width * 0.12)
    bar = (width - 2 * gap) // 3
    heights = (0.24, 0.38, 0.54)
    for i, h in enumerate(heights):
        x0 = left + i * (bar + gap)
        d.rounded_rectangle(
            (x0, base - round(s * h), x0 + bar, base), radius=max(1, bar // 6), fill=(255, 255, 255, 255)
        )
    # An amber accent on the tallest bar: "the award".
    x0 = left + 2 * (bar + gap)
    top = base - round(s * heights[2])
    d.rounded_rectangle((x0, top, x0 + bar, top + round(s * 0.1)), radius=max(1, bar // 6), fill=(255, 193, 7, 255))
    return img.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw(256)
    big.save(OUT / "hrb-desktop.png", optimize=True)
    frames = {n: draw(n) for n in ICO_SIZES}
    frames[256].save(OUT / "hrb-desktop.ico", sizes=[(n, n) for n in ICO_SIZES],
                     append_images=[frames[n] for n in ICO_SIZES if n != 256])
    for name in ("hrb-desktop.png", "hrb-desktop.ico"):
        print(f"{OUT / name}: {(OUT / name).stat().st_size} bytes")


if __name__ == "__main__":
    main()
