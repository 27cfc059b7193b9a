"""Typed request and response shapes for Qwen3-TTS 1.7B Base (alibaba:qwen@3-tts-1.7b-base).

Generated from spec/models/alibaba-qwen3-tts-1-7b-base.yaml; do not edit by hand. These types describe the wire format; the validator in ``validator.py`` checks the rules types cannot express (ranges, formats, dimension pairs).
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict, Union

__all__ = [
    "AlibabaQwen3Tts17bBaseRequest",
    "AlibabaQwen3Tts17bBaseResponse",
    "AudioSettings",
    "DeliveryMethodInput",
    "Inputs",
    "Language",
    "OutputFormat",
    "OutputType",
    "Settings",
    "Speech",
]


class Inputs(TypedDict):
    """Input assets for the task.

    audio (required): The reference recording of the voice to clone (UUID or URL)."""

    audio: Any


Language = Literal[
    "Auto",
    "Chinese",
    "English",
    "Japanese",
    "Korean",
    "German",
    "French",
    "Russian",
    "Portuguese",
    "Spanish",
    "Italian",
]
# Language: Language of the speech. (default 'Auto'; length >= 1)


class _SpeechRequired(TypedDict):
    text: str
    voice: Literal["clone"]


class Speech(_SpeechRequired, total=False):
    """What to say, and how.

    text (required): The text to speak. (length <= 2000)
    voice (required): The voice (this model clones the reference recording's).
    language: Language of the speech. (default 'Auto'; length >= 1)
    speed: Playback speed of the speech. (default 1; >= 0.25; <= 4; multiple of 0.01)"""

    language: Language
    speed: float


class Settings(TypedDict, total=False):
    """Inference settings.

    maxNewTokens: Cap on the audio tokens generated; more allows longer audio but risks hangs. (default 2048)
    transcript: Transcript of the reference recording (required unless xVectorOnly is true).
    xVectorOnly: Use the speaker embedding only (no transcript needed, less similar)."""

    maxNewTokens: int
    transcript: str
    xVectorOnly: bool


OutputType = Literal["URL", "base64Data", "dataURI"]
# OutputType: Audio output type. (default 'URL')


OutputFormat = Literal["MP3", "WAV", "FLAC", "OGG"]
# OutputFormat: File format of the audio. (default 'MP3')


DeliveryMethodInput = Union[Literal["sync"], Literal["async"]]
# DeliveryMethodInput: How the API delivers the task's results. (default 'sync')


class AudioSettings(TypedDict, total=False):
    """Encoding of the audio (bitrate, channels, sample rate).

    bitrate: Bitrate in kbps. (>= 8)
    channels: Number of channels (1 mono, 2 stereo). (default 2)
    sampleRate: Sample rate in Hz."""

    bitrate: int
    channels: int
    sampleRate: int


class _AlibabaQwen3Tts17bBaseRequestRequired(TypedDict):
    model: Literal["alibaba:qwen@3-tts-1.7b-base"]
    inputs: Inputs
    speech: Speech
    taskType: Literal["audioInference"]
    taskUUID: str


class AlibabaQwen3Tts17bBaseRequest(_AlibabaQwen3Tts17bBaseRequestRequired, total=False):
    """model (required): Identifier of the model to use for generation.
    inputs (required): Input assets for the task.
    speech (required): What to say, and how.
    settings: Inference settings.
    taskType (required): Identifier for the type of task being performed.
    taskUUID (required): UUID v4 identifying the task; async results and webhooks are matched by it. (uuid)
    webhookURL: URL that receives each finished result as a JSON POST. (uri)
    includeCost: Adds the task's cost (USD) to each result.
    numberResults: How many results to generate, each with its own seed. (default 1; >= 1; <= 4)
    uploadEndpoint: URL the finished media file is uploaded to with an HTTP PUT of its raw bytes. (uri)
    ttl: Seconds the generated content stays available. Only applies when `outputType` is `URL`. (>= 60)
    outputType: Audio output type. (default 'URL')
    outputFormat: File format of the audio. (default 'MP3')
    deliveryMethod: How the API delivers the task's results. (default 'sync')
    audioSettings: Encoding of the audio (bitrate, channels, sample rate)."""

    settings: Settings
    webhookURL: str
    includeCost: bool
    numberResults: int
    uploadEndpoint: str
    ttl: int
    outputType: OutputType
    outputFormat: OutputFormat
    deliveryMethod: DeliveryMethodInput
    audioSettings: AudioSettings


class _AlibabaQwen3Tts17bBaseResponseRequired(TypedDict):
    taskType: Literal["audioInference"]
    taskUUID: str
    audioUUID: str


class AlibabaQwen3Tts17bBaseResponse(_AlibabaQwen3Tts17bBaseResponseRequired, total=False):
    """taskType (required): The task type this result belongs to.
    taskUUID (required): The UUID of the task this result belongs to. (uuid)
    cost: Task cost in USD; present when `includeCost` was set.
    audioUUID (required): UUID of the output audio. (uuid)
    audioURL: URL of the output audio. (uri)
    audioBase64Data: The output audio, base64-encoded.
    audioDataURI: The output audio as a data URI. (uri)
    seed: The seed used; a random one when the request gave none."""

    cost: float
    audioURL: str
    audioBase64Data: str
    audioDataURI: str
    seed: int
