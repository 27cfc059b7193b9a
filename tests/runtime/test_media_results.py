"""Results by output media, media sniffing, downloads that fail, completion and progress: the
runtime pieces on their own (the end-to-end tests over HTTP are in test_task_types.py)."""

from __future__ import annotations

import base64
import http.server
import io
import socket
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from runware_bindings import (
    APIError,
    AudioResult,
    ConnectionError,
    ImageResult,
    NotFoundError,
    Progress,
    RunResult,
    ServerError,
    TextResult,
    ThreeDResult,
    TimeoutError,
    VideoResult,
    parse_webhook,
)
from runware_bindings._runtime import media
from runware_bindings._runtime.images import encode_media, held_bytes
from runware_bindings._runtime.polling import Waiter, expected_results, is_async
from runware_bindings._runtime.progress import ProgressBar, Reporter, wants_bar
from runware_bindings._runtime.results import ResultKind, result_from_item

from generator.server import media as server_media
from tests.helpers import serve_http

UUID = "3ad204c3-a9de-4963-8a1a-c3911e3afafe"
TASK = "5f0c1f38-7d2c-4b51-9a3e-0d5c1e9a2b47"


def _png(width: int = 8, height: int = 6) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (10, 200, 30)).save(out, "PNG")
    return out.getvalue()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


# -- what bytes are -----------------------------------------------------------------------------

SAMPLES = {
    "video/mp4": lambda: server_media.video(1, 32, 32, 1.0, "MP4"),
    "video/quicktime": lambda: server_media.video(1, 32, 32, 1.0, "MOV"),
    "video/webm": lambda: server_media.video(1, 32, 32, 1.0, "WEBM"),
    "audio/wav": lambda: server_media.audio(1, 0.2, "WAV"),
    "audio/mpeg": lambda: server_media.audio(1, 0.2, "MP3"),
    "audio/flac": lambda: server_media.audio(1, 0.2, "FLAC"),
    "audio/ogg": lambda: server_media.audio(1, 0.2, "OGG"),
    "model/gltf-binary": lambda: server_media.glb(1),
    "model/fbx": lambda: server_media.fbx(1),
    "image/png": _png,
}


@pytest.mark.parametrize("expected", sorted(SAMPLES))
def test_sniff_names_every_container_by_its_magic(expected: str) -> None:
    assert media.sniff(SAMPLES[expected]()) == expected


