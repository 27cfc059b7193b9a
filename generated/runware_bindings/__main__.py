"""``python -m runware_bindings validate FILE|-``: check task payloads with these bindings alone.

The same command as the generator's ``validate`` (same inputs, output and exit statuses: 0 valid,
1 invalid, 2 unusable); generated, do not edit by hand.
"""

import sys

from ._runtime.cli import bindings_main
from .registry import check

if __name__ == "__main__":
    sys.exit(bindings_main(check))
