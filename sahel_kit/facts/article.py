"""Turn the raw, scraped article into a clean :class:`Article`.

The seed article in ``data/raw/`` was copied from a news site together with
page furniture (``author-image``, ``Updated On``, ``New Update``, the title
repeated twice, bullet characters).  :func:`clean_article` is a pure function:
the same raw text always gives the same ``Article`` and the same sentence ids,
so claims, quizzes and notebooks can refer to a sentence by its id.
"""
from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field

__all__ = ["Article", "Sentence", "clean_article", "split_sentences"]

# Lines that are page furniture, not text the author wrote.
JUNK_LINES = {"author-image", "updated on", "new update"}
WHY_MARKER = "Why this matters:"
TAKEAWAYS_MARKER = "Key Takeaways"
BULLETS = "•·‣▪-*"
# A full stop after these does not end a sentence ("U.S. Deputy Secretary ...").
ABBREVIATIONS = ("U.S.", "U.N.", "Mr.", "Mrs.", "Dr.", "St.", "Gen.", "Col.", "Lt.")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘(]?[A-Z0-9$])")


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article with a stable id such as ``"p2-s1"``."""

    id: str
    section: str  # title, standfirst, body, why, takeaway
    paragraph: int  # 1-based within its section (0 for title and standfirst)
    position: int  # 1-based within its paragraph
    text: str


@dataclass(frozen=True)
class Article:
    """The cleaned article: its parts as plain text and every sentence with an id."""

    title: str
    standfirst: str
    author: str
    body: list[str] = field(default_factory=list)
    why_this_matters: list[str] = field(default_factory=list)
    takeaways: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    def sentence(self, sentence_id: str) -> Sentence:
        """Return the sentence with ``sentence_id``; ``KeyError`` names unknown ids."""
        for s in self.sentences:
            if s.id == sentence_id:
                return s
        raise KeyError(f"no sentence with id {sentence_id!r} in the article")

    def to_json(self) -> str:
        """Serialise deterministically (sorted keys, UTF-8, trailing newline)."""
        return json.dumps(asdict(self), ensure_ascii=False, indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_dict(cls, d: dict) -> "Article":
        sentences = [Sentence(**s) for s in d["sentences"]]
        return cls(**{**d, "sentences": sentences})


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences without breaking after ``U.S.`` and similar.

    >>> split_sentences("The U.S. Army left. It was 2024.")
    ['The U.S. Army left.', 'It was 2024.']
    """
    parts, start = [], 0
    for m in _SENTENCE_END.finditer(paragraph):
        head = paragraph[start : m.start()].rstrip()
        if head.endswith(ABBREVIATIONS):
            continue
        parts.append(paragraph[start : m.end()].strip())
        start = m.end()
    parts.append(paragraph[start:].strip())
    return [p for p in parts if p]


def _is_junk(line: str, title: str) -> bool:
    return line.lower() in JUNK_LINES or line == title


def clean_article(raw: str) -> Article:
    """Clean the raw scraped text of the seed article.

    Parameters
    ----------
    raw : str
        The verbatim text of ``data/raw/niger-withdrawal-article.txt``.

    Returns
    -------
    Article

    Examples
    --------
    >>> from sahel_kit.facts.files import data_path
    >>> a = clean_article(data_path("raw", "niger-withdrawal-article.txt").read_text("utf-8"))
    >>> a.author
    'Nasiru Eneji Abdulrasheed'
    """
    lines = [ln.strip() for ln in raw.replace("\r\n", "\n").split("\n")]
    lines = [ln for ln in lines if ln]
    if len(lines) < 4:
        raise ValueError("the raw article is too short: expected a title, standfirst, author and body")
    title, standfirst = lines[0], lines[1]
    rest = lines[2:]
    # The author's name is the first line after the furniture that follows the standfirst.
    author = next((ln for ln in rest if not _is_junk(ln, title)), "")
    rest = rest[rest.index(author) + 1 :]

    body, why, takeaways = [], [], []
    section = "body"
    for line in rest:
        if _is_junk(line, title):
            continue
        if line == TAKEAWAYS_MARKER:
            section = "takeaway"
            continue
        if line.startswith(WHY_MARKER):
            section = "why"
            line = line[len(WHY_MARKER) :].strip()
        if section == "takeaway":
            takeaways.append(line.lstrip(BULLETS).strip())
        elif section == "why":
            why.append(line)
        else:
            body.append(line)

    sentences = [Sentence("title", "title", 0, 1, title), Sentence("standfirst", "standfirst", 0, 1, standfirst)]
    for prefix, section_name, paragraphs in (("p", "body", body), ("w", "why", why)):
        for i, para in enumerate(paragraphs, start=1):
            for j, text in enumerate(split_sentences(para), start=1):
                sentences.append(Sentence(f"{prefix}{i}-s{j}", section_name, i, j, text))
    for i, text in enumerate(takeaways, start=1):
        sentences.append(Sentence(f"k{i}", "takeaway", i, 1, text))
    return Article(title, standfirst, author, body, why, takeaways, sentences)
