"""A secret said in pieces over several caller turns: the turn alone does not show it.

"It's marisol" / "dot ferreira at" / "fastmail dot fm"; "K." / "O, W, A." / "L, S, K, I.";
"Two hundred and six" / "Juniper Hollow Road"; "her name is edna" / "edna blackwood";
"March." / "The fourteenth." The redactor remembers what the previous turn was in the middle
of (`Pending`) and the names it has masked, and these finders read the next turn with it.
Fail closed: a short fragment in a context that is still being answered is masked whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from callwarden.redact import lexicon as lx
from callwarden.redact.people import NOT_NAMES
from callwarden.redact.spoken import Token

EMAIL_PIECE, LETTERS, STREET = "email", "letters", "street"

# Words an answer opens with before the piece itself ("sure, it's ...", "and then ...").
_OPENERS = {"it's", "its", "it", "is", "that's", "sure", "yes", "yeah", "okay", "ok", "um", "uh", "er", "erm", "so",
            "and", "then", "the", "rest", "next", "bit", "part", "after", "that", "right", "oh", ",", ".", "-", ":"}
# Words that show a sentence, not a piece being read out: the caller has moved on.
_SENTENCE = {"i", "i'm", "you", "your", "we", "can", "could", "would", "will", "don't", "do", "have", "has", "want",
             "is", "are", "was", "were", "been",
             "need", "phone", "number", "instead", "not", "no", "sorry", "what", "why", "how", "when", "where",
             "who", "which", "because", "but", "if", "please", "thanks", "thank", "about", "with", "my", "this"}
_EMAIL_MARKS = {"dot", "at", "@", "underscore", "_", "dash", "hyphen", "."}
MAX_PIECE_WORDS = 8


@dataclass(frozen=True, slots=True)
class Pending:
    """What the previous caller turn left unfinished, and the names masked so far in the call."""
    piece: str | None = None
    names: frozenset[str] = frozenset()


def _piece(tokens: list[Token]) -> tuple[int, int] | None:
    """Token range of a bare fragment (after its openers), or None when the turn is a sentence."""
    k = 0
    while k < len(tokens) and tokens[k].lower in _OPENERS:
        k += 1
    end = len(tokens)
    while end > k and tokens[end - 1].text in (".", ",", "?", "!"):
        end -= 1
    words = [t.lower for t in tokens[k:end] if t.text[:1].isalnum()]
    if not words or len(words) > MAX_PIECE_WORDS or any(w in _SENTENCE for w in words):
        return None
    return k, end - 1


def email_piece(tokens: list[Token], fresh: bool, open_: bool, pending: Pending) -> tuple[int, int] | None:
    """Character span of an e-mail address's piece: a fragment right after the address was asked
    for or while one is being read out, or, while the call is on e-mail, a fragment with the marks
    of one ("dot", "at")."""
    rng = _piece(tokens)
    if rng is None:
        return None
    piece = tokens[rng[0]:rng[1] + 1]
    # a written "." is a mark only inside a word ("maya.lindqvist"), not a full stop ("Perfect. Cheers")
    marked = any(t.lower in _EMAIL_MARKS and (t.text != "." or 0 < k < len(piece) - 1
                                              and piece[k - 1].end == t.start and t.end == piece[k + 1].start)
                 for k, t in enumerate(piece))
    if not (fresh or pending.piece == EMAIL_PIECE or open_ and marked):
        return None
    return tokens[rng[0]].start, tokens[rng[1]].end


def email_unfinished(tokens: list[Token]) -> bool:
    """The turn stops inside an address: it ends on "at"/"dot", or has no "dot" + label at its end."""
    words = [t.lower for t in tokens if t.text not in (".", ",", "?", "!")]
    return not (len(words) >= 2 and words[-2] in ("dot", ".") and words[-1].isalpha())


def letters_piece(tokens: list[Token], spelling: bool, pending: Pending) -> list[tuple[int, int]]:
    """Single letters said one by one ("O, W, A.") while a spelling is asked for or going on."""
    if not (spelling or pending.piece == LETTERS):
        return []
    out, prev_letter = [], False
    for t in tokens:
        if t.text in (",", ".", "-"):
            continue
        letter = len(t.text) == 1 and t.text.isalpha()
        # "a" and "I" are words, unless they sit in a row of letters ("L, S, K, I")
        if letter and (t.text not in ("a", "I") or prev_letter):
            out.append((t.start, t.end))
        prev_letter = letter
    return out


def street_piece(tokens: list[Token], address: bool, pending: Pending) -> tuple[int, int] | None:
    """"Juniper Hollow Road" on its own, the house number said in the turn before."""
    if not (address or pending.piece == STREET):
        return None
    rng = _piece(tokens)
    if rng is None:
        return None
    piece = [t for t in tokens[rng[0]:rng[1] + 1] if t.text not in (",", "-", ".")]
    if len(piece) > 5 or not all(t.text.isalpha() for t in piece):
        return None
    # a street name: a suffix ("Hollow Road"), or, right after the house number, capitalised words
    # (or the bare answer to "what street?": "Quarry")
    if any(t.lower.rstrip(".") in lx.STREET_SUFFIXES for t in piece) \
            or (pending.piece == STREET or address and not any(t.lower in NOT_NAMES for t in piece)) \
            and all(t.text[:1].isupper() for t in piece):
        return tokens[rng[0]].start, tokens[rng[1]].end
    return None


def known_names(tokens: list[Token], names: frozenset[str]) -> list[tuple[int, int]]:
    """A name masked earlier in the call (or earlier in this turn), said again, with the surname that
    may follow it now ("her name is edna" ... "edna blackwood", "it's Siobhan, Siobhan O'Malley")."""
    spans = []
    k = 0
    while k < len(tokens):
        if tokens[k].lower in names:
            j = k + 1
            # a surname: one word, or two when both are capitalised ("Ní Bhriain", "van Dijk" is one)
            # a capitalised name takes a capitalised surname: "Alexa won't", "the Jarrow told me" keep their verb
            while j < len(tokens) and j - k <= 2 and _surname_word(tokens[j]) and (
                    j == k + 1 and not tokens[k].text[:1].isupper()
                    or tokens[j].text[:1].isupper() and tokens[j - 1].text[:1].isupper()):
                j += 1
            spans.append((tokens[k].start, tokens[j - 1].end))
            k = j
        else:
            k += 1
    return spans


def _surname_word(t: Token) -> bool:
    bare = t.text.replace("'", "").replace("\u2019", "").replace("-", "")
    return bare.isalpha() and len(t.text) > 1 and t.lower not in NOT_NAMES and t.lower not in _SENTENCE


def name_words(text: str, spans: list[tuple[int, int]]) -> frozenset[str]:
    """The words of masked names worth remembering (not "Mr", not one letter)."""
    words = set()
    for a, b in spans:
        for w in text[a:b].lower().replace(",", " ").replace(".", " ").split():
            if len(w) > 2 and w.isalpha() and w not in NOT_NAMES:
                words.add(w)
    return frozenset(words)
