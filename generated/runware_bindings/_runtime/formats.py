"""The ``format`` checks of JSON Schema 2020-12, each as its RFC says (stdlib only; copied into the
generated package).

Every check matches the whole string (a trailing newline is never allowed), counts only ASCII
digits as digits, and is called with a ``str``: the validators test the type first, since a format
says nothing about other types. Sources: dates and times RFC 3339 (with its appendix A for
durations); ``email`` RFC 5321 section 4.1.2, ``idn-email`` RFC 6531; host names RFC 1123 and
IDNA2008 (``hostnames.py``); ``ipv4`` RFC 2673 dotted-quad, ``ipv6`` RFC 4291 section 2.2; ``uri``
and ``uri-reference`` RFC 3986, ``iri`` and ``iri-reference`` RFC 3987; ``uri-template`` RFC 6570;
``uuid`` RFC 4122; ``json-pointer`` RFC 6901; ``relative-json-pointer`` the 2020-12 companion
draft; ``regex`` ECMA-262 (``ecmaregex.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .ecmaregex import is_regex
from .hostnames import is_hostname, is_idn_hostname

__all__ = [
    "FORMAT_CHECKS", "is_date", "is_date_time", "is_duration", "is_email", "is_hostname",
    "is_idn_email", "is_idn_hostname", "is_ipv4", "is_ipv6", "is_iri", "is_iri_reference",
    "is_json_pointer", "is_regex", "is_relative_json_pointer", "is_time", "is_uri",
    "is_uri_reference", "is_uri_template", "is_uuid",
]

_HEX = "[0-9A-Fa-f]"
_UNRESERVED = "A-Za-z0-9\\-._~"
_SUB_DELIMS = "!$&'()*+,;="
_PCT = f"%{_HEX}{_HEX}"
_H16 = f"{_HEX}{{1,4}}"
_DEC_OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])"
_IPV4 = f"{_DEC_OCTET}\\.{_DEC_OCTET}\\.{_DEC_OCTET}\\.{_DEC_OCTET}"
_LS32 = f"(?:{_H16}:{_H16}|{_IPV4})"
_IPV6 = "(?:" + "|".join(
    [
        f"(?:{_H16}:){{6}}{_LS32}",
        f"::(?:{_H16}:){{5}}{_LS32}",
        f"(?:{_H16})?::(?:{_H16}:){{4}}{_LS32}",
        f"(?:(?:{_H16}:){{0,1}}{_H16})?::(?:{_H16}:){{3}}{_LS32}",
        f"(?:(?:{_H16}:){{0,2}}{_H16})?::(?:{_H16}:){{2}}{_LS32}",
        f"(?:(?:{_H16}:){{0,3}}{_H16})?::{_H16}:{_LS32}",
        f"(?:(?:{_H16}:){{0,4}}{_H16})?::{_LS32}",
        f"(?:(?:{_H16}:){{0,5}}{_H16})?::{_H16}",
        f"(?:(?:{_H16}:){{0,6}}{_H16})?::",
    ]
) + ")"
_IPVFUTURE = f"[Vv]{_HEX}+\\.[{_UNRESERVED}{_SUB_DELIMS}:]+"

# RFC 3987: the characters an IRI adds to a URI.
_UCSCHAR = ("\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef\U00010000-\U0001fffd\U00020000-\U0002fffd"
            "\U00030000-\U0003fffd\U00040000-\U0004fffd\U00050000-\U0005fffd\U00060000-\U0006fffd"
            "\U00070000-\U0007fffd\U00080000-\U0008fffd\U00090000-\U0009fffd\U000a0000-\U000afffd"
            "\U000b0000-\U000bfffd\U000c0000-\U000cfffd\U000d0000-\U000dfffd\U000e1000-\U000efffd")
_IPRIVATE = "\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd"


def _reference_grammar(extra: str, query_extra: str) -> tuple[str, str]:
    """(absolute, relative) reference expressions of RFC 3986, or RFC 3987 with ``extra`` chars."""
    unreserved = f"{_UNRESERVED}{extra}"
    pchar = f"(?:[{unreserved}{_SUB_DELIMS}:@]|{_PCT})"
    host = f"(?:\\[(?:{_IPV6}|{_IPVFUTURE})\\]|(?:[{unreserved}{_SUB_DELIMS}]|{_PCT})*)"
    userinfo = f"(?:[{unreserved}{_SUB_DELIMS}:]|{_PCT})*"
    authority = f"(?:{userinfo}@)?{host}(?::[0-9]*)?"
    segment = f"{pchar}*"
    segment_nz = f"{pchar}+"
    segment_nz_nc = f"(?:[{unreserved}{_SUB_DELIMS}@]|{_PCT})+"
    query = f"(?:{pchar}|[/?{query_extra}])*"
    fragment = f"(?:{pchar}|[/?])*"
    tail = f"(?:\\?{query})?(?:#{fragment})?"
    hier = (f"(?://{authority}(?:/{segment})*|/(?:{segment_nz}(?:/{segment})*)?"
            f"|{segment_nz}(?:/{segment})*|)")
    relative = (f"(?://{authority}(?:/{segment})*|/(?:{segment_nz}(?:/{segment})*)?"
                f"|{segment_nz_nc}(?:/{segment})*|)")
    absolute = f"[A-Za-z][A-Za-z0-9+\\-.]*:{hier}{tail}"
    return absolute, f"{relative}{tail}"


_URI, _RELATIVE_REF = _reference_grammar("", "")
_IRI, _IRELATIVE_REF = _reference_grammar(_UCSCHAR, _IPRIVATE)

_uri_full = re.compile(_URI).fullmatch
# A cheap sufficient condition for the common case (scheme://host[:port] then a path and query of
# plain characters: no % escapes, userinfo, brackets or fragment); a string it rejects goes to the
# full grammar. One character class after the authority covers both: a path is pchars and "/",
# and once a "?" starts the query, pchars, "/" and "?" are all allowed.
_uri_common = re.compile(
    f"[A-Za-z][A-Za-z0-9+\\-.]*://[{_UNRESERVED}{_SUB_DELIMS}]*(?::[0-9]*)?"
    f"(?:[/?][{_UNRESERVED}{_SUB_DELIMS}:@/?]*)?"
).fullmatch
_uri_reference = re.compile(f"{_URI}|{_RELATIVE_REF}").fullmatch
_iri = re.compile(_IRI).fullmatch
_iri_reference = re.compile(f"{_IRI}|{_IRELATIVE_REF}").fullmatch
_uuid = re.compile(f"{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}").fullmatch
_ipv4 = re.compile(_IPV4).fullmatch
_ipv6 = re.compile(_IPV6).fullmatch


def is_uri(value: str) -> bool:
    """RFC 3986 ``URI`` (absolute, with a scheme; fragment allowed)."""
    return _uri_common(value) is not None or _uri_full(value) is not None


def is_uri_reference(value: str) -> bool:
    """RFC 3986 ``URI-reference``: a URI or a relative reference."""
    return _uri_reference(value) is not None


def is_iri(value: str) -> bool:
    """RFC 3987 ``IRI``."""
    return _iri(value) is not None


def is_iri_reference(value: str) -> bool:
    """RFC 3987 ``IRI-reference``."""
    return _iri_reference(value) is not None


def is_uuid(value: str) -> bool:
    """RFC 4122 string form: 8-4-4-4-12 hexadecimal digits, any version."""
    return _uuid(value) is not None


def is_ipv4(value: str) -> bool:
    """Dotted-quad: four decimal octets, no leading zeros."""
    return _ipv4(value) is not None


def is_ipv6(value: str) -> bool:
    """RFC 4291 text form (``::`` compression, embedded IPv4); no zone identifier."""
    return _ipv6(value) is not None


# -- dates and times (RFC 3339 section 5.6) ------------------------------------------------
_DATE = "([0-9]{4})-([0-9]{2})-([0-9]{2})"
_TIME = "([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.[0-9]+)?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))"
_date = re.compile(_DATE).fullmatch
_time = re.compile(_TIME).fullmatch
_date_time = re.compile(f"{_DATE}[Tt]{_TIME}").fullmatch
_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _date_ok(year: str, month: str, day: str) -> bool:
    y, m, d = int(year), int(month), int(day)
    if not 1 <= m <= 12:
        return False
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    return 1 <= d <= (29 if m == 2 and leap else _DAYS[m - 1])


def _time_ok(hour: str, minute: str, second: str, sign: str | None, off_h: str | None,
             off_m: str | None) -> bool:
    h, m, s = int(hour), int(minute), int(second)
    if h > 23 or m > 59 or s > 60:
        return False
    if sign is not None:
        oh, om = int(off_h or 0), int(off_m or 0)
        if oh > 23 or om > 59:
            return False
    else:
        oh = om = 0
    if s == 60:  # a leap second happens at 23:59:60 UTC only
        offset = (oh * 60 + om) * (1 if sign == "+" else -1)
        utc = (h * 60 + m - offset) % (24 * 60)
        return utc == 23 * 60 + 59
    return True


def is_date(value: str) -> bool:
    """RFC 3339 ``full-date`` with a real day of the month."""
    m = _date(value)
    return m is not None and _date_ok(*m.groups())


def is_time(value: str) -> bool:
    """RFC 3339 ``full-time`` (the offset is required; leap seconds at 23:59:60 UTC)."""
    m = _time(value)
    return m is not None and _time_ok(*m.groups())


def is_date_time(value: str) -> bool:
    """RFC 3339 ``date-time``."""
    m = _date_time(value)
    if m is None:
        return False
    g = m.groups()
    return _date_ok(*g[:3]) and _time_ok(*g[3:])


_duration = re.compile(
    "P(?:(?:[0-9]+D|[0-9]+M(?:[0-9]+D)?|[0-9]+Y(?:[0-9]+M(?:[0-9]+D)?)?)"
    "(?:T(?:[0-9]+H(?:[0-9]+M(?:[0-9]+S)?)?|[0-9]+M(?:[0-9]+S)?|[0-9]+S))?"
    "|T(?:[0-9]+H(?:[0-9]+M(?:[0-9]+S)?)?|[0-9]+M(?:[0-9]+S)?|[0-9]+S)"
    "|[0-9]+W)"
).fullmatch


def is_duration(value: str) -> bool:
    """RFC 3339 appendix A ``duration``."""
    return _duration(value) is not None


# -- e-mail addresses ----------------------------------------------------------------------
_ATEXT = "A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~"
_dot_string = re.compile(f"[{_ATEXT}]+(?:\\.[{_ATEXT}]+)*").fullmatch
_quoted = re.compile('"(?:[ !#-\\[\\]-~]|\\\\[ -~])*"').fullmatch
_idn_dot_string = re.compile(f"[{_ATEXT}\\u0080-\\U0010ffff]+(?:\\.[{_ATEXT}\\u0080-\\U0010ffff]+)*").fullmatch
_idn_quoted = re.compile('"(?:[ !#-\\[\\]-~\\u0080-\\U0010ffff]|\\\\[ -~])*"').fullmatch
_general_literal = re.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?:[!-Z^-~]+").fullmatch


def _mailbox(value: str, idn: bool) -> bool:
    at = value.rfind("@")
    if at <= 0:
        return False
    local, domain = value[:at], value[at + 1:]
    if len(local.encode("utf-8", "surrogatepass")) > 64:
        return False
    if idn:
        if _idn_dot_string(local) is None and _idn_quoted(local) is None:
            return False
    elif _dot_string(local) is None and _quoted(local) is None:
        return False
    if domain.startswith("[") and domain.endswith("]"):
        literal = domain[1:-1]
        if literal.startswith("IPv6:"):
            return is_ipv6(literal[5:])
        return is_ipv4(literal) or (_general_literal(literal) is not None and not literal[:1].isdigit())
    return is_idn_hostname(domain) if idn else is_hostname(domain)


def is_email(value: str) -> bool:
    """RFC 5321 ``Mailbox``: dot-string or quoted local part, host name or address literal."""
    return _mailbox(value, idn=False)


def is_idn_email(value: str) -> bool:
    """RFC 6531 ``Mailbox``: as ``email``, with UTF-8 in the local part and U-labels."""
    return _mailbox(value, idn=True)


# -- JSON pointers, URI templates ------------------------------------------------------------
_json_pointer = re.compile("(?:/(?:[^~/]|~[01])*)*", re.DOTALL).fullmatch
_relative_json_pointer = re.compile("(?:0|[1-9][0-9]*)(?:#|(?:/(?:[^~/]|~[01])*)*)", re.DOTALL).fullmatch

_LITERAL = f"[!#$&-;=?-\\[\\]_a-z~{_UCSCHAR}{_IPRIVATE}]|{_PCT}"
_VARCHAR = f"(?:[A-Za-z0-9_]|{_PCT})"
_VARSPEC = f"{_VARCHAR}(?:\\.?{_VARCHAR})*(?::[1-9][0-9]{{0,3}}|\\*)?"
_uri_template = re.compile(f"(?:{_LITERAL}|\\{{[+#./;?&]?{_VARSPEC}(?:,{_VARSPEC})*\\}})*").fullmatch


def is_json_pointer(value: str) -> bool:
    """RFC 6901: empty, or ``/``-separated tokens where ``~`` is only ``~0`` or ``~1``."""
    return _json_pointer(value) is not None


def is_relative_json_pointer(value: str) -> bool:
    """A non-negative integer (no leading zeros), then ``#`` or a JSON pointer."""
    return _relative_json_pointer(value) is not None


def is_uri_template(value: str) -> bool:
    """RFC 6570 (level 4) template: literals and ``{op var:n,var*}`` expressions."""
    return _uri_template(value) is not None


FORMAT_CHECKS: dict[str, Callable[[str], bool]] = {
    "date": is_date, "date-time": is_date_time, "duration": is_duration, "email": is_email,
    "hostname": is_hostname, "idn-email": is_idn_email, "idn-hostname": is_idn_hostname,
    "ipv4": is_ipv4, "ipv6": is_ipv6, "iri": is_iri, "iri-reference": is_iri_reference,
    "json-pointer": is_json_pointer, "regex": is_regex, "relative-json-pointer": is_relative_json_pointer,
    "time": is_time, "uri": is_uri, "uri-reference": is_uri_reference, "uri-template": is_uri_template,
    "uuid": is_uuid,
}