@pytest.mark.parametrize("head, expected", [
    (b"\xff\xfb\x90\x00", "audio/mpeg"),  # an MPEG-1 layer III frame without an ID3 tag
    (b"\xff\xf1\x50\x80", None),  # AAC ADTS (layer 0): not MP3
    (b"\x00\x00\x00\x18ftypM4A \x00\x00", "audio/mp4"),
    (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01matroska", "video/x-matroska"),
    (b"; FBX 7.4.0 project file", "model/fbx"),
    (b"plain text", None),
])
def test_sniff_edge_cases(head: bytes, expected: str | None) -> None:
    assert media.sniff(head + b"\x00" * 40) == expected


@pytest.mark.parametrize("fmt, size", [("PNG", (7, 5)), ("JPEG", (300, 17)), ("GIF", (9, 4)),
                                       ("BMP", (5, 11)), ("WEBP", (33, 21))])
def test_image_size_from_the_header(fmt: str, size: tuple[int, int]) -> None:
    out = io.BytesIO()
    Image.new("RGB", size, (1, 2, 3)).save(out, fmt)
    assert media.image_size(out.getvalue()) == size


def test_image_size_of_lossless_and_extended_webp() -> None:
    out = io.BytesIO()
    Image.new("RGBA", (40, 30), (1, 2, 3, 4)).save(out, "WEBP", lossless=True)
    assert media.image_size(out.getvalue()) == (40, 30)
    out = io.BytesIO()
    Image.new("RGBA", (41, 29), (1, 2, 3, 100)).save(out, "WEBP", quality=80)  # VP8X with alpha
    assert media.image_size(out.getvalue()) == (41, 29)


def test_image_size_of_what_is_no_image_is_none() -> None:
    assert media.image_size(b"\x89PNG\r\n\x1a\n") is None  # cut short
    assert media.image_size(server_media.glb(1)) is None


# -- results by media ---------------------------------------------------------------------------

def test_each_media_has_its_result_class() -> None:
    items = {
        VideoResult: {"taskUUID": TASK, "videoUUID": UUID, "videoURL": "https://x/v.mp4",
                      "seed": 4, "NSFWContent": False, "cost": 0.1},
        AudioResult: {"taskUUID": TASK, "audioUUID": UUID, "audioBase64Data": _b64(b"ID3x")},
        ThreeDResult: {"taskUUID": TASK, "outputs": {"files": [{"uuid": UUID, "url": "https://x/a.glb"},
                                                              {"uuid": TASK, "url": "https://x/a.fbx"}]}},
        TextResult: {"taskUUID": TASK, "text": "hello", "finishReason": "stop", "usage": {"t": 1}},
        ImageResult: {"taskUUID": TASK, "imageUUID": UUID},
    }
    for cls, item in items.items():
        assert type(result_from_item(item)) is cls  # by its own fields
        assert type(result_from_item(item, ResultKind(cls))) is cls
    video = VideoResult.from_item(items[VideoResult])
    assert (video.video_uuid, video.video_url, video.seed, video.nsfw_content, video.cost) == \
        (UUID, "https://x/v.mp4", 4, False, 0.1)
    model = ThreeDResult.from_item(items[ThreeDResult])
    assert [(f.uuid, f.url) for f in model.files] == [(UUID, "https://x/a.glb"), (TASK, "https://x/a.fbx")]
    text = TextResult.from_item(items[TextResult])
    assert (text.text, text.finish_reason, text.usage, text.read()) == ("hello", "stop", {"t": 1}, b"hello")


def test_the_task_type_decides_when_the_fields_do_not() -> None:
    assert type(result_from_item({"taskUUID": TASK, "taskType": "videoInference",
                                  "mediaUUID": UUID})) is VideoResult
    assert type(result_from_item({"taskUUID": TASK, "taskType": "3dInference"})) is ThreeDResult


def test_legacy_media_fields_are_read() -> None:
    item = {"taskUUID": TASK, "mediaUUID": UUID, "mediaURL": "https://x.example/v.webm"}
    video = VideoResult.from_item(item)
    assert (video.video_uuid, video.video_url, video.media_type) == (UUID, item["mediaURL"], "video/webm")
    audio = AudioResult.from_item(item)
    assert (audio.audio_uuid, audio.audio_url) == (UUID, item["mediaURL"])


def test_results_of_every_media_are_lenient() -> None:
    odd = {"taskUUID": 7, "videoUUID": ["x"], "seed": True, "cost": "1", "progress": "50",
           "status": 3, "NSFWContent": "no", "outputs": {"files": "none"}, "text": 5, "new": {}}
    for cls in (VideoResult, AudioResult, ThreeDResult, TextResult, ImageResult):
        result = cls.from_item(odd)
        assert (result.task_uuid, result.seed, result.cost, result.progress, result.status) == \
            (None, None, None, None, None)
        assert result.raw["new"] == {}
    assert ThreeDResult.from_item(odd).files == ()
    with pytest.raises(ValueError, match="no 3D file"):
        ThreeDResult.from_item(odd).read()
    with pytest.raises(ValueError, match="no text"):
        TextResult.from_item(odd).read()
    with pytest.raises(ValueError, match="carries no video"):
        VideoResult.from_item(odd).read()


@pytest.mark.parametrize("cls, field, data, fmt, ext", [
    (VideoResult, "videoBase64Data", server_media.video(1, 32, 32, 1.0, "MOV"), None, ".mov"),
    (VideoResult, "videoBase64Data", server_media.video(1, 32, 32, 1.0, "WEBM"), "MP4", ".webm"),
    (AudioResult, "audioBase64Data", server_media.audio(1, 0.2, "FLAC"), None, ".flac"),
    (AudioResult, "audioBase64Data", b"\x00unknown audio", "OGG", ".ogg"),
    (AudioResult, "audioBase64Data", b"\x00unknown audio", None, ".bin"),
    (ImageResult, "imageBase64Data", b"\x00unknown", None, ".img"),
])
def test_saved_files_are_named_by_their_bytes_then_by_the_format_asked_for(
        tmp_path: Path, cls: Any, field: str, data: bytes, fmt: str | None, ext: str) -> None:
    """The bytes decide when they are recognised; else the data URI, URL or format does."""
    result = cls.from_item({"taskUUID": TASK, f"{cls.media}UUID": UUID, field: _b64(data)},
                           output_format=fmt)
    saved = result.save(tmp_path)
    assert saved == tmp_path / f"{UUID}{ext}" and saved.read_bytes() == data


def test_a_3d_result_saves_each_file_by_itself(tmp_path: Path) -> None:
    glb, fbx = server_media.glb(2), server_media.fbx(2)
    with _files({"/m.glb": glb, "/m.fbx": fbx}) as origin:
        result = ThreeDResult.from_item({"taskUUID": TASK, "outputs": {"files": [
            {"uuid": UUID, "url": f"{origin}/m.glb"}, {"uuid": TASK, "url": f"{origin}/m.fbx?sig=1"}]}})
        assert result.read() == glb  # the first file
        assert result.save(tmp_path) == tmp_path / f"{UUID}.glb"
        assert result.files[1].save(tmp_path) == tmp_path / f"{TASK}.fbx"
        assert (tmp_path / f"{TASK}.fbx").read_bytes() == fbx


# -- downloads that fail ------------------------------------------------------------------------

@contextmanager
def _files(files: dict[str, bytes]) -> Iterator[str]:
    """Serve ``files`` by path, and ``/status/<code>`` answering that status, on loopback."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            if path.startswith("/status/"):
                code, body = int(path.rsplit("/", 1)[1]), b""
            else:
                body = files.get(path, b"")
                code = 200 if path in files else 404
            self.send_response(code)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    with serve_http(Handler) as url:
        yield url


@pytest.fixture
def origin() -> Iterator[str]:
    with _files({"/v.mp4": b"\x00\x00\x00\x18ftypisom"}) as url:
        yield url


@pytest.mark.parametrize("status, error", [(404, NotFoundError), (500, ServerError), (410, APIError)])
def test_a_download_refused_is_the_api_error_of_its_status(origin: str, status: int,
                                                           error: type[APIError]) -> None:
    for cls in (VideoResult, ImageResult, AudioResult):
        result = cls.from_item({"taskUUID": TASK, f"{cls.media}URL": f"{origin}/status/{status}?token=s3cret"})
        with pytest.raises(error) as info:
            result.read()
        assert info.value.status == status
        assert f"{origin}/status/{status}" in str(info.value) and "s3cret" not in str(info.value)


def test_a_download_that_cannot_connect_is_a_connection_error() -> None:
    with socket.socket() as sock:  # bound, never listening: nothing answers there
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/v.mp4"
        with pytest.raises(ConnectionError, match="cannot download"):
            VideoResult.from_item({"taskUUID": TASK, "videoURL": url}).read()


def test_a_download_that_stalls_is_a_timeout_error() -> None:
    release = threading.Event()

    class Stalling(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            release.wait(10)

    with serve_http(Stalling) as url:
        try:
            with pytest.raises(TimeoutError, match="no answer within 0.2 s"):
                ImageResult.from_item({"taskUUID": TASK, "imageURL": f"{url}/a.png"}).read(timeout=0.2)
        finally:
            release.set()


def test_async_downloads_fail_the_same_way(origin: str) -> None:
    import asyncio

    result = VideoResult.from_item({"taskUUID": TASK, "videoURL": f"{origin}/status/404"})
    with pytest.raises(NotFoundError):
        asyncio.run(result.aread())
    ok = VideoResult.from_item({"taskUUID": TASK, "videoURL": f"{origin}/v.mp4"})
    assert asyncio.run(ok.aread()).startswith(b"\x00\x00\x00\x18ftyp")


# -- media inputs -------------------------------------------------------------------------------

def test_media_inputs_take_their_type_from_the_bytes(tmp_path: Path) -> None:
    clip = server_media.video(3, 32, 32, 1.0, "WEBM")
    path = tmp_path / "clip.mp4"  # WEBM bytes under an .mp4 name: the bytes decide
    path.write_bytes(clip)
    wire, held = encode_media(path, "inputs.video", "video")
    assert wire == "data:video/webm;base64," + _b64(clip) and held == clip
    wav = server_media.audio(3, 0.2, "WAV")
    assert encode_media(wav, "inputs.audio", "audio")[0].startswith("data:audio/wav;base64,")
    assert encode_media("https://example.com/a.mp4", "v", "video") == ("https://example.com/a.mp4", None)
    assert encode_media(UUID, "v", "video") == (UUID, None)
    assert held_bytes("data:image/png;base64," + _b64(_png())) == _png()


@pytest.mark.parametrize("value, kind, problem", [
    (_png(), "video", "not a recognised video (expected MP4, MOV or WEBM bytes) (found image/png bytes)"),
    (server_media.video(1, 32, 32, 1.0, "MP4"), "audio", "not a recognised audio file"),
    (server_media.audio(1, 0.2, "MP3"), "image", "not a recognised image"),
    (b"", "audio", "the audio file is empty"),
])
def test_media_of_the_wrong_kind_is_refused(value: bytes, kind: str, problem: str) -> None:
    from runware_bindings import ImageInputError

    with pytest.raises(ImageInputError, match=problem.replace("(", r"\(").replace(")", r"\)")):
        encode_media(value, "inputs.x", kind)


# -- completion and progress --------------------------------------------------------------------

def _run(*items: dict[str, Any]) -> RunResult:
    return RunResult.build(items, [], status=200)


@pytest.mark.parametrize("finished", [
    {"taskUUID": TASK, "status": "success", "outputs": {"files": [{"uuid": UUID, "url": "u"}]}},
    {"taskUUID": TASK, "status": "success", "text": "t"},
    {"taskUUID": TASK, "status": "success", "audioUUID": UUID, "audioBase64Data": "AAAA"},
    {"taskUUID": TASK, "status": "success"},  # no result field at all: the status decides
    {"taskUUID": TASK, "outputs": {"files": []}},  # an older server: no status, a result field
])
def test_completion_is_decided_by_status_for_every_media(finished: dict[str, Any]) -> None:
    waiter = Waiter({TASK: 2})
    waiter.absorb(_run(finished, {"taskUUID": TASK, "status": "processing", "progress": 40}))
    assert not waiter.done
    [progress] = waiter.progress()
    assert progress == Progress(TASK, 70.0, 1, 2) and not progress.done
    waiter.absorb(_run(finished, finished))
    assert waiter.done and waiter.progress() == [Progress(TASK, 100.0, 2, 2)]


def test_progress_ignores_what_is_not_a_percentage() -> None:
    waiter = Waiter({TASK: 1})
    for odd in ("50", True, float("nan"), -5):
        waiter.absorb(_run({"taskUUID": TASK, "status": "processing", "progress": odd}))
        assert waiter.progress()[0].percent == 0.0
    waiter.absorb(_run({"taskUUID": TASK, "status": "processing", "progress": 250}))
    assert waiter.progress()[0].percent == 100.0  # clipped, though not finished
    assert waiter.progress()[0].finished == 0


def test_polled_items_become_results_of_the_models_class() -> None:
    waiter = Waiter({TASK: 1}, kinds={TASK: ResultKind(VideoResult, "MOV")})
    waiter.absorb(_run({"taskUUID": TASK, "status": "success", "videoUUID": UUID,
                        "videoURL": "https://x/abc", "progress": 100}))
    run = RunResult()
    waiter.fill(run)
    [video] = run.results
    assert isinstance(video, VideoResult) and video.progress == 100.0
    assert video.media_type == "video/quicktime"  # no suffix on the URL: the format asked for


def test_integral_float_number_results_and_the_models_default_delivery() -> None:
    assert expected_results({"numberResults": 3.0}) == 3
    assert expected_results({"numberResults": 2.5}) == 1
    assert is_async({}, "async") and not is_async({}) and not is_async({"deliveryMethod": "sync"}, "async")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_is_drawn_only_where_a_person_watches() -> None:
    assert wants_bar(None, _Terminal()) and not wants_bar(None, io.StringIO())
    assert not wants_bar(False, _Terminal()) and wants_bar(True, io.StringIO())

    class Closed(io.StringIO):
        def isatty(self) -> bool:
            raise ValueError("I/O operation on closed file")

    assert not wants_bar(None, Closed())
    stream = _Terminal()
    bar = ProgressBar(stream, "Kling")
    seen: list[Progress] = []
    reporter = Reporter(seen.append, bar)
    reporter.report([Progress(TASK, 25.0, 0, 2)])
    reporter.report([Progress(TASK, 25.0, 0, 2)])  # unchanged: no second callback
    reporter.report([Progress(TASK, 100.0, 2, 2)])
    reporter.close()
    assert seen == [Progress(TASK, 25.0, 0, 2), Progress(TASK, 100.0, 2, 2)]
    lines = stream.getvalue().split("\r")[1:]
    assert lines[0].startswith("Kling [#######-----") and " 25.0%  0/2 results" in lines[0]
    assert lines[-1].endswith("100.0%  2/2 results\n")


def test_webhooks_are_read_as_each_media() -> None:
    body = {"data": [{"taskType": "audioInference", "taskUUID": TASK, "audioUUID": UUID,
                      "audioURL": "https://example.com/a.mp3", "seed": 1}]}
    [audio] = parse_webhook(body, model="alibaba:qwen@3-tts-1.7b-base").results
    assert isinstance(audio, AudioResult) and audio.audio_uuid == UUID
    [guessed] = parse_webhook(body).results  # without a model, the item's fields decide
    assert isinstance(guessed, AudioResult)
    with pytest.raises(APIError, match=r"data\[0\]\.imageUUID"):
        parse_webhook({"data": [{**body["data"][0], "imageUUID": UUID}]},
                      model="alibaba:qwen@3-tts-1.7b-base")


def test_fbx_sample_is_a_binary_fbx() -> None:
    data = server_media.fbx(9)
    assert struct.unpack("<I", data[23:27]) == (7400,)
