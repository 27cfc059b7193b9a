"""The package's own modules: importing it loads no model and no httpx, a model's modules load when
its first payload arrives, and the client's names load on first use (or say how to get httpx)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.helpers import ROOT, VALID_KREA


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, check=False)


LOADED = ("sorted(m for m in sys.modules if m.startswith('runware_bindings.') and "
          "not m.startswith('runware_bindings._runtime') or m in ('httpx', 'hypothesis'))")


def test_importing_the_package_loads_no_model_and_no_httpx() -> None:
    res = _python("import sys, json, runware_bindings as rb\n"
                  f"print(json.dumps({LOADED}))\n"
                  f"print(json.dumps(rb.validate({VALID_KREA!r})))\n"
                  f"print(json.dumps({LOADED}))\n"
                  "rb.check({'model': 'openai:gpt-image@2'})\n"
                  f"print(json.dumps({LOADED}))\n")
    assert res.returncode == 0, res.stderr
    before, errors, after_one, after_two = (json.loads(line) for line in res.stdout.splitlines())
    assert before == ["runware_bindings.registry"]
    assert errors == []
    assert after_one == ["runware_bindings.krea_2_medium", "runware_bindings.krea_2_medium.types",
                         "runware_bindings.krea_2_medium.validator", "runware_bindings.registry"]
    assert set(after_two) - set(after_one) == {
        "runware_bindings.gpt_image_2", "runware_bindings.gpt_image_2.types", "runware_bindings.gpt_image_2.validator"}


def test_dispatch_is_unchanged_for_odd_model_values() -> None:
    import runware_bindings as rb
    from runware_bindings.registry import CHECKERS, RESPONSE_VALIDATORS

    for payload in ({"model": ["krea:krea@2-medium"]}, {"model": {"a": 1}}, {"model": 1}, {"model": None},
                    [], "x", {"taskType": "imageInference"}):
        [error] = rb.validate(payload)
        assert error.rule in ("model", "type", "required"), (payload, error)
        assert rb.check(payload).errors == [error]
    assert rb.validate_response("nope", {})[0].rule == "model"
    assert "krea:krea@2-medium" in CHECKERS and "nope" not in CHECKERS
    assert sorted(CHECKERS) == sorted(rb.MODELS) and len(RESPONSE_VALIDATORS) == len(rb.MODELS)
    assert CHECKERS["krea:krea@2-medium"]({**VALID_KREA, "width": 5}).errors


def test_the_client_names_load_on_first_use_and_are_what_they_were() -> None:
    res = _python("import sys, runware_bindings as rb\n"
                  "assert 'httpx' not in sys.modules and 'runware_bindings.client' not in sys.modules\n"
                  "from runware_bindings import Runware, AsyncRunware, InvalidRequestError, parse_webhook\n"
                  "import runware_bindings.client as c, runware_bindings._runtime.errors as e\n"
                  "assert Runware is c.Runware and AsyncRunware is c.AsyncRunware and parse_webhook is c.parse_webhook\n"
                  "assert InvalidRequestError is e.InvalidRequestError and rb.Runware is Runware\n"
                  "assert set(rb.__all__) <= set(dir(rb)), set(rb.__all__) - set(dir(rb))\n"
                  "try:\n    rb.Runwar\nexcept AttributeError as exc:\n    print(exc)\n")
    assert res.returncode == 0, res.stderr
    assert res.stdout == "module 'runware_bindings' has no attribute 'Runwar'\n"


def test_without_httpx_the_client_says_which_extra_brings_it() -> None:
    block = "import sys; sys.modules['httpx'] = None  # as if it were not installed\n"
    expected = ("the Runware client needs httpx, which is not installed: "
                "pip install 'runware-bindings[client]'")
    for statement in ("from runware_bindings import Runware", "import runware_bindings.client",
                      "from runware_bindings.krea_2_medium.client import build_task"):
        res = _python(block + "import runware_bindings as rb\n"
                      f"assert rb.validate({VALID_KREA!r}) == []\n"
                      f"try:\n    {statement}\nexcept ImportError as exc:\n"
                      "    print(type(exc).__name__, exc.name, exc)\n")
        assert res.returncode == 0, res.stderr
        assert res.stdout == f"ModuleNotFoundError httpx {expected}\n", statement


def test_the_package_runs_as_a_module() -> None:
    res = subprocess.run([sys.executable, "-m", "runware_bindings", "validate", "-"], cwd=ROOT,
                         input=json.dumps(VALID_KREA), capture_output=True, text=True, timeout=300, check=False)
    assert (res.returncode, res.stdout) == (0, "<stdin>: valid\n"), res.stderr
    res = subprocess.run([sys.executable, "-m", "runware_bindings"], cwd=ROOT, capture_output=True, text=True,
                         timeout=300, check=False)
    assert res.returncode == 2 and "usage: python -m runware_bindings" in res.stderr


def test_the_client_loads_a_model_when_its_namespace_is_first_used() -> None:
    res = _python("import sys, json\n"
                  "from runware_bindings import Runware, AsyncRunware\n"
                  f"print(json.dumps({LOADED}))\n"
                  "client = Runware('key', base_url='http://127.0.0.1:9/v1')\n"
                  "assert type(client.krea_2_medium).__name__ == 'Krea2Medium'\n"
                  f"print(json.dumps({LOADED}))\n"
                  "assert type(AsyncRunware('key').gpt_image_2).__name__ == 'AsyncGptImage2'\n"
                  f"print(json.dumps({LOADED}))\n")
    assert res.returncode == 0, res.stderr
    at_import, after_krea, after_gpt = (json.loads(line) for line in res.stdout.splitlines())
    assert at_import == ["httpx", "runware_bindings.client", "runware_bindings.registry"]
    assert set(after_krea) - set(at_import) == {
        "runware_bindings.krea_2_medium", "runware_bindings.krea_2_medium.client",
        "runware_bindings.krea_2_medium.types", "runware_bindings.krea_2_medium.validator"}
    assert {m.split(".")[1] for m in set(after_gpt) - set(after_krea)} == {"gpt_image_2"}
