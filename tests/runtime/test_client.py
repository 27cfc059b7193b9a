"""End to end over real HTTP: the generated per-model methods, sync and async, every output type."""

from __future__ import annotations

import asyncio
import base64
import io
import uuid
import warnings
from pathlib import Path

import pytest
from PIL import Image
from runware_bindings import ImageResult, InvalidRequestError, Runware, RunwareWarning

from generator.server import LocalServer

from .conftest import make_async_client

OUTPUT_TYPES = ("URL", "base64Data", "dataURI")
PIL_FORMATS = {"JPG": "JPEG", "PNG": "PNG", "WEBP": "WEBP"}


def _decoded(result: ImageResult) -> Image.Image:
    return Image.open(io.BytesIO(result.read()))


@pytest.mark.parametrize("output_type", OUTPUT_TYPES)
@pytest.mark.parametrize("output_format", ["JPG", "PNG", "WEBP"])
def test_sync_generate_every_output_type_and_format(client: Runware, output_type: str,
                                                    output_format: str) -> None:
    [image] = client.krea_2_medium.generate(
        positive_prompt="a lighthouse", width=1184, height=896,
        output_type=output_type, output_format=output_format,  # type: ignore[arg-type]
    )
    field = {"URL": image.image_url, "base64Data": image.image_base64_data,
             "dataURI": image.image_data_uri}[output_type]
    assert field is not None
    others = [v for k, v in {"URL": image.image_url, "base64Data": image.image_base64_data,
                             "dataURI": image.image_data_uri}.items() if k != output_type]
    assert others == [None, None]
    uuid.UUID(image.image_uuid or "")
    decoded = _decoded(image)
    assert decoded.size == (1184, 896)
    assert decoded.format == PIL_FORMATS[output_format]
    assert image.media_type == Image.MIME[PIL_FORMATS[output_format]]


def test_async_client_generates_every_output_type(server: LocalServer) -> None:
    async def main() -> list[ImageResult]:
        async with make_async_client(server) as client:
            calls = [client.krea_2_medium.generate(positive_prompt="a fox", width=1024, height=1024,
                                                   output_type=t)  # type: ignore[arg-type]
                     for t in OUTPUT_TYPES]
            batches = await asyncio.gather(*calls)
            out = [image for batch in batches for image in batch]
            assert [len(await r.aread()) > 0 for r in out] == [True] * 3
            return out

    results = asyncio.run(main())
    assert results[0].image_url and results[1].image_base64_data and results[2].image_data_uri
    assert len({r.task_uuid for r in results}) == 3


@pytest.mark.parametrize("output_type", OUTPUT_TYPES)
def test_async_delivery_polls_until_every_result_finished(client: Runware, server: LocalServer,
                                                          output_type: str) -> None:
    # Completion is decided by status, so base64 / data URI outputs (no URL) finish too.
    before = server.request_count
    images = client.krea_2_medium.generate(positive_prompt="a harbour", width=1024, height=1024,
                                           delivery_method="async", number_results=3,
                                           output_type=output_type)  # type: ignore[arg-type]
    assert len(images) == 3
    assert all(i.status == "success" and i.image_uuid for i in images)
    assert all(_decoded(i).size == (1024, 1024) for i in images)
    assert server.request_count - before >= 2  # the submission, then at least one poll


def test_async_delivery_with_the_async_client(server: LocalServer) -> None:
    async def main() -> list[ImageResult]:
        async with make_async_client(server) as client:
            return await client.krea_2_medium.generate(
                positive_prompt="a harbour", width=1024, height=1024, delivery_method="async",
                number_results=2, output_type="dataURI")

    images = asyncio.run(main())
    assert [i.status for i in images] == ["success", "success"]


@pytest.mark.parametrize("n", [1, 7, 20])
def test_number_results_gives_that_many_distinct_results(client: Runware, n: int) -> None:
    images = client.krea_2_medium.generate(positive_prompt="tiles", width=768, height=1376,
                                           number_results=n, output_type="base64Data", seed=41)
    assert len(images) == n
    assert len({i.image_uuid for i in images}) == n
    assert [i.seed for i in images] == list(range(41, 41 + n))
    assert len({i.task_uuid for i in images}) == 1


def test_same_seed_same_image_and_quality_changes_size(client: Runware) -> None:
    def jpeg(seed: int, quality: int) -> bytes:
        [image] = client.krea_2_medium.generate(positive_prompt="p", width=1024, height=1024,
                                                seed=seed, output_quality=quality,
                                                output_type="base64Data")
        return image.read()

    assert jpeg(7, 90) == jpeg(7, 90)
    assert jpeg(7, 90) != jpeg(8, 90)
    assert len(jpeg(7, 20)) < len(jpeg(7, 99))


def test_cost_and_nsfw_flags(client: Runware) -> None:
    [plain] = client.krea_2_medium.generate(positive_prompt="p", width=1024, height=1024)
    assert plain.cost is None and plain.nsfw_content is None
    [costed] = client.krea_2_medium.generate(positive_prompt="p", width=1024, height=1024,
                                             include_cost=True, safety={"checkContent": True})
    assert isinstance(costed.cost, float) and costed.cost > 0
    assert costed.nsfw_content is False


def test_save_to_a_file_and_to_a_directory(client: Runware, tmp_path: Path) -> None:
    [url_image] = client.krea_2_medium.generate(positive_prompt="p", width=1024, height=1024,
                                                output_format="PNG")
    target = url_image.save(tmp_path / "out.png")
    assert target.read_bytes() == url_image.read()
    [inline] = client.krea_2_medium.generate(positive_prompt="p", width=1024, height=1024,
                                             output_type="dataURI", output_format="WEBP")
    named = inline.save(tmp_path)
    assert named == tmp_path / f"{inline.image_uuid}.webp"
    assert Image.open(named).format == "WEBP"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["out.png", named.name])


