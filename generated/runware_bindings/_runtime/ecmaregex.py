"""ECMA-262 regular expressions (what JSON Schema's ``pattern`` and ``format: regex`` mean), parsed
with the ``u`` flag's grammar (stdlib only; copied into the generated package).

``parse`` returns a small tree that ``generator.compiler.patterns`` turns into a Python ``re``
pattern with the same meaning; ``is_regex`` is the ``regex`` format. Unicode mode is the strict
grammar: ``\\a``, a lone ``{`` or ``]``, and Python-only syntax such as ``(?P<n>...)``, ``(?#...)``
or ``(?i)`` are syntax errors, as the JSON Schema test suite expects.
"""

from __future__ import annotations

from typing import Any

Node = tuple[Any, ...]

_SYNTAX = set("^$\\.*+?()[]{}|")
_CONTROL_ESCAPES = {"f": 0x0C, "n": 0x0A, "r": 0x0D, "t": 0x09, "v": 0x0B}
_CLASS_LETTERS = set("dDsSwW")
_HEX_DIGITS = set("0123456789abcdefABCDEF")

# Property names ECMA-262 accepts in \p{...}: General_Category values (long and short) and the
# binary properties; plus ``digit``, the UTS #18 name for Nd that JSON Schema suites use.
GENERAL_CATEGORIES: dict[str, tuple[str, ...]] = {
    "L": ("Lu", "Ll", "Lt", "Lm", "Lo"), "Letter": ("Lu", "Ll", "Lt", "Lm", "Lo"),
    "LC": ("Lu", "Ll", "Lt"), "Cased_Letter": ("Lu", "Ll", "Lt"),
    "Lu": ("Lu",), "Uppercase_Letter": ("Lu",), "Ll": ("Ll",), "Lowercase_Letter": ("Ll",),
    "Lt": ("Lt",), "Titlecase_Letter": ("Lt",), "Lm": ("Lm",), "Modifier_Letter": ("Lm",),
    "Lo": ("Lo",), "Other_Letter": ("Lo",),
    "M": ("Mn", "Mc", "Me"), "Mark": ("Mn", "Mc", "Me"), "Combining_Mark": ("Mn", "Mc", "Me"),
    "Mn": ("Mn",), "Nonspacing_Mark": ("Mn",), "Mc": ("Mc",), "Spacing_Mark": ("Mc",),
    "Me": ("Me",), "Enclosing_Mark": ("Me",),
    "N": ("Nd", "Nl", "No"), "Number": ("Nd", "Nl", "No"),
    "Nd": ("Nd",), "Decimal_Number": ("Nd",), "digit": ("Nd",),
    "Nl": ("Nl",), "Letter_Number": ("Nl",), "No": ("No",), "Other_Number": ("No",),
    "P": ("Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po"), "Punctuation": ("Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po"),
    "punct": ("Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po"),
    "Pc": ("Pc",), "Connector_Punctuation": ("Pc",), "Pd": ("Pd",), "Dash_Punctuation": ("Pd",),
    "Ps": ("Ps",), "Open_Punctuation": ("Ps",), "Pe": ("Pe",), "Close_Punctuation": ("Pe",),
    "Pi": ("Pi",), "Initial_Punctuation": ("Pi",), "Pf": ("Pf",), "Final_Punctuation": ("Pf",),
    "Po": ("Po",), "Other_Punctuation": ("Po",),
    "S": ("Sm", "Sc", "Sk", "So"), "Symbol": ("Sm", "Sc", "Sk", "So"),
    "Sm": ("Sm",), "Math_Symbol": ("Sm",), "Sc": ("Sc",), "Currency_Symbol": ("Sc",),
    "Sk": ("Sk",), "Modifier_Symbol": ("Sk",), "So": ("So",), "Other_Symbol": ("So",),
    "Z": ("Zs", "Zl", "Zp"), "Separator": ("Zs", "Zl", "Zp"),
    "Zs": ("Zs",), "Space_Separator": ("Zs",), "Zl": ("Zl",), "Line_Separator": ("Zl",),
    "Zp": ("Zp",), "Paragraph_Separator": ("Zp",),
    "C": ("Cc", "Cf", "Cs", "Co", "Cn"), "Other": ("Cc", "Cf", "Cs", "Co", "Cn"),
    "Cc": ("Cc",), "Control": ("Cc",), "cntrl": ("Cc",), "Cf": ("Cf",), "Format": ("Cf",),
    "Cs": ("Cs",), "Surrogate": ("Cs",), "Co": ("Co",), "Private_Use": ("Co",),
    "Cn": ("Cn",), "Unassigned": ("Cn",),
}
BINARY_PROPERTIES = frozenset((
    "ASCII", "ASCII_Hex_Digit", "AHex", "Alphabetic", "Alpha", "Any", "Assigned", "Bidi_Control",
    "Bidi_C", "Bidi_Mirrored", "Bidi_M", "Case_Ignorable", "CI", "Cased", "Changes_When_Casefolded",
    "CWCF", "Changes_When_Casemapped", "CWCM", "Changes_When_Lowercased", "CWL",
    "Changes_When_NFKC_Casefolded", "CWKCF", "Changes_When_Titlecased", "CWT",
    "Changes_When_Uppercased", "CWU", "Dash", "Default_Ignorable_Code_Point", "DI", "Deprecated",
    "Dep", "Diacritic", "Dia", "Emoji", "Emoji_Component", "EComp", "Emoji_Modifier", "EMod",
    "Emoji_Modifier_Base", "EBase", "Emoji_Presentation", "EPres", "Extended_Pictographic", "ExtPict",
    "Extender", "Ext", "Grapheme_Base", "Gr_Base", "Grapheme_Extend", "Gr_Ext", "Hex_Digit", "Hex",
    "IDS_Binary_Operator", "IDSB", "IDS_Trinary_Operator", "IDST", "ID_Continue", "IDC", "ID_Start",
    "IDS", "Ideographic", "Ideo", "Join_Control", "Join_C", "Logical_Order_Exception", "LOE",
    "Lowercase", "Lower", "Math", "Noncharacter_Code_Point", "NChar", "Pattern_Syntax", "Pat_Syn",
    "Pattern_White_Space", "Pat_WS", "Quotation_Mark", "QMark", "Radical", "Regional_Indicator", "RI",
    "Sentence_Terminal", "STerm", "Soft_Dotted", "SD", "Terminal_Punctuation", "Term",
    "Unified_Ideograph", "UIdeo", "Uppercase", "Upper", "Variation_Selector", "VS", "White_Space",
    "space", "XID_Continue", "XIDC", "XID_Start", "XIDS",
))
_SCRIPT_KEYS = ("Script", "sc", "Script_Extensions", "scx")


