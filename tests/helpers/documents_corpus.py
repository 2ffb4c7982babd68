"""A corpus written at test time: PDF, DOCX, MD, TXT and HTML files with planted facts among look-alike distractors.

Each fact is one sentence with rare, made-up words in it. Every file also carries many distractor sentences of the
same shape (other keepers, other bridges, other recipes, other numbers), so a ranking must find the fact itself, not
merely its topic. Each fact comes with two questions: one that uses its rare words, one that only paraphrases it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Fact:
    sentence: str
    with_words: str  # a question using the fact's rare words
    paraphrase: str  # a question without them


FACTS = (
    Fact(
        "Thaddeus Quillfeather has kept the lighthouse at Port Elwyn since the winter of 1987.",
        "Since when has Thaddeus Quillfeather kept the Port Elwyn lighthouse?",
        "Who has looked after the light on the tower by the harbour since the late eighties?",
    ),
    Fact(
        "The Varnholt suspension bridge was closed for repairs after a barge struck its northern pier.",
        "Why was the Varnholt bridge closed?",
        "What accident on the river shut down the hanging bridge?",
    ),
    Fact(
        "Grandmother Ilsabet's plum dumplings need exactly nine minutes in simmering water.",
        "How long do Ilsabet's plum dumplings cook?",
        "How many minutes should the fruit dumplings from the old family recipe boil?",
    ),
    Fact(
        "The Korrigan Observatory recorded a comet it named Saffelind on the night of 3 March.",
        "What did the Korrigan Observatory name its comet?",
        "What name did the stargazing station give to the comet it discovered?",
    ),
    Fact(
        "Invoice number ZX-4471 from Brembleton Logistics was paid twelve days late.",
        "Was invoice ZX-4471 from Brembleton paid on time?",
        "Which shipping company's bill was settled almost two weeks after it was due?",
    ),
    Fact(
        "The Ostrovane school choir won the regional contest singing a lullaby in Basque.",
        "What did the Ostrovane choir sing to win?",
        "Which song in an unusual language brought the children's singing group its prize?",
    ),
    Fact(
        "Doctor Pemberfield prescribes willow-bark tea for the mild headaches of her patients.",
        "What does Doctor Pemberfield prescribe for headaches?",
        "What herbal drink does the physician recommend when someone has a slight head pain?",
    ),
    Fact(
        "The Glimmerdale cooperative harvested 340 tonnes of blueberries during the dry summer.",
        "How many blueberries did Glimmerdale harvest?",
        "What quantity of berries did the farmers' collective pick when there was little rain?",
    ),
    Fact(
        "Captain Rosalind Achterberg sailed the schooner Marigold from Lisbon to Halifax in nineteen days.",
        "How long did Achterberg's voyage on the Marigold take?",
        "How quickly did the woman in command of the sailing ship cross the Atlantic?",
    ),
    Fact(
        "The Tindwick library lends telescopes to members who have held a card for a year.",
        "Who can borrow telescopes from the Tindwick library?",
        "Which readers may take home star-gazing equipment from the town's book lender?",
    ),
)

_NAMES = ["Hollis", "Marten", "Brisco", "Dunmore", "Ainsley", "Carrow", "Felton", "Garrick", "Whitlow", "Pryce"]
_PLACES = ["Ashby", "Kettering", "Lowmoor", "Redcliff", "Stanwick", "Thornbury", "Westerham", "Yarley", "Oakhurst"]
_DISTRACTORS = (
    "The lighthouse at {p} was repainted white and red in {y}.",
    "The {p} bridge was painted green after the council voted on its colour.",
    "{n}'s potato dumplings are served with gravy on Sundays.",
    "The {p} Observatory recorded {m} meteors on a clear night in {y}.",
    "Invoice number {p2}-{y} from {n} Freight was paid on the day it was due.",
    "The {p} school choir sang a hymn at the town festival in {y}.",
    "Doctor {n} recommends rest and water for patients with a cold.",
    "The {p} cooperative harvested {m}0 tonnes of apples during a wet autumn.",
    "Captain {n} sailed the ferry from {p} to the islands in {m} hours.",
    "The {p} library opens late on Thursdays and lends board games to children.",
    "In {y} the {p} museum moved its collection of maps to a new wing.",
    "{n} repaired the church clock at {p} using parts ordered from abroad.",
)


def distractors(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    sentences = []
    for _ in range(count):
        template = rng.choice(_DISTRACTORS)
        sentences.append(
            template.format(
                n=rng.choice(_NAMES),
                p=rng.choice(_PLACES),
                p2=rng.choice(["AB", "KT", "LM", "RD"]),
                y=rng.randint(1950, 2020),
                m=rng.randint(3, 40),
            )
        )
    return sentences


def paragraphs(facts: tuple[Fact, ...], seed: int, filler: int = 150) -> list[str]:
    """Paragraphs of distractors with each fact planted in one of them."""
    sentences = distractors(seed, filler)
    rng = random.Random(seed + 1)
    for fact in facts:
        sentences.insert(rng.randrange(len(sentences) + 1), fact.sentence)
    return [" ".join(sentences[i : i + 6]) for i in range(0, len(sentences), 6)]


def write_txt(path: Path, paras: list[str]) -> Path:
    path.write_text("\n\n".join(paras) + "\n", encoding="utf-8")
    return path


def write_md(path: Path, paras: list[str]) -> Path:
    body = [f"## Notes {n}\n\n{text}" for n, text in enumerate(paras, start=1)]
    path.write_text("# Town records\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
    return path


def write_html(path: Path, paras: list[str]) -> Path:
    body = "\n".join(f"<p>{text}</p>" for text in paras)
    path.write_text(
        f"<html><head><title>Records</title><style>p {{ color: red; }}</style></head><body>{body}"
        "<script>var hidden = 'never indexed';</script></body></html>",
        encoding="utf-8",
    )
    return path


def write_docx(path: Path, paras: list[str]) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("Minutes", level=1)
    for text in paras:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def write_pdf(path: Path, pages: list[list[str]], scanned_page: bool = False) -> Path:
    """A PDF with a text layer, one page per list of paragraphs; optionally a last page that is only an image."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for paras in pages:
        pdf.add_page()
        for text in paras:
            pdf.multi_cell(0, 6, text)
            pdf.ln(3)
    if scanned_page:
        image = Image.new("RGB", (600, 800), "white")
        ImageDraw.Draw(image).text((40, 40), "A scanned letter: the text is pixels, not characters.", fill="black")
        picture = path.with_suffix(".png")
        image.save(picture)
        pdf.add_page()
        pdf.image(str(picture), x=10, y=10, w=180)
        picture.unlink()
    pdf.output(str(path))
    return path


def write_corpus(folder: Path) -> list[Path]:
    """Five files, two facts each; the PDF has three text pages and a scanned one."""
    folder.mkdir(parents=True, exist_ok=True)
    pairs = [FACTS[i : i + 2] for i in range(0, len(FACTS), 2)]
    pdf_paras = paragraphs(pairs[0], seed=1, filler=200)
    third = len(pdf_paras) // 3
    return [
        write_pdf(
            folder / "harbour-report.pdf",
            [pdf_paras[:third], pdf_paras[third : 2 * third], pdf_paras[2 * third :]],
            scanned_page=True,
        ),
        write_docx(folder / "family-minutes.docx", paragraphs(pairs[1], seed=2)),
        write_md(folder / "town-notes.md", paragraphs(pairs[2], seed=3)),
        write_txt(folder / "letters.txt", paragraphs(pairs[3], seed=4)),
        write_html(folder / "newsletter.html", paragraphs(pairs[4], seed=5)),
    ]
