"""Host names as RFC 1123 and IDNA2008 (RFC 5890-5893) define them (stdlib only; copied into the
generated package).

Code point validity is derived from ``unicodedata`` with the algorithm of RFC 5892 section 3
(exceptions, unstable and ignorable code points, old Hangul jamo, letters and digits). Two inputs
that ``unicodedata`` lacks are small tables here: the Default_Ignorable_Code_Point ranges, and
Joining_Type for the scripts that join (Arabic, Syriac, N'Ko, Mongolian), needed by the ZERO WIDTH
NON-JOINER rule. The script tests of the CONTEXTO rules use character names (``GREEK ...``).
"""

from __future__ import annotations

import functools
import unicodedata

_LDH = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")
_LDH_ANY_CASE = _LDH | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
IDN_DOTS = (".", "\u3002", "\uff0e", "\uff61")

# RFC 5892 section 2.6.
_EXCEPTIONS = {
    0x00DF: "PVALID", 0x03C2: "PVALID", 0x06FD: "PVALID", 0x06FE: "PVALID", 0x0F0B: "PVALID",
    0x3007: "PVALID", 0x00B7: "CONTEXTO", 0x0375: "CONTEXTO", 0x05F3: "CONTEXTO", 0x05F4: "CONTEXTO",
    0x30FB: "CONTEXTO", 0x0640: "DISALLOWED", 0x07FA: "DISALLOWED", 0x302E: "DISALLOWED",
    0x302F: "DISALLOWED", 0x3031: "DISALLOWED", 0x3032: "DISALLOWED", 0x3033: "DISALLOWED",
    0x3034: "DISALLOWED", 0x3035: "DISALLOWED", 0x303B: "DISALLOWED",
    **{cp: "CONTEXTO" for cp in range(0x0660, 0x066A)}, **{cp: "CONTEXTO" for cp in range(0x06F0, 0x06FA)},
}
_DEFAULT_IGNORABLE = ((0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160),
                      (0x17B4, 0x17B5), (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E),
                      (0x2060, 0x206F), (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF),
                      (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
                      (0xE0000, 0xE0FFF))
_WHITE_SPACE = frozenset([*range(0x09, 0x0E), 0x20, 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x2028,
                          0x2029, 0x202F, 0x205F, 0x3000])
_IGNORABLE_BLOCKS = ((0x20D0, 0x20FF), (0x1D100, 0x1D1FF), (0x1D200, 0x1D24F))
_OLD_HANGUL_JAMO = ((0x1100, 0x11FF), (0xA960, 0xA97F), (0xD7B0, 0xD7FF))
_LETTER_DIGITS = frozenset(("Ll", "Lu", "Lo", "Nd", "Lm", "Mn", "Mc"))

# Joining_Type R (right-joining) and D (dual-joining) from ArabicShaping.txt, for the scripts whose
# letters join; C (join-causing) counts as D for the ZWNJ rule.
_JOIN_R = ((0x0622, 0x0625), (0x0627, 0x0627), (0x0629, 0x0629), (0x062F, 0x0632), (0x0648, 0x0648),
           (0x0671, 0x0673), (0x0675, 0x0677), (0x0688, 0x0699), (0x06C0, 0x06C0), (0x06C3, 0x06CB),
           (0x06CD, 0x06CD), (0x06CF, 0x06CF), (0x06D2, 0x06D3), (0x06D5, 0x06D5), (0x06EE, 0x06EF),
           (0x0710, 0x0710), (0x0715, 0x0719), (0x071E, 0x071E), (0x0728, 0x0728), (0x072A, 0x072A),
           (0x072C, 0x072C), (0x072F, 0x072F), (0x074D, 0x074D), (0x0759, 0x075B), (0x076B, 0x076C),
           (0x0771, 0x0771), (0x0773, 0x0774), (0x0778, 0x0779), (0x08AA, 0x08AC), (0x08AE, 0x08AE),
           (0x08B1, 0x08B2), (0x08B9, 0x08B9))
_JOIN_D = ((0x0620, 0x0620), (0x0626, 0x0626), (0x0628, 0x0628), (0x062A, 0x062E), (0x0633, 0x063F),
           (0x0640, 0x0640), (0x0641, 0x0647), (0x0649, 0x064A), (0x066E, 0x066F), (0x0678, 0x0687),
           (0x069A, 0x06BF), (0x06C1, 0x06C2), (0x06CC, 0x06CC), (0x06CE, 0x06CE), (0x06D0, 0x06D1),
           (0x06FA, 0x06FC), (0x06FF, 0x06FF), (0x0712, 0x0714), (0x071A, 0x071D), (0x071F, 0x0727),
           (0x0729, 0x0729), (0x072B, 0x072B), (0x072D, 0x072E), (0x074E, 0x0758), (0x075C, 0x076A),
           (0x076D, 0x0770), (0x0772, 0x0772), (0x0775, 0x0777), (0x077A, 0x077F), (0x07CA, 0x07EA),
           (0x07FA, 0x07FA), (0x08A0, 0x08A9), (0x08AF, 0x08B0), (0x08B3, 0x08B8), (0x08BA, 0x08C8),
           (0x1807, 0x1807), (0x180A, 0x180A), (0x1820, 0x1878), (0x1887, 0x18A8), (0x18AA, 0x18AA),
           (0x200D, 0x200D), (0xA840, 0xA872))


def _in(cp: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(lo <= cp <= hi for lo, hi in ranges)


@functools.lru_cache(maxsize=8192)
def derived_property(cp: int) -> str:
    """PVALID, CONTEXTJ, CONTEXTO, DISALLOWED or UNASSIGNED (RFC 5892 section 3)."""
    if cp in _EXCEPTIONS:
        return _EXCEPTIONS[cp]
    ch = chr(cp)
    category = unicodedata.category(ch)
    if category == "Cn":
        return "UNASSIGNED"
    if ch in _LDH:
        return "PVALID"
    if cp in (0x200C, 0x200D):
        return "CONTEXTJ"
    if unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", ch).casefold()) != ch:
        return "DISALLOWED"
    if (_in(cp, _DEFAULT_IGNORABLE) or cp in _WHITE_SPACE or 0xFDD0 <= cp <= 0xFDEF
            or (cp & 0xFFFE) == 0xFFFE):
        return "DISALLOWED"
    if _in(cp, _IGNORABLE_BLOCKS) or _in(cp, _OLD_HANGUL_JAMO):
        return "DISALLOWED"
    return "PVALID" if category in _LETTER_DIGITS else "DISALLOWED"


def _joining_type(ch: str) -> str:
    cp = ord(ch)
    if _in(cp, _JOIN_R):
        return "R"
    if _in(cp, _JOIN_D):
        return "D"
    return "T" if unicodedata.category(ch) in ("Mn", "Me", "Cf") else "U"


def _script_is(ch: str, *prefixes: str) -> bool:
    if ch in ("\u3005", "\u3006", "\u3007") or "\u3021" <= ch <= "\u3029" or "\u3038" <= ch <= "\u303b":
        return "HAN" in prefixes
    name = unicodedata.name(ch, "")
    return any(name.startswith(p) for p in prefixes) or (
        "HAN" in prefixes and name.startswith(("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH")))


def _context_ok(label: str, i: int) -> bool:
    """RFC 5892 appendix A, for the CONTEXTJ / CONTEXTO code point at ``label[i]``."""
    cp = ord(label[i])
    before = label[i - 1] if i > 0 else ""
    after = label[i + 1] if i + 1 < len(label) else ""
    if cp in (0x200C, 0x200D):
        if before and unicodedata.combining(before) == 9:  # Virama
            return True
        if cp == 0x200D:
            return False
        j = i - 1
        while j >= 0 and _joining_type(label[j]) == "T":
            j -= 1
        if j < 0 or _joining_type(label[j]) not in ("L", "D"):
            return False
        k = i + 1
        while k < len(label) and _joining_type(label[k]) == "T":
            k += 1
        return k < len(label) and _joining_type(label[k]) in ("R", "D")
    if cp == 0x00B7:
        return before == "l" and after == "l"
    if cp == 0x0375:
        return bool(after) and _script_is(after, "GREEK")
    if cp in (0x05F3, 0x05F4):
        return bool(before) and _script_is(before, "HEBREW")
    if cp == 0x30FB:
        return any(c != "\u30fb" and _script_is(c, "HIRAGANA", "KATAKANA", "HALFWIDTH KATAKANA", "HAN")
                   for c in label)
    if 0x0660 <= cp <= 0x0669:
        return not any("\u06f0" <= c <= "\u06f9" for c in label)
    if 0x06F0 <= cp <= 0x06F9:
        return not any("\u0660" <= c <= "\u0669" for c in label)
    return False


def _bidi_ok(label: str) -> bool:
    """The Bidi Rule of RFC 5893 section 2, for one label of a domain name that has RTL labels."""
    classes = [unicodedata.bidirectional(c) for c in label]
    if not classes or classes[0] not in ("L", "R", "AL"):
        return False
    end = len(classes)
    while end > 0 and classes[end - 1] == "NSM":
        end -= 1
    if end == 0:
        return False
    if classes[0] in ("R", "AL"):
        allowed = {"R", "AL", "AN", "EN", "ES", "CS", "ET", "ON", "BN", "NSM"}
        if any(c not in allowed for c in classes) or classes[end - 1] not in ("R", "AL", "EN", "AN"):
            return False
        return not ("EN" in classes and "AN" in classes)
    allowed = {"L", "EN", "ES", "CS", "ET", "ON", "BN", "NSM"}
    return all(c in allowed for c in classes) and classes[end - 1] in ("L", "EN")


def _is_rtl(label: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL", "AN") for c in label)


def _u_label_ok(label: str) -> bool:
    """RFC 5891 section 5.4 checks on a label in Unicode form (bidi aside)."""
    if not label or label.startswith("-") or label.endswith("-") or label[2:4] == "--":
        return False
    if unicodedata.category(label[0]).startswith("M"):
        return False
    for i, ch in enumerate(label):
        prop = derived_property(ord(ch))
        if prop == "PVALID":
            continue
        if prop in ("CONTEXTJ", "CONTEXTO") and _context_ok(label, i):
            continue
        return False
    return True


def _a_label(label: str) -> str | None:
    """The Unicode form of an ``xn--`` label, or None when it is not a valid A-label."""
    body = label[4:]
    if not body or not all(c in _LDH_ANY_CASE for c in body):
        return None
    try:
        decoded = body.lower().encode("ascii").decode("punycode")
    except (UnicodeError, ValueError, IndexError, OverflowError):
        return None
    if decoded.isascii() or _punycode(decoded) != body.lower():
        return None
    return decoded


def _punycode(text: str) -> str | None:
    try:
        return text.encode("punycode").decode("ascii")
    except (UnicodeError, ValueError):
        return None


def _ldh_label_ok(label: str) -> bool:
    return (0 < len(label) <= 63 and all(c in _LDH_ANY_CASE for c in label)
            and not label.startswith("-") and not label.endswith("-"))


def _domain(labels: list[str], allow_unicode: bool) -> bool:
    unicode_forms: list[str] = []
    total = 0
    for label in labels:
        if not label:
            return False
        if label.isascii():
            if label[:4].lower() == "xn--":
                decoded = _a_label(label)
                if decoded is None or len(label) > 63 or not _u_label_ok(decoded):
                    return False
                unicode_forms.append(decoded)
            elif not _ldh_label_ok(label):
                return False
            else:
                unicode_forms.append(label.lower())
            total += len(label) + 1
        else:
            if not allow_unicode or not _u_label_ok(label):
                return False
            encoded = _punycode(label)
            if encoded is None or len(encoded) + 4 > 63:
                return False
            unicode_forms.append(label)
            total += len(encoded) + 5
    if total - 1 > 253:
        return False
    if any(_is_rtl(u) for u in unicode_forms):
        return all(_bidi_ok(u) for u in unicode_forms)
    return True


def is_hostname(value: str) -> bool:
    """RFC 1123 host name; ``xn--`` labels must be valid IDNA2008 A-labels."""
    if not value or len(value) > 253 or not value.isascii():
        return False
    return _domain(value.split("."), allow_unicode=False)


def is_idn_hostname(value: str) -> bool:
    """RFC 5890 internationalised host name (U-labels, A-labels and LDH labels)."""
    if not value:
        return False
    for dot in IDN_DOTS[1:]:
        value = value.replace(dot, ".")
    return _domain(value.split("."), allow_unicode=True)
