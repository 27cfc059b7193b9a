"""End to end over real HTTP, for every task type: the generated methods of the video, background
removal, upscale, 3D and audio models, sync and async clients, every output type each allows,
async-only defaults, progress, media inputs, the area check, saved files opened by decoders, and
webhooks read as each media."""

from __future__ import annotations

import asyncio
import io
import json
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from runware_bindings import (
    LONG_POLL,
    AudioResult,
    ImageResult,
    InvalidRequestError,
    PollPolicy,
    Progress,
    Runware,
    RunwareWarning,
    ThreeDResult,
    VideoResult,
    parse_webhook,
)

from generator.server import LocalServer
from generator.server import media as server_media
from tests.server import decoders

from .conftest import KEY, make_async_client, make_client

REMOTE_IMAGE = "https://example.com/photo.png"
REMOTE_VIDEO = "https://example.com/clip.mp4"
REMOTE_AUDIO = "https://example.com/voice.wav"
SPEECH = {"text": "Hello from the local server.", "voice": "clone"}


def _png(path: Path, width: int, height: int) -> Path:
    Image.new("RGB", (width, height), (30, 60, 90)).save(path, "PNG")
    return path


# -- video ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("output_format", ["MP4", "WEBM", "MOV"])
def test_a_video_model_gives_videos_in_the_container_asked_for(
        client: Runware, server: LocalServer, output_format: str, tmp_path: Path) -> None:
    before = server.request_count
    videos = client.klingai_video_2_6_pro.generate(
        positive_prompt="a paper boat on a river", width=1920, height=1080, duration=10,
        number_results=2, output_format=output_format, include_cost=True)  # type: ignore[arg-type]
    assert server.request_count - before >= 2  # async only: the submission, then polls
    assert [type(v) for v in videos] == [VideoResult, VideoResult]
    assert len({v.video_uuid for v in videos}) == 2 and all(v.status == "success" for v in videos)
    assert all(isinstance(v.seed, int) and v.cost and v.cost > 0 for v in videos)
    saved = videos[0].save(tmp_path)
    ext = {"MP4": ".mp4", "WEBM": ".webm", "MOV": ".mov"}[output_format]
    assert saved == tmp_path / f"{videos[0].video_uuid}{ext}"
    clip = decoders.video(saved.read_bytes())
    assert (clip.width, clip.height, clip.frames) == (1920, 1080, 4)
    assert clip.duration == pytest.approx(10.0)
    assert clip.codec == {"MP4": "h264", "WEBM": "vp9", "MOV": "h264"}[output_format]


def test_a_video_from_frame_images_and_local_files(client: Runware, tmp_path: Path) -> None:
    first, last = _png(tmp_path / "first.png", 16, 16), _png(tmp_path / "last.png", 16, 16)
    task = client.klingai_video_2_6_pro.task(
        positive_prompt="from one to the other",
        frame_images=[{"image": first, "frame": "first"}, {"image": str(last), "frame": -1}])
    frames = task["inputs"]["frameImages"]
    assert [f["frame"] for f in frames] == ["first", -1]
    assert all(f["image"].startswith("data:image/png;base64,") for f in frames)
    [video] = client.klingai_video_2_6_pro.generate(positive_prompt="go", frame_images=[first])
    assert decoders.video(video.read()).width == 64  # no size asked for: the server's small default


def test_video_inputs_from_files_and_their_refusals(client: Runware, tmp_path: Path) -> None:
    clip = tmp_path / "motion.mov"
    clip.write_bytes(server_media.video(5, 32, 32, 1.0, "MOV"))
    task = client.klingai_video_2_6_pro.task(
        positive_prompt="dance", reference_images=[REMOTE_IMAGE], reference_videos=[clip],
        provider_settings={"klingai": {"characterOrientation": "video"}})
    [video_input] = task["inputs"]["referenceVideos"]
    assert video_input.startswith("data:video/quicktime;base64,")
    picture = _png(tmp_path / "not-a-video.mp4", 4, 4)
    with pytest.raises(InvalidRequestError) as info:
        client.bria_video_background_removal.generate(video=picture)
    [problem] = info.value.errors
    assert problem.path == "inputs.video" and "not a recognised video" in problem.message
    assert "image/png" in problem.message


