"""Draws the app icons (run once by hand: python3 tools/make-icons.py; needs Pillow).

A HER2 receptor (a white "Y") on a cell (a white ring) on the theme colour. The maskable icon
keeps everything inside the central 80% safe zone.
"""
from PIL import Image, ImageDraw

THEME = (11, 92, 107)
WHITE = (255, 255, 255)


def draw(size, safe):
    img = Image.new("RGB", (size, size), THEME)
    d = ImageDraw.Draw(img)
    c = size / 2
    r = size * safe * 0.42
    w = max(2, int(size * 0.05))
    d.ellipse([c - r, c - r, c + r, c + r], outline=WHITE, width=w)
    # The receptor: a stem and two arms.
    stem_top = c - r * 0.15
    d.line([(c, c + r * 0.55), (c, stem_top)], fill=WHITE, width=w)
    d.line([(c, stem_top), (c - r * 0.45, c - r * 0.6)], fill=WHITE, width=w)
    d.line([(c, stem_top), (c + r * 0.45, c - r * 0.6)], fill=WHITE, width=w)
    return img


for size in (192, 512):
    draw(size, 1.0).save(f"public/icons/icon-{size}.png", optimize=True)
draw(512, 0.8).save("public/icons/maskable-512.png", optimize=True)
draw(180, 0.9).save("public/icons/apple-touch-icon.png", optimize=True)
