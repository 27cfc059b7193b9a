"""Typed request and response shapes for Bria Video Background Removal (bria:51@1).

Generated from spec/models/bria-video-background-removal.yaml; do not edit by hand. These types describe the wire format; the validator in ``validator.py`` checks the rules types cannot express (ranges, formats, dimension pairs).
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict, Union

__all__ = [
    "BriaVideoBackgroundRemovalRequest",
    "BriaVideoBackgroundRemovalResponse",
    "Inputs",
    "OutputFormat",
    "OutputType",
    "Settings",
]


class Settings(TypedDict, total=False):
    """Inference settings.

    rgba: The background colour as `[red, green, blue, alpha]`. (default [255, 255, 255, 0]; items >= 4; items <= 4)
    """

    rgba: list[int]


OutputType = Literal["URL"]
# OutputType: Video output type. (default 'URL')


OutputFormat = Literal["WEBM", "MOV"]
# OutputFormat: File format of the video (both keep an alpha channel). (default 'WEBM')


class Inputs(TypedDict):
    """Input assets for the task.

    video (required): The video whose background is removed (UUID or URL)."""

    video: Any


class _BriaVideoBackgroundRemovalRequestRequired(TypedDict):
    model: Literal["bria:51@1"]
    taskType: Literal["removeBackground"]
    taskUUID: str
    inputs: Inputs


class BriaVideoBackgroundRemovalRequest(_BriaVideoBackgroundRemovalRequestRequired, total=False):
    """model (required): Identifier of the model to use for generation.
    settings: Inference settings.
    taskType (required): Identifier for the type of task being performed.
    taskUUID (required): UUID v4 identifying the task; async results and webhooks are matched by it. (uuid)
    webhookURL: URL that receives each finished result as a JSON POST. (uri)
    includeCost: Adds the task's cost (USD) to each result.
    uploadEndpoint: URL the finished media file is uploaded to with an HTTP PUT of its raw bytes. (uri)
    ttl: Seconds the generated content stays available. Only applies when `outputType` is `URL`. (>= 60)
    outputQuality: Compression quality of the output; higher keeps more detail in a larger file. (default 95; >= 20; <= 99)
    outputType: Video output type. (default 'URL')
    outputFormat: File format of the video (both keep an alpha channel). (default 'WEBM')
    deliveryMethod: How the API delivers the task's results (only async for this task). (default 'async')
    inputs (required): Input assets for the task."""

    settings: Settings
    webhookURL: str
    includeCost: bool
    uploadEndpoint: str
    ttl: int
    outputQuality: int
    outputType: OutputType
    outputFormat: OutputFormat
    deliveryMethod: Literal["async"]


class _BriaVideoBackgroundRemovalResponseRequired(TypedDict):
    taskType: Literal["removeBackground"]
    taskUUID: str
    videoUUID: str


class BriaVideoBackgroundRemovalResponse(_BriaVideoBackgroundRemovalResponseRequired, total=False):
    """taskType (required): The task type this result belongs to.
    taskUUID (required): The UUID of the task this result belongs to. (uuid)
    cost: Task cost in USD; present when `includeCost` was set.
    videoUUID (required): UUID of the output video. (uuid)
    videoURL: URL of the output video. (uri)
    videoBase64Data: The output video, base64-encoded.
    videoDataURI: The output video as a data URI. (uri)"""

    cost: float
    videoURL: str
    videoBase64Data: str
    videoDataURI: str