def test_async_only_models_default_to_async_delivery(client: Runware, server: LocalServer) -> None:
    before = server.request_count
    [video] = client.bria_video_background_removal.generate(video=REMOTE_VIDEO, output_format="WEBM")
    assert server.request_count - before >= 2
    clip = decoders.video(video.read())
    assert clip.alpha and clip.codec == "vp9"
    assert "seed" not in video.raw and video.seed is None  # its schema has no seed
    run = client.run({"taskType": "removeBackground", "model": "bria:51@1",
                      "inputs": {"video": REMOTE_VIDEO}, "outputFormat": "MOV"})
    [raw] = run.results  # a raw task without deliveryMethod is polled too
    assert isinstance(raw, VideoResult) and decoders.video(raw.read()).codec == "png"


def test_long_tasks_poll_at_the_long_pace_unless_the_client_has_a_policy(server: LocalServer) -> None:
    with Runware(KEY, base_url=server.base_url) as default, make_client(server) as given:
        assert default._poll(None, True) == LONG_POLL
        assert default._poll(None, False) == PollPolicy()
        assert default._poll(30.0, True) == PollPolicy(2.0, 1.5, 15.0, 30.0)
        assert given._poll(None, True) == given.poll_policy != LONG_POLL
    assert LONG_POLL == PollPolicy(initial=2.0, factor=1.5, max_interval=15.0, timeout=1800.0)
    assert Runware._models["klingai:kling-video@2.6-pro"].long_running
    assert Runware._models["tripo:v3.1@0"].long_running
    assert not Runware._models["alibaba:qwen@3-tts-1.7b-base"].long_running


@pytest.fixture(scope="module")
def held_server() -> Iterator[LocalServer]:
    """Async jobs that never finish on their own: a test finishes them when it wants."""
    with LocalServer(api_key=KEY, async_duration=3600) as srv:
        yield srv


def test_progress_reaches_the_callback_and_rises_to_100(held_server: LocalServer) -> None:
    seen: list[Progress] = []

    def on_progress(progress: Progress) -> None:
        seen.append(progress)  # called when the progress changed: first at 0%, then at 100%
        held_server.finish_jobs()

    with make_client(held_server) as client:
        videos = client.klingai_video_2_6_pro.generate(
            positive_prompt="slowly", width=1440, height=1440, number_results=3,
            on_progress=on_progress)
    assert len(videos) == 3
    assert seen[0].percent < 100 and seen[0].finished == 0
    assert seen[-1].percent == 100 and seen[-1].finished == seen[-1].expected == 3 and seen[-1].done
    assert [p.percent for p in seen] == sorted(p.percent for p in seen)
    assert all(p.task_uuid == videos[0].task_uuid for p in seen)


def test_the_progress_bar_is_drawn_when_asked_and_never_in_captured_output(
        held_server: LocalServer, capsys: pytest.CaptureFixture[str]) -> None:
    def finish(progress: Progress) -> None:
        held_server.finish_jobs()

    with make_client(held_server) as quiet:
        quiet.tripo_v3_1.generate(positive_prompt="a vase", on_progress=finish)
    assert capsys.readouterr().err == ""  # stderr is no terminal here: no bar
    with make_client(held_server, progress_bar=True) as loud:
        loud.tripo_v3_1.generate(positive_prompt="a vase", on_progress=finish)
    err = capsys.readouterr().err
    assert err.startswith("\rRunware [") and err.endswith("100.0%  1/1 result\n")


