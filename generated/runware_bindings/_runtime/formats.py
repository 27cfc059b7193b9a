"""Format checks used by generated validators (stdlib only; copied into the generated package).

``uri`` follows the ``URI`` rule of RFC 3986 appendix A; ``uuid`` the string form of RFC 4122
(8-4-4-4-12 hexadecimal digits). Both match the whole string: a trailing newline is not allowed.
"""

from __future__ import annotations

import re

_HEX = "[0-9A-Fa-f]"
_UNRESERVED = "A-Za-z0-9\\-._~"
_SUB_DELIMS = "!$&'()*+,;="
_PCT = f"%{_HEX}{_HEX}"
_PCHAR = f"(?:[{_UNRESERVED}{_SUB_DELIMS}:@]|{_PCT})"
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
_IPVFUTURE = f"v{_HEX}+\\.[{_UNRESERVED}{_SUB_DELIMS}:]+"
_HOST = f"(?:\\[(?:{_IPV6}|{_IPVFUTURE})\\]|(?:[{_UNRESERVED}{_SUB_DELIMS}]|{_PCT})*)"
_USERINFO = f"(?:[{_UNRESERVED}{_SUB_DELIMS}:]|{_PCT})*"
_AUTHORITY = f"(?:{_USERINFO}@)?{_HOST}(?::[0-9]*)?"
_SEGMENT = f"{_PCHAR}*"
_SEGMENT_NZ = f"{_PCHAR}+"
_HIER_PART = (
    f"(?://{_AUTHORITY}(?:/{_SEGMENT})*"
    f"|/(?:{_SEGMENT_NZ}(?:/{_SEGMENT})*)?"
    f"|{_SEGMENT_NZ}(?:/{_SEGMENT})*"
    "|)"
)
_QUERY = f"(?:{_PCHAR}|[/?])*"
_URI = f"[A-Za-z][A-Za-z0-9+\\-.]*:{_HIER_PART}(?:\\?{_QUERY})?(?:#{_QUERY})?"

_uri_full = re.compile(_URI).fullmatch
# A cheap sufficient condition for the common case (http(s) URL, plain host, no % escapes, no
# brackets); anything it rejects goes to the full grammar.
_uri_common = re.compile(
    f"[A-Za-z][A-Za-z0-9+\\-.]*://[A-Za-z0-9\\-._~]*(?::[0-9]*)?"
    f"(?:/[{_UNRESERVED}{_SUB_DELIMS}:@]*)*(?:\\?[{_UNRESERVED}{_SUB_DELIMS}:@/?]*)?"
).fullmatch
_uuid = re.compile(f"{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}").fullmatch


def is_uri(value: str) -> bool:
    """RFC 3986 ``URI`` (absolute, with a scheme; fragment allowed)."""
    return _uri_common(value) is not None or _uri_full(value) is not None


def is_uuid(value: str) -> bool:
    """RFC 4122 string form: 8-4-4-4-12 hexadecimal digits, any version."""
    return _uuid(value) is not None


FORMAT_CHECKS = {"uri": is_uri, "uuid": is_uuid}
