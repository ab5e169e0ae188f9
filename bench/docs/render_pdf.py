"""Render some dev documents to PDF (reportlab; CJK with its built-in STSong-Light font) so the
scorer can run the PDF path too: `python bench/docs/render_pdf.py` writes bench/docs/pdf/*.pdf."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = ["en_bio_franklin", "en_company_norrvik", "en_manual_kettle", "zh_bio_bingxin", "zh_geo_poyang"]


def render(stem: str, out_dir: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    text = (HERE / f"{stem}.txt").read_text(encoding="utf-8")
    cjk = stem.startswith("zh_")
    if cjk:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    font = "STSong-Light" if cjk else "Helvetica"
    body = ParagraphStyle("body", fontName=font, fontSize=11, leading=15, wordWrap="CJK" if cjk else None)
    head = ParagraphStyle("head", parent=body, fontName=font if cjk else "Helvetica-Bold", fontSize=15, leading=20)
    story = []
    for i, para in enumerate(p.strip() for p in text.split("\n\n")):
        if not para:
            continue
        for j, line in enumerate(para.split("\n")):
            short = len(line) < 50 and not line.rstrip().endswith((".", "。"))
            story.append(Paragraph(line.replace("&", "&amp;").replace("<", "&lt;"), head if (i == 0 or short) else body))
        story.append(Spacer(1, 8))
    out = out_dir / f"{stem}.pdf"
    SimpleDocTemplate(str(out), pagesize=A4, title=stem).build(story)
    return out


if __name__ == "__main__":
    out_dir = HERE / "pdf"
    out_dir.mkdir(exist_ok=True)
    for stem in sys.argv[1:] or DEFAULT:
        print(render(stem, out_dir))