def test_the_async_client_runs_every_task_type(server: LocalServer, tmp_path: Path) -> None:
    async def main() -> list[Any]:
        seen: list[Progress] = []
        async with make_async_client(server) as client:
            results = await asyncio.gather(
                client.klingai_video_2_6_pro.generate(positive_prompt="a kite", width=1080,
                                                      height=1920, on_progress=seen.append),
                client.bria_video_background_removal.generate(video=REMOTE_VIDEO),
                client.clarity.generate(image=REMOTE_IMAGE, output_type="dataURI"),
                client.tripo_v3_1.generate(positive_prompt="a teapot"),
                client.alibaba_qwen3_tts_1_7b_base.generate(
                    speech=SPEECH, audio=REMOTE_AUDIO, transcript="hi", output_format="WAV",
                    delivery_method="async"),
            )
            files = [await batch[0].asave(tmp_path) for batch in results]
        assert seen and seen[-1].percent == 100
        return [*(batch[0] for batch in results), *files]

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RunwareWarning)  # the URL given to clarity
        kling, bria, clarity, tripo, qwen, *files = asyncio.run(main())
    assert [type(r) for r in (kling, bria, clarity, tripo, qwen)] == \
        [VideoResult, VideoResult, ImageResult, ThreeDResult, AudioResult]
    assert [f.suffix for f in files] == [".mp4", ".webm", ".jpg", ".glb", ".wav"]
    assert decoders.video(files[0].read_bytes()).height == 1920
    assert decoders.image(files[2].read_bytes()).size == (512, 512)
    decoders.glb(files[3].read_bytes())
    assert decoders.audio(files[4].read_bytes()).container == "wav"


# -- upscale and the area check -----------------------------------------------------------------

@pytest.mark.parametrize("output_type", ["URL", "base64Data", "dataURI"])
def test_upscale_scales_the_input_by_the_factor(client: Runware, tmp_path: Path,
                                                output_type: str) -> None:
    source = _png(tmp_path / "small.png", 120, 80)
    [image] = client.clarity.generate(image=source, upscale_factor=2.5, output_format="PNG",
                                      output_type=output_type)  # type: ignore[arg-type]
    assert isinstance(image, ImageResult)
    assert decoders.image(image.read()).size == (300, 200)
    out = tmp_path / "out"
    out.mkdir()
    assert image.save(out) == out / f"{image.image_uuid}.png"


def test_the_area_check_refuses_a_local_image_too_large_and_sends_nothing(
        client: Runware, server: LocalServer, tmp_path: Path) -> None:
    big = _png(tmp_path / "big.png", 1200, 1000)  # 1 200 000 pixels > 1 153 433
    before = server.request_count
    for given in (big, big.read_bytes()):
        with pytest.raises(InvalidRequestError) as info:
            client.clarity.generate(image=given, upscale_factor=2)
        [problem] = info.value.errors
        assert (problem.path, problem.rule, problem.value) == ("inputs.image", "area", 1_200_000)
        assert problem.allowed == {"maximum": 1153433}
        assert "1200x1000 = 1200000 pixels; at most 1153433 pixels (width x height)" in problem.message
    assert server.request_count == before
    edge = _png(tmp_path / "edge.png", 1153433, 1)  # exactly at the bound: allowed
    assert client.clarity.task(image=edge)["inputs"]["image"].startswith("data:image/png")


def test_the_area_check_warns_for_a_remote_image_and_sends(client: Runware, server: LocalServer) -> None:
    before = server.request_count
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        [image] = client.clarity.generate(image=REMOTE_IMAGE, upscale_factor=1.5)
    assert server.request_count == before + 1
    [warning] = caught
    assert warning.category is RunwareWarning
    assert str(warning.message) == (
        "inputs.image: the server allows at most 1153433 pixels (width x height) (area); not "
        "checked here: the input is a URL or UUID, which only the server can read")
    assert decoders.image(image.read()).size == (384, 384)  # the server fetches no URL either


def test_the_area_check_reads_a_data_uri_given_as_text(client: Runware, tmp_path: Path) -> None:
    import base64

    uri = "data:image/png;base64," + base64.b64encode(
        _png(tmp_path / "x.png", 1100, 1100).read_bytes()).decode()
    with pytest.raises(InvalidRequestError, match="1100x1100 = 1210000 pixels"):
        client.clarity.task(image=uri)


# -- 3D and audio ----------------------------------------------------------------------------------