class RegexSyntaxError(ValueError):
    """Not an ECMA-262 regular expression; ``position`` is the offset where parsing stopped."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"{message} at offset {position}")
        self.message = message
        self.position = position


Item = tuple[Any, ...]  # ("range", lo, hi), ("esc", letter) or ("prop", negated, name)


class _Parser:
    def __init__(self, source: str) -> None:
        self.s = source
        self.i = 0
        self.groups = 0
        self.names: list[str] = []
        self.backrefs: list[tuple[int, int]] = []
        self.named_refs: list[tuple[str, int]] = []

    def fail(self, message: str) -> RegexSyntaxError:
        return RegexSyntaxError(message, self.i)

    def peek(self, k: int = 0) -> str:
        j = self.i + k
        return self.s[j] if j < len(self.s) else ""

    def parse(self) -> Node:
        node = self.disjunction()
        if self.i < len(self.s):
            raise self.fail(f"unexpected {self.s[self.i]!r}")
        for n, pos in self.backrefs:
            if n > self.groups:
                raise RegexSyntaxError(f"backreference \\{n} to a group that does not exist", pos)
        for name, pos in self.named_refs:
            if name not in self.names:
                raise RegexSyntaxError(f"\\k<{name}> names no group", pos)
        return ("pattern", node, self.groups, tuple(self.names))

    def disjunction(self) -> Node:
        alts = [self.alternative()]
        while self.peek() == "|":
            self.i += 1
            alts.append(self.alternative())
        return alts[0] if len(alts) == 1 else ("alt", tuple(alts))

    def alternative(self) -> Node:
        terms: list[Node] = []
        while self.i < len(self.s) and self.peek() not in ("|", ")"):
            terms.append(self.term())
        return ("seq", tuple(terms))

    def term(self) -> Node:
        c = self.peek()
        if c == "^":
            self.i += 1
            return ("bol",)
        if c == "$":
            self.i += 1
            return ("eol",)
        if c == "\\" and self.peek(1) in ("b", "B"):
            self.i += 2
            return ("wordb", self.s[self.i - 1] == "B")
        if c == "(" and self.peek(1) == "?" and (self.peek(2) in ("=", "!") or (
                self.peek(2) == "<" and self.peek(3) in ("=", "!"))):
            behind = self.peek(2) == "<"
            kind = ("<" if behind else "") + self.peek(3 if behind else 2)
            self.i += 4 if behind else 3
            inner = self.disjunction()
            self.expect(")")
            if self.peek() and self.peek() in "*+?{" and self.quantifier_ahead():
                raise self.fail("a lookaround assertion cannot be repeated")
            return ("look", kind, inner)
        atom = self.atom()
        return self.quantified(atom)

    def quantifier_ahead(self) -> bool:
        c = self.peek()
        if c in ("*", "+", "?"):
            return True
        return c == "{" and self._braces() is not None

    def _braces(self) -> tuple[int, int | None, int] | None:
        """``{n}``, ``{n,}``, ``{n,m}`` at the cursor: (min, max, length) or None."""
        j = self.i + 1
        s = self.s
        k = j
        while k < len(s) and s[k].isdigit() and s[k].isascii():
            k += 1
        if k == j:
            return None
        lo = int(s[j:k])
        if k < len(s) and s[k] == "}":
            return lo, lo, k + 1 - self.i
        if k >= len(s) or s[k] != ",":
            return None
        k += 1
        m = k
        while m < len(s) and s[m].isdigit() and s[m].isascii():
            m += 1
        if m >= len(s) or s[m] != "}":
            return None
        hi = int(s[k:m]) if m > k else None
        return lo, hi, m + 1 - self.i

    def quantified(self, atom: Node) -> Node:
        c = self.peek()
        if c in ("*", "+", "?"):
            self.i += 1
            lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[c]
        elif c == "{":
            braces = self._braces()
            if braces is None:
                raise self.fail("a lone '{' is not allowed (escape it as \\{)")
            lo, hi, length = braces
            if hi is not None and hi < lo:
                raise self.fail(f"numbers out of order in {{{lo},{hi}}} quantifier")
            self.i += length
        else:
            return atom
        greedy = True
        if self.peek() == "?":
            self.i += 1
            greedy = False
        return ("repeat", atom, lo, hi, greedy)

    def expect(self, ch: str) -> None:
        if self.peek() != ch:
            raise self.fail(f"expected {ch!r}")
        self.i += 1

    def atom(self) -> Node:
        c = self.peek()
        if c == ".":
            self.i += 1
            return ("any",)
        if c == "(":
            return self.group()
        if c == "[":
            return self.char_class()
        if c == "\\":
            return self.atom_escape()
        if c in ("*", "+", "?"):
            raise self.fail("nothing to repeat")
        if c in _SYNTAX:
            raise self.fail(f"{c!r} must be escaped")
        self.i += 1
        return ("char", ord(c))

    def group(self) -> Node:
        self.i += 1
        if self.peek() == "?":
            if self.peek(1) == ":":
                self.i += 2
                inner = self.disjunction()
                self.expect(")")
                return ("group", None, None, inner)
            if self.peek(1) == "<":
                self.i += 2
                name = self.group_name()
                if name in self.names:
                    raise self.fail(f"duplicate group name {name!r}")
                self.groups += 1
                index = self.groups
                self.names.append(name)
                inner = self.disjunction()
                self.expect(")")
                return ("group", index, name, inner)
            raise self.fail("invalid group (ECMA-262 has (?:, (?=, (?!, (?<=, (?<! and (?<name>)")
        self.groups += 1
        index = self.groups
        inner = self.disjunction()
        self.expect(")")
        return ("group", index, None, inner)

    def group_name(self) -> str:
        start = self.i
        out = []
        while True:
            c = self.peek()
            if c == ">":
                break
            if not c:
                raise self.fail("unterminated group name")
            if c == "\\":
                if self.peek(1) != "u":
                    raise self.fail("invalid escape in group name")
                self.i += 2
                out.append(chr(self.unicode_escape_body()))
                continue
            out.append(c)
            self.i += 1
        name = "".join(out)
        if not name or not (name[0].isidentifier() or name[0] == "$") or not all(
                (ch == "$" or ("a" + ch).isidentifier() or ch in "\u200c\u200d") for ch in name[1:]):
            raise RegexSyntaxError(f"invalid group name {name!r}", start)
        self.i += 1
        return name

    def atom_escape(self) -> Node:
        self.i += 1
        c = self.peek()
        if not c:
            raise self.fail("\\ at end of pattern")
        if c.isascii() and c.isdigit() and c != "0":
            start = self.i - 1
            j = self.i
            while j < len(self.s) and self.s[j].isascii() and self.s[j].isdigit():
                j += 1
            n = int(self.s[self.i:j])
            self.i = j
            self.backrefs.append((n, start))
            return ("backref", n)
        if c == "k":
            start = self.i - 1
            self.i += 1
            if self.peek() != "<":
                raise self.fail("\\k must be followed by <name>")
            self.i += 1
            name = self.group_name()
            self.named_refs.append((name, start))
            return ("namedref", name)
        if c in _CLASS_LETTERS:
            self.i += 1
            return ("esc", c)
        if c in ("p", "P"):
            return self.property_escape()
        return ("char", self.character_escape(in_class=False))

    def property_escape(self) -> Node:
        negated = self.peek() == "P"
        self.i += 1
        if self.peek() != "{":
            raise self.fail("\\p must be followed by {property}")
        end = self.s.find("}", self.i)
        if end < 0:
            raise self.fail("unterminated \\p{")
        body = self.s[self.i + 1:end]
        key, eq, value = body.partition("=")
        if eq:
            if key in ("General_Category", "gc") and value in GENERAL_CATEGORIES and value not in (
                    "digit", "punct", "cntrl"):
                name = value
            elif key in _SCRIPT_KEYS and value and value.replace("_", "").isalnum() and value.isascii():
                name = f"{key}={value}"
            else:
                raise self.fail(f"unknown Unicode property {body!r}")
        elif body in GENERAL_CATEGORIES or body in BINARY_PROPERTIES:
            name = body
        else:
            raise self.fail(f"unknown Unicode property {body!r}")
        self.i = end + 1
        return ("prop", negated, name)

    def character_escape(self, in_class: bool) -> int:
        """After the backslash: one code point (the cursor moves past the escape)."""
        c = self.peek()
        if c in _CONTROL_ESCAPES:
            self.i += 1
            return _CONTROL_ESCAPES[c]
        if c == "c":
            letter = self.peek(1)
            if letter.isascii() and letter.isalpha():
                self.i += 2
                return ord(letter) % 32
            raise self.fail("\\c must be followed by an ASCII letter")
        if c == "0" and not (self.peek(1).isascii() and self.peek(1).isdigit()):
            self.i += 1
            return 0
        if c == "x":
            h = self.s[self.i + 1:self.i + 3]
            if len(h) == 2 and all(ch in _HEX_DIGITS for ch in h):
                self.i += 3
                return int(h, 16)
            raise self.fail("\\x must be followed by two hexadecimal digits")
        if c == "u":
            self.i += 1
            return self.unicode_escape_body()
        if c in _SYNTAX or c == "/" or (in_class and c == "-"):
            self.i += 1
            return ord(c)
        raise self.fail(f"\\{c} is not an ECMA-262 escape")

    def unicode_escape_body(self) -> int:
        """After ``\\u``: ``XXXX`` (a surrogate pair of two escapes is one code point) or ``{X...}``."""
        if self.peek() == "{":
            end = self.s.find("}", self.i)
            digits = self.s[self.i + 1:end] if end > 0 else ""
            if not digits or not all(ch in _HEX_DIGITS for ch in digits) or int(digits, 16) > 0x10FFFF:
                raise self.fail("invalid \\u{...} escape")
            self.i = end + 1
            return int(digits, 16)
        h = self.s[self.i:self.i + 4]
        if len(h) != 4 or not all(ch in _HEX_DIGITS for ch in h):
            raise self.fail("\\u must be followed by four hexadecimal digits")
        self.i += 4
        cp = int(h, 16)
        if 0xD800 <= cp <= 0xDBFF and self.s.startswith("\\u", self.i):
            low = self.s[self.i + 2:self.i + 6]
            if len(low) == 4 and all(ch in _HEX_DIGITS for ch in low) and 0xDC00 <= int(low, 16) <= 0xDFFF:
                self.i += 6
                return 0x10000 + ((cp - 0xD800) << 10) + (int(low, 16) - 0xDC00)
        return cp

    def char_class(self) -> Node:
        self.i += 1
        negated = False
        if self.peek() == "^":
            negated = True
            self.i += 1
        items: list[Item] = []
        while True:
            c = self.peek()
            if not c:
                raise self.fail("unterminated character class")
            if c == "]":
                self.i += 1
                break
            first = self.class_atom()
            if self.peek() == "-" and self.peek(1) not in ("]", ""):
                self.i += 1
                second = self.class_atom()
                if first[0] != "cp" or second[0] != "cp":
                    raise self.fail("a character class escape cannot bound a range")
                if first[1] > second[1]:
                    raise self.fail("range out of order in character class")
                items.append(("range", first[1], second[1]))
            elif first[0] == "cp":
                items.append(("range", first[1], first[1]))
            else:
                items.append(first[1])
        return ("class", negated, tuple(items))

    def class_atom(self) -> tuple[str, Any]:
        c = self.peek()
        if c != "\\":
            self.i += 1
            return ("cp", ord(c))
        self.i += 1
        c = self.peek()
        if c == "b":
            self.i += 1
            return ("cp", 8)
        if c in _CLASS_LETTERS:
            self.i += 1
            return ("set", ("esc", c))
        if c in ("p", "P"):
            return ("set", self.property_escape())
        if c.isascii() and c.isdigit() and c != "0":
            raise self.fail("backreferences are not allowed in a character class")
        if c == "0" and self.peek(1).isascii() and self.peek(1).isdigit():
            raise self.fail("octal escapes are not allowed")
        return ("cp", self.character_escape(in_class=True))


def parse(pattern: str) -> Node:
    """The syntax tree of an ECMA-262 (Unicode mode) pattern; RegexSyntaxError if it is not one."""
    return _Parser(pattern).parse()


def is_regex(value: str) -> bool:
    """``format: regex``: ``value`` is an ECMA-262 regular expression."""
    try:
        parse(value)
    except (RegexSyntaxError, RecursionError):
        return False
    return True
