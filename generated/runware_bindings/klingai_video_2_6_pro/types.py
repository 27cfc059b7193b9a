"""Typed request and response shapes for Kling VIDEO 2.6 Pro (klingai:kling-video@2.6-pro).

Generated from spec/models/klingai-video-2-6-pro.yaml; do not edit by hand. These types describe the wire format; the validator in ``validator.py`` checks the rules types cannot express (ranges, formats, dimension pairs).
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict, Union

__all__ = [
    "CharacterOrientationInput",
    "FrameImage",
    "FrameImageInput",
    "FrameInput",
    "Inputs",
    "Klingai",
    "KlingaiVideo26ProRequest",
    "KlingaiVideo26ProResponse",
    "ModeInput",
    "OutputFormat",
    "OutputType",
    "ProviderSettings",
    "Safety",
]


FrameInput = Union[Literal["first"], Literal["last"], Literal[0], Literal[-1]]
# FrameInput: Where in the video the image goes (first or last frame).


class _FrameImageRequired(TypedDict):
    image: Any


class FrameImage(_FrameImageRequired, total=False):
    """image (required): An image, as an image UUID, a URL, a data URI or base64.
    frame: Where in the video the image goes (first or last frame)."""

    frame: FrameInput


FrameImageInput = Union[Any, FrameImage]


class Inputs(TypedDict, total=False):
    """Input assets for the task.

    referenceImages: Reference images (at most one). (items >= 1; items <= 1)
    frameImages: Images pinned to frames of the video, each a plain image input or an `{image, frame}` object. Without `frame`, one image is the first frame and two are the first and last. (items >= 1; items <= 2)
    referenceVideos: Reference videos for motion control (at most one). (items >= 1; items <= 1)"""

    referenceImages: list[Any]
    frameImages: list[FrameImageInput]
    referenceVideos: list[Any]


CharacterOrientationInput = Union[Literal["image"], Literal["video"]]
# CharacterOrientationInput: Where the character's orientation comes from.


class Klingai(TypedDict, total=False):
    """Settings for Kling AI.

    characterOrientation: Where the character's orientation comes from.
    keepOriginalSound: Keep the reference video's sound.
    sound: Generate native audio."""

    characterOrientation: CharacterOrientationInput
    keepOriginalSound: bool
    sound: bool


class ProviderSettings(TypedDict, total=False):
    """Provider-specific settings.

    klingai: Settings for Kling AI."""

    klingai: Klingai


OutputType = Literal["URL"]
# OutputType: Video output type. (default 'URL')


OutputFormat = Literal["MP4", "WEBM", "MOV"]
# OutputFormat: File format of the video. (default 'MP4')


ModeInput = Union[Literal["fast"], Literal["full"]]
# ModeInput: How thoroughly the content is checked. (default 'fast')


class Safety(TypedDict, total=False):
    """Content safety checking for video generation.

    checkContent: Check the content (takes longer).
    mode: How thoroughly the content is checked. (default 'fast')"""

    checkContent: bool
    mode: ModeInput


class _KlingaiVideo26ProRequestRequired(TypedDict):
    model: Literal["klingai:kling-video@2.6-pro"]
    taskType: Literal["videoInference"]
    taskUUID: str


class KlingaiVideo26ProRequest(_KlingaiVideo26ProRequestRequired, total=False):
    """model (required): Identifier of the model to use for generation.
    inputs: Input assets for the task.
    positivePrompt: Text prompt describing what the video shows. (length >= 2; length <= 2500)
    negativePrompt: Text prompt describing what to leave out. (length >= 2; length <= 2500)
    width: Width of the video in pixels.
    height: Height of the video in pixels.
    duration: Length of the video in seconds. (default 5)
    CFGScale: How closely the video follows the prompt. (default 0.5; >= 0; <= 1; multiple of 0.01)
    providerSettings: Provider-specific settings.
    taskType (required): Identifier for the type of task being performed.
    taskUUID (required): UUID v4 identifying the task; async results and webhooks are matched by it. (uuid)
    webhookURL: URL that receives each finished result as a JSON POST. (uri)
    includeCost: Adds the task's cost (USD) to each result.
    numberResults: How many results to generate, each with its own seed. (default 1; >= 1; <= 4)
    uploadEndpoint: URL the finished media file is uploaded to with an HTTP PUT of its raw bytes. (uri)
    ttl: Seconds the generated content stays available. Only applies when `outputType` is `URL`. (>= 60)
    outputType: Video output type. (default 'URL')
    outputFormat: File format of the video. (default 'MP4')
    outputQuality: Compression quality of the output; higher keeps more detail in a larger file. (default 95; >= 20; <= 99)
    deliveryMethod: How the API delivers the task's results (only async for this task). (default 'async')
    safety: Content safety checking for video generation."""

    inputs: Inputs
    positivePrompt: str
    negativePrompt: str
    width: int
    height: int
    duration: int
    CFGScale: float
    providerSettings: ProviderSettings
    webhookURL: str
    includeCost: bool
    numberResults: int
    uploadEndpoint: str
    ttl: int
    outputType: OutputType
    outputFormat: OutputFormat
    outputQuality: int
    deliveryMethod: Literal["async"]
    safety: Safety


class _KlingaiVideo26ProResponseRequired(TypedDict):
    taskType: Literal["videoInference"]
    taskUUID: str
    videoUUID: str


class KlingaiVideo26ProResponse(_KlingaiVideo26ProResponseRequired, total=False):
    """taskType (required): The task type this result belongs to.
    taskUUID (required): The UUID of the task this result belongs to. (uuid)
    cost: Task cost in USD; present when `includeCost` was set.
    videoUUID (required): UUID of the output video. (uuid)
    videoURL: URL of the output video. (uri)
    videoBase64Data: The output video, base64-encoded.
    videoDataURI: The output video as a data URI. (uri)
    seed: The seed used; a random one when the request gave none.
    NSFWContent: Whether NSFW content was detected."""

    cost: float
    videoURL: str
    videoBase64Data: str
    videoDataURI: str
    seed: int
    NSFWContent: bool