@pytest.mark.parametrize("output_format, quad", [("GLB", None), ("FBX", True)])
def test_a_3d_model_gives_files_opened_by_their_parsers(client: Runware, tmp_path: Path,
                                                         output_format: str, quad: bool | None) -> None:
    models = client.tripo_v3_1.generate(positive_prompt="a chair", number_results=2, seed=11,
                                        output_format=output_format,  # type: ignore[arg-type]
                                        quad=quad, include_cost=True)
    assert [type(m) for m in models] == [ThreeDResult, ThreeDResult]
    assert [m.seed for m in models] == [11, 12]
    [file] = models[0].files
    saved = file.save(tmp_path)
    assert saved.suffix == "." + output_format.lower() and saved.stem == file.uuid
    if output_format == "GLB":
        decoders.glb(saved.read_bytes())
    else:
        assert decoders.fbx_nodes(saved.read_bytes())["Objects"]["Geometry"]
    sync = client.tripo_v3_1.generate(positive_prompt="a chair", seed=11, delivery_method="sync",
                                      output_format=output_format, quad=quad)  # type: ignore[arg-type]
    assert sync[0].read() == models[0].read()  # the same seed, the same file


@pytest.mark.parametrize("output_format", ["MP3", "WAV", "FLAC", "OGG"])
@pytest.mark.parametrize("output_type", ["URL", "base64Data", "dataURI"])
def test_an_audio_model_gives_audio_in_every_format_and_output_type(
        client: Runware, tmp_path: Path, output_format: str, output_type: str) -> None:
    voice = tmp_path / "voice.wav"
    voice.write_bytes(server_media.audio(2, 0.5, "WAV"))
    settings = {"sampleRate": 24000, "channels": 1, "bitrate": 64} \
        if output_format in ("MP3", "OGG") else None
    [audio] = client.alibaba_qwen3_tts_1_7b_base.generate(
        speech=SPEECH, audio=voice, transcript="hello", output_format=output_format,  # type: ignore[arg-type]
        output_type=output_type, audio_settings=settings)  # type: ignore[arg-type]
    assert isinstance(audio, AudioResult) and audio.audio_uuid
    sound = decoders.audio(audio.read())
    assert sound.container == output_format.lower()
    assert sound.channels == (1 if settings else 2)
    if settings and output_format == "MP3":
        assert sound.sample_rate == 24000
    saved = audio.save(tmp_path)
    assert saved.name == f"{audio.audio_uuid}.{output_format.lower()}"


def test_audio_inputs_are_data_uris_of_their_own_type(client: Runware, tmp_path: Path) -> None:
    flac = tmp_path / "ref.flac"
    flac.write_bytes(server_media.audio(2, 0.3, "FLAC"))
    task = client.alibaba_qwen3_tts_1_7b_base.task(speech=SPEECH, audio=flac, x_vector_only=True)
    assert task["inputs"]["audio"].startswith("data:audio/flac;base64,")
    assert task["settings"] == {"xVectorOnly": True}
    with pytest.raises(InvalidRequestError) as info:
        client.alibaba_qwen3_tts_1_7b_base.generate(speech=SPEECH, audio=REMOTE_AUDIO,
                                                    output_format="WAV",
                                                    audio_settings={"sampleRate": 8000})
    paths = {e.path for e in info.value.errors}
    assert paths == {"", "settings"}  # WAV takes no audioSettings; no transcript nor xVectorOnly


# -- webhooks ------------------------------------------------------------------------------------

CASES = [
    ("klingai:kling-video@2.6-pro", VideoResult, {"positivePrompt": "a bird", "width": 1920,
                                                  "height": 1080}),
    ("bria:51@1", VideoResult, {"inputs": {"video": REMOTE_VIDEO}}),
    ("runware:500@1", ImageResult, {"inputs": {"image": REMOTE_IMAGE}}),
    ("tripo:v3.1@0", ThreeDResult, {"positivePrompt": "a lamp"}),
    ("alibaba:qwen@3-tts-1.7b-base", AudioResult, {"speech": SPEECH, "inputs": {"audio": REMOTE_AUDIO},
                                                  "settings": {"xVectorOnly": True}}),
]


