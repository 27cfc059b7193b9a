"""The 2020-12 formats (runtime/formats.py): each as its RFC says, whole strings only; asserted for
model validators and on request for ``compile``, an annotation otherwise (the 2020-12 default)."""

from __future__ import annotations

import pytest

from generator.compiler import compile_schema
from generator.compiler.vocabulary import FORMATS
from generator.runtime.formats import FORMAT_CHECKS

VALID = {
    "date-time": "2024-02-29T23:59:60Z", "date": "2000-02-29", "time": "00:29:60-23:30", "duration": "P1Y2M3DT4H5M6S",
    "email": "\"a b\"@[IPv6:::1]", "idn-email": "δοκιμή@παράδειγμα.δοκιμή", "hostname": "xn--9n2bp8q.xn--9t4b11yi5a",
    "idn-hostname": "실례.테스트", "ipv4": "192.168.0.1", "ipv6": "::ffff:192.168.0.1",
    "uri": "https://example.com/a?b#c", "uri-reference": "../a?b", "iri": "http://ƒøø.ßår/π",
    "iri-reference": "//ƒøø/π", "uri-template": "/search{?q,lang}{#frag}", "uuid": "5F0C1F38-7D2C-4B51-9A3E-0D5C1E9A2B47",
    "json-pointer": "/a~1b/~0c/0", "relative-json-pointer": "2/a/b", "regex": "^(?<y>\\d{4})-\\k<y>$",
}
INVALID = {
    "date-time": "2023-02-29T00:00:00Z", "date": "1900-02-29", "time": "23:59:60+01:00", "duration": "P1Y2D",
    "email": "a..b@example.com", "idn-email": "a@b@c", "hostname": "-a.example", "idn-hostname": "a\u200db",
    "ipv4": "01.2.3.4", "ipv6": "1::2::3", "uri": "/relative", "uri-reference": "a b", "iri": "π",
    "iri-reference": "a\\b", "uri-template": "{a b}", "uuid": "5f0c1f38-7d2c-4b51-9a3e-0d5c1e9a2b4",
    "json-pointer": "a/b", "relative-json-pointer": "-1", "regex": "(?P<n>x)",
}


def test_every_format_of_the_vocabulary_has_a_check() -> None:
    assert set(FORMAT_CHECKS) == set(FORMATS) == set(VALID) == set(INVALID)


# A newline is an ordinary character in a JSON pointer token and in a regular expression.
_NEWLINE_ALLOWED = ("json-pointer", "relative-json-pointer", "regex")


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_each_format_at_its_edges(fmt: str) -> None:
    check = FORMAT_CHECKS[fmt]
    assert check(VALID[fmt]) and not check(INVALID[fmt])
    if fmt not in _NEWLINE_ALLOWED:
        assert not check(VALID[fmt] + "\n"), "a trailing newline is not part of the value"
        assert not check(VALID[fmt] + " ") and not check(" " + VALID[fmt])


@pytest.mark.parametrize(
    ("fmt", "value"),
    [("date", "2024-0\u09ea-01"), ("time", "0\u09ea:00:00Z"), ("date-time", "2024-01-01T0\u09ea:00:00Z"),
     ("ipv4", "1.2.3.\u09ea"), ("duration", "P\u09eaD"), ("relative-json-pointer", "\u09ea/a"),
     ("ipv6", "::\u09ea"), ("uuid", "5f0c1f38-7d2c-4b51-9a3e-0d5c1e9a2b4\u09ea")],
)
def test_only_ascii_digits_are_digits(fmt: str, value: str) -> None:
    assert not FORMAT_CHECKS[fmt](value)
    assert FORMAT_CHECKS[fmt](value.replace("\u09ea", "4"))


def test_format_is_an_annotation_unless_asserted() -> None:
    schema = {"properties": {"d": {"format": "date"}, "u": {"format": "uuid"}}}
    bad = {"d": "yesterday", "u": "no"}
    assert compile_schema(schema).is_valid(bad)  # the 2020-12 default
    asserted = compile_schema(schema, formats="assert")
    assert [e.path for e in asserted.validate(bad)] == ["d", "u"]
    assert asserted.is_valid({"d": "2024-01-31", "u": "5f0c1f38-7d2c-4b51-9a3e-0d5c1e9a2b47", "x": 1})
    assert asserted.is_valid({"d": 5})  # a format says nothing about other types


def test_a_meta_schema_with_the_format_assertion_vocabulary_asserts() -> None:
    meta = {"$id": "https://example.com/meta", "$vocabulary": {
        "https://json-schema.org/draft/2020-12/vocab/core": True,
        "https://json-schema.org/draft/2020-12/vocab/format-assertion": False}}
    schema = {"$schema": "https://example.com/meta", "format": "ipv4"}
    assert not compile_schema(schema, registry={"https://example.com/meta": meta}).is_valid("1.2.3")


def test_an_unknown_format_is_an_annotation_reported_at_compile_time() -> None:
    v = compile_schema({"properties": {"c": {"format": "color"}}}, formats="assert")
    assert v.is_valid({"c": "not checked"})
    assert v.warnings == ["/properties/c/format: unknown format 'color' is an annotation: nothing checks it"]


def test_a_pattern_that_implies_the_format_is_checked_once_and_reports_both() -> None:
    schema = {"type": "string", "format": "uuid",
              "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"}
    v = compile_schema(schema, formats="assert")
    boolean = v.source[v.source.index("def _b"):v.source.index("def validate")]
    assert "is_uuid(" not in boolean  # the boolean pass relies on the pattern alone
    assert v.is_valid("5f0c1f38-7d2c-4b51-9a3e-0d5c1e9a2b47")
    assert [e.rule for e in v.validate("nope")] == ["pattern", "format"]
    assert [e.rule for e in v.validate("5f0c1f38-7d2c-1b51-9a3e-0d5c1e9a2b47")] == ["pattern"]  # version 1
