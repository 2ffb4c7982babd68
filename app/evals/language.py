"""Which language a reply is written in, for the `language` check: the script for the languages that have their
own, and common words (with letters only one language uses) for those written in Latin letters. Enough to tell a
reply's language from a sentence or two, which is what a check on "answer in my language" needs; not a general
language identifier, and a single word ("Rome.") is too little to tell.
"""

from __future__ import annotations

import re
import unicodedata

LANGUAGE_NAMES = {
    "ar": "Arabic", "de": "German", "el": "Greek", "en": "English", "es": "Spanish", "fr": "French",
    "he": "Hebrew", "hi": "Hindi", "it": "Italian", "ja": "Japanese", "ko": "Korean", "nl": "Dutch",
    "pl": "Polish", "pt": "Portuguese", "ru": "Russian", "sv": "Swedish", "th": "Thai", "tr": "Turkish",
    "uk": "Ukrainian", "zh": "Chinese",
}  # fmt: skip
_COMMON_WORDS = {
    "en": "the and is are of to in it that with for this was you not on be have what there they",
    "fr": "le la les et est de des une un du que qui dans pour pas sur au avec il elle sont ce je vous",
    "de": "der die das und ist nicht ein eine ich mit zu den von auf sie es sind für dem auch wird hat",
    "es": "el la los las y es en que un una por con para del se no su al lo está son muy como",
    "it": "il lo la gli le e è di che un una per con non sono del della dei degli nel alla anche si ha questo",
    "pt": "o a os as e é de que um uma para com não do da dos das em no na são muito se",
    "nl": "de het een en is van niet dat die op te met voor zijn ook ik er maar wordt",
    "sv": "och är det att en som på av för med inte den till har jag ett om",
    "pl": "i w nie się na jest to że z do jak co ale o są po tak",
    "tr": "ve bir bu da de için ile çok ne değil olan gibi daha ama var",
}
_COMMON = {code: frozenset(words.split()) for code, words in _COMMON_WORDS.items()}
_OWN_LETTERS = {"es": "ñ¿¡", "pt": "ãõ", "de": "ßäü", "sv": "å", "pl": "łśżźćńąę", "tr": "ğşı", "fr": "œ"}
_SCRIPTS = (  # (language, the start of the Unicode character names of its script)
    ("ko", ("HANGUL",)), ("ja", ("HIRAGANA", "KATAKANA")), ("zh", ("CJK UNIFIED",)), ("ar", ("ARABIC",)),
    ("hi", ("DEVANAGARI",)), ("el", ("GREEK",)), ("he", ("HEBREW",)), ("th", ("THAI",)), ("ru", ("CYRILLIC",)),
)  # fmt: skip


def detect_language(text: str) -> str | None:
    """The two-letter code of the language the text is written in, or None when Hearth cannot tell."""
    candidates = likely_languages(text)
    return candidates[0] if candidates else None


def likely_languages(text: str) -> list[str]:
    """The languages the text reads as, best first: one for a script only one language here uses, those tied on
    the most common words (and letters only one of them uses) for Latin letters; none when nothing tells."""
    counts: dict[str, int] = {}
    for character in text:
        if not character.isalpha():
            continue
        name = unicodedata.name(character, "")
        script = next((code for code, prefixes in _SCRIPTS if name.startswith(prefixes)), None)
        script = script or ("latin" if name.startswith("LATIN") else None)
        if script:
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return []
    script = max(counts, key=lambda code: counts[code])
    if script == "zh" and counts.get("ja"):
        return ["ja"]  # Japanese writes kanji between its kana
    if script == "ru" and any(letter in text.lower() for letter in "іїєґ"):
        return ["uk"]
    if script != "latin":
        return [script]
    lowered = text.lower()
    words = re.findall(r"[^\W\d_]+", lowered)
    scores = {code: sum(word in common for word in words) for code, common in _COMMON.items()}
    for code, letters in _OWN_LETTERS.items():
        scores[code] += 2 * sum(lowered.count(letter) for letter in letters)
    best = max(scores.values())
    return [code for code, score in scores.items() if score == best] if best > 0 else []