@pytest.mark.parametrize("model, cls, fields", CASES, ids=[c[0] for c in CASES])
def test_webhooks_of_every_media_are_read_as_its_results(
        client: Runware, server: LocalServer, model: str, cls: type, fields: dict[str, Any]) -> None:
    from runware_bindings import MODELS

    name = f"hook-{MODELS[model]}-{uuid.uuid4().hex[:8]}"
    task_type = Runware._models[model].task_type
    task = {"taskType": task_type, "model": model, "webhookURL": server.sink_url(name), **fields}
    if model == "tripo:v3.1@0":
        task["numberResults"] = 2
    run = client.run(task)
    expected = len(run.results)
    [*received] = server.sink.wait_for(name, expected)
    assert len(received) == expected >= 1
    for delivery in received:
        webhook = parse_webhook(delivery.body, model=model)
        [result] = webhook.results
        assert type(result) is cls and result.task_uuid == run.results[0].task_uuid
        assert "status" not in json.loads(delivery.body)["data"][0]
        assert len(result.read()) > 0


def test_raw_tasks_of_every_task_type_are_validated_before_sending(
        client: Runware, server: LocalServer) -> None:
    before = server.request_count
    with pytest.raises(InvalidRequestError) as info:
        client.run({"taskType": "videoInference", "model": "klingai:kling-video@2.6-pro",
                    "positivePrompt": "a pond", "width": 100, "height": 100})
    assert [e.rule for e in info.value.errors] == ["dimensions"]
    assert server.request_count == before
    run = client.run({"taskType": "videoInference", "model": "klingai:kling-video@2.6-pro",
                      "positivePrompt": "a pond", "width": 100, "height": 100}, validate=False)
    assert run.errors and run.errors[0].code == "invalidDimensions"  # the server's verdict


def test_other_constraints_are_checked_where_the_client_can_and_advised_elsewhere() -> None:
    from runware_bindings._runtime.tasks import check_constraints

    constraints = [
        {"operation": "fileSize", "parameters": ["inputs.video"], "maximum": 10},
        {"operation": "duration", "parameters": ["inputs.video"], "maximum": 20},
        {"operation": "ratio", "parameters": ["width", "height"], "minimum": 0.5, "maximum": 2},
        {"operation": "area", "parameters": ["inputs.images"], "minimum": 100, "scope": "each"},
    ]
    small = io.BytesIO()
    Image.new("RGB", (5, 5)).save(small, "PNG")
    task = {"width": 300, "height": 100, "inputs": {"video": "data:...", "images": ["a", "b"]}}
    errors, advisories = check_constraints(
        task, constraints, {"inputs.video": b"x" * 11, "inputs.images[0]": small.getvalue(),
                            "inputs.images[1]": None})
    assert [(e.path, e.rule, e.value) for e in errors] == [
        ("inputs.video", "fileSize", 11.0), ("", "ratio", {"width": 300, "height": 100}),
        ("inputs.images[0]", "area", 25.0)]
    assert "width and height give 3 (width / height); at least 0.5 and at most 2 allowed" in \
        errors[1].message
    assert advisories == [
        ("inputs.video: the server allows at most 20 seconds (duration); not checked here: its "
         "duration cannot be read here"),
        ("inputs.images[1]: the server allows at least 100 pixels (width x height) (area); not "
         "checked here: the input is a URL or UUID, which only the server can read")]


def test_the_validator_alone_checks_area_and_ratio_of_two_numbers() -> None:
    from runware_bindings._runtime.errors import InvalidRequestError
    from runware_bindings._runtime.tasks import check_constraints, finish_task
    from runware_bindings.openai_gpt_image_2_5_sunburst import client as sunburst
    from runware_bindings.openai_gpt_image_2_5_sunburst import validator

    # The spec publishes two such constraints; the client passes on only what needs its bytes.
    assert not any(c["operation"] in ("area", "ratio") for c in sunburst._CONSTRAINTS)
    task = {"taskType": "imageInference", "taskUUID": str(uuid.uuid4()), "model": "openai:gpt-image@2.5-sunburst",
            "positivePrompt": "a pond", "width": 10**400, "height": 16}
    with pytest.raises(InvalidRequestError) as info:
        finish_task(task, validator.check, (), sunburst._CONSTRAINTS)
    assert [e.rule for e in info.value.errors].count("area") == 1
    # What the runtime still checks itself does not overflow either.
    errors, _ = check_constraints(task, [{"operation": "area", "parameters": ["width", "height"],
                                          "maximum": 10}], {})
    assert [(e.rule, e.value) for e in errors] == [("area", {"width": 10**400, "height": 16})]