def test_invalid_arguments_raise_one_error_listing_everything_and_send_nothing(
        client: Runware, server: LocalServer) -> None:
    before = server.request_count
    with pytest.raises(InvalidRequestError) as info:
        client.krea_2_medium.generate(positive_prompt="p", width=1000, height=1024,
                                      output_quality=5, number_results=21,
                                      creativity="extreme")  # type: ignore[arg-type]
    paths = sorted(e.path for e in info.value.errors)
    assert paths == ["", "numberResults", "outputQuality", "settings.creativity"]
    message = str(info.value)
    assert "4 problems" in message and "nothing was sent" in message
    assert "1024x1024" in message  # the allowed pairs are named
    assert server.request_count == before
    assert isinstance(info.value, ValueError)


def test_advisory_rules_warn_but_send(client: Runware) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        images = client.krea_2_medium.generate(positive_prompt="p", width=1024, height=1024,
                                               ttl=120, output_type="base64Data")
    assert len(images) == 1
    assert [w.category for w in caught] == [RunwareWarning]
    assert "ttl" in str(caught[0].message)


def test_the_task_can_be_built_without_sending(client: Runware, server: LocalServer) -> None:
    before = server.request_count
    task = client.krea_2_medium.task(positive_prompt="p", width=1024, height=1024,
                                     creativity="raw", reference_images=["https://example.com/a.png"])
    assert server.request_count == before
    assert task["model"] == "krea:krea@2-medium" and task["taskType"] == "imageInference"
    assert uuid.UUID(task["taskUUID"]).version == 4
    assert task["settings"] == {"creativity": "raw"}
    assert task["inputs"] == {"referenceImages": ["https://example.com/a.png"]}
    assert "outputType" not in task  # unset arguments are left to the server's defaults
    other = client.krea_2_medium.task(positive_prompt="p", width=1024, height=1024)
    assert other["taskUUID"] != task["taskUUID"]


def test_gpt_image_2_has_its_own_method(client: Runware) -> None:
    [image] = client.gpt_image_2.generate(positive_prompt="a red kite", width=1024, height=1024,
                                          provider_settings={"openai": {"quality": "low"}},
                                          output_type="base64Data")
    assert _decoded(image).size == (1024, 1024)


def test_image_inputs_from_files_bytes_and_strings(client: Runware, tmp_path: Path) -> None:
    png = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 10, 10)).save(png, "PNG")
    path = tmp_path / "ref.png"
    path.write_bytes(png.getvalue())
    mislabelled = tmp_path / "photo.jpg"  # PNG bytes under a .jpg name: the bytes decide
    mislabelled.write_bytes(png.getvalue())
    given = [path, str(path), png.getvalue(), mislabelled,
             {"image": path, "strength": -1.5},
             "https://example.com/cat.webp",
             "aac49721-1964-481a-ae78-8a4e29b91402",
             "data:image/png;base64," + base64.b64encode(png.getvalue()).decode(),
             base64.b64encode(png.getvalue()).decode()]
    task = client.krea_2_medium.task(positive_prompt="p", width=1024, height=1024,
                                     reference_images=given[:10])  # type: ignore[arg-type]
    refs = task["inputs"]["referenceImages"]
    expected_uri = "data:image/png;base64," + base64.b64encode(png.getvalue()).decode()
    assert refs[:4] == [expected_uri] * 4
    assert refs[4] == {"image": expected_uri, "strength": -1.5}
    assert refs[5:] == given[5:]
    assert given[4] == {"image": path, "strength": -1.5}  # the caller's objects are untouched
    images = client.krea_2_medium.generate(positive_prompt="p", width=1024, height=1024,
                                           reference_images=[path, png.getvalue()])
    assert len(images) == 1


def test_missing_or_unusable_image_files_are_clear_errors(client: Runware,
                                                          tmp_path: Path) -> None:
    text = tmp_path / "notes.png"
    text.write_text("not an image")
    with pytest.raises(InvalidRequestError) as info:
        client.krea_2_medium.generate(
            positive_prompt="p", width=1024, height=1024,
            reference_images=[tmp_path / "missing.png", {"image": str(text)}, tmp_path, b""])
    problems = {e.path: e.message for e in info.value.errors}
    assert problems.keys() == {"inputs.referenceImages[0]", "inputs.referenceImages[1].image",
                               "inputs.referenceImages[2]", "inputs.referenceImages[3]"}
    assert "no such file" in problems["inputs.referenceImages[0]"]
    assert "not a recognised image" in problems["inputs.referenceImages[1].image"]
    assert "directory" in problems["inputs.referenceImages[2]"]
    assert "empty" in problems["inputs.referenceImages[3]"]


def test_upload_image_returns_a_reusable_uuid(client: Runware, tmp_path: Path) -> None:
    path = tmp_path / "in.webp"
    Image.new("RGB", (16, 16), (0, 90, 200)).save(path, "WEBP")
    uploaded = client.upload_image(path)
    assert uploaded.image_uuid and uploaded.image_url
    assert uploaded.read() == path.read_bytes()
    images = client.krea_2_medium.generate(positive_prompt="p", width=1024, height=1024,
                                           reference_images=[uploaded.image_uuid])
    assert len(images) == 1
