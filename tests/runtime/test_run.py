"""``client.run`` with raw task dicts: batches, routing by taskUUID, per-task errors, async waits."""

from __future__ import annotations

import asyncio
import copy
import uuid

import pytest
from runware_bindings import (
    BadRequestError,
    InvalidRequestError,
    Runware,
    TaskFailedError,
    TimeoutError,
)

from generator.server import LocalServer

from ..helpers import VALID_KREA
from .conftest import make_async_client


def _task(**changes: object) -> dict[str, object]:
    task = {**copy.deepcopy(VALID_KREA), "taskUUID": str(uuid.uuid4())}
    task.update(changes)
    return task


def test_a_batch_mixing_valid_and_invalid_tasks_keeps_them_apart(client: Runware) -> None:
    good = _task(numberResults=2, outputType="base64Data")
    bad = _task(width=1000, outputQuality=3)
    other = _task(outputType="dataURI")
    run = client.run([good, bad, other], validate=False)  # let the server judge the bad one
    assert run.status == 200
    assert len(run[good["taskUUID"]].results) == 2 and run[good["taskUUID"]].ok
    assert len(run[other["taskUUID"]].results) == 1
    bad_outcome = run[bad["taskUUID"]]
    assert bad_outcome.results == []
    codes = sorted(e.code or "" for e in bad_outcome.errors)
    assert codes == ["invalidDimensions", "invalidOutputQuality"]
    assert all(isinstance(e, BadRequestError) for e in bad_outcome.errors)
    quality = next(e for e in bad_outcome.errors if e.code == "invalidOutputQuality")
    assert quality.parameter == "outputQuality"
    assert quality.documentation == "https://runware.ai/docs/models/krea-2-medium#request-outputquality"
    assert quality.task_uuid == bad["taskUUID"]
    assert quality.error["taskType"] == "imageInference"  # the whole server object is kept
    assert len(run.results) == 3 and len(run.errors) == 2
    with pytest.raises(BadRequestError):
        run.raise_for_errors()


def test_a_batch_where_every_task_fails_is_still_routed(client: Runware) -> None:
    bad = _task(width=1000)
    run = client.run([bad], validate=False)
    assert run.status == 400
    assert run[bad["taskUUID"]].errors[0].code == "invalidDimensions"
    assert run[bad["taskUUID"]].errors[0].parameter == ["width", "height"]


def test_run_validates_known_models_locally_and_sends_nothing(client: Runware,
                                                              server: LocalServer) -> None:
    before = server.request_count
    with pytest.raises(InvalidRequestError) as info:
        client.run([_task(), _task(width=1000), _task(seed=-1)])
    assert sorted(e.path for e in info.value.errors) == ["[1]", "[2].seed"]
    assert server.request_count == before


def test_run_never_mutates_the_callers_tasks_and_fills_in_uuids(client: Runware) -> None:
    task = {k: v for k, v in VALID_KREA.items() if k != "taskUUID"}
    snapshot = copy.deepcopy(task)
    run = client.run(task)
    assert task == snapshot
    [(task_uuid, outcome)] = run.tasks.items()
    assert uuid.UUID(task_uuid).version == 4 and len(outcome.results) == 1


def test_reusing_a_task_uuid_is_a_server_conflict(client: Runware) -> None:
    task = _task()
    client.run(task)
    run = client.run(task)
    assert [e.code for e in run.errors] == ["conflictTaskUUID"]


def test_async_tasks_in_a_batch_are_awaited_together(client: Runware,
                                                     server: LocalServer) -> None:
    a = _task(deliveryMethod="async", numberResults=3, outputType="base64Data")
    b = _task(deliveryMethod="async", outputType="URL")
    c = _task()
    run = client.run([a, b, c])
    assert [len(run[t["taskUUID"]].results) for t in (a, b, c)] == [3, 1, 1]
    assert all(r.image_uuid for r in run.results)


def test_failed_generations_surface_as_errors_beside_finished_ones(client: Runware,
                                                                   server: LocalServer) -> None:
    server.faults.fail_results(1)
    task = _task(deliveryMethod="async", numberResults=3)
    run = client.run(task)
    outcome = run[task["taskUUID"]]
    assert len(outcome.results) == 2
    assert len(outcome.errors) == 1 and isinstance(outcome.errors[0], TaskFailedError)
    assert outcome.errors[0].code == "generationFailed"
    server.faults.fail_results(1)
    with pytest.raises(TaskFailedError):
        client.krea_2_medium.generate(positive_prompt="p", width=1024, height=1024,
                                      delivery_method="async")


def test_sync_failed_generation_is_a_per_task_error(client: Runware, server: LocalServer) -> None:
    server.faults.fail_results(1)
    task = _task(numberResults=2)
    run = client.run(task)
    assert len(run[task["taskUUID"]].results) == 1
    assert [e.code for e in run[task["taskUUID"]].errors] == ["generationFailed"]


def test_wait_false_then_wait(client: Runware) -> None:
    task = _task(deliveryMethod="async", numberResults=2)
    run = client.run(task, wait=False)
    assert run.results == []  # the acknowledgement is not a result
    images = client.wait(task["taskUUID"], number_results=2)
    assert len(images) == 2


def test_the_async_wait_has_an_overall_timeout(server: LocalServer) -> None:
    with LocalServer(api_key="slow-key", async_duration=30.0) as slow, \
            Runware("slow-key", base_url=slow.base_url) as client:
        task = _task(deliveryMethod="async")
        with pytest.raises(TimeoutError) as info:
            client.run(task, wait_timeout=0.3)
    assert task["taskUUID"] in str(info.value)
    assert "0 of 1" in str(info.value)
    assert info.value.partial is not None


def test_async_client_run_batch(server: LocalServer) -> None:
    async def main() -> None:
        async with make_async_client(server) as client:
            a, bad = _task(deliveryMethod="async", numberResults=2), _task(width=1000)
            run = await client.run([a, bad], validate=False)
            assert len(run[a["taskUUID"]].results) == 2
            assert run[bad["taskUUID"]].errors[0].code == "invalidDimensions"

    asyncio.run(main())
