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

    audio (required): Audio input (UUID or URL)."""

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
# Language: Language code for speech generation. (default 'Auto'; length >= 1)


class _SpeechRequired(TypedDict):
    text: str
    voice: Literal["clone"]


class Speech(_SpeechRequired, total=False):
    """Settings for speech generation.

    text (required): Text to convert to speech. (length <= 2000)
    voice (required): Voice identifier to use for speech generation.
    language: Language code for speech generation. (default 'Auto'; length >= 1)
    speed: Playback speed of the generated speech. (default 1; >= 0.25; <= 4; multiple of 0.01)"""

    language: Language
    speed: float


class Settings(TypedDict, total=False):
    """Global inference settings.

    maxNewTokens: Audio output token cap. Higher values allow longer audio but risk hangs. (default 2048)
    transcript: Transcript of the reference audio. Required for ICL mode, optional for x-vector-only mode.
    xVectorOnly: If true, uses speaker embedding only (no transcript needed, lower similarity). If false, uses ICL mode (requires transcript, higher quality).
    """

    maxNewTokens: int
    transcript: str
    xVectorOnly: bool


OutputType = Literal["URL", "base64Data", "dataURI"]
# OutputType: Audio output type. (default 'URL')


OutputFormat = Literal["MP3", "WAV", "FLAC", "OGG"]
# OutputFormat: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \`JPG\`: Best for photorealistic images with smaller file sizes (no transparency). - \`PNG\`: Lossless compression, supports high quality and transparency (alpha channel). - \`WEBP\`: Modern format providing superior compression and transparency support. - \`MP4\`: Widely supported video container (H.264), recommended for general use. - \`WEBM\`: Optimized for web delivery. - \`MOV\`: QuickTime format, common in professional workflows (Apple ecosystem). - \`GIF\`: Animated image format (no audio), suitable for short loops or previews. - \`MP3\`: Compressed audio, smaller file size. - \`WAV\`: Uncompressed, high-quality audio. - \`FLAC\`: Lossless compression. - \`OGG\`: Open-source compressed audio format (Vorbis codec). - \`SVG\`: Scalable Vector Graphics. - \`TIFF\`: High-quality output supporting layers. - \`GLB\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \*\*Transparency\*\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \`PNG\`, \`WEBP\`, \`TIFF\`). \`JPG\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/alibaba-qwen3-tts-1-7b-base#outputFormat) (default 'MP3')


DeliveryMethodInput = Union[Literal["sync"], Literal["async"]]
# DeliveryMethodInput: Determines how the API delivers task results. (default 'sync')


class AudioSettings(TypedDict, total=False):
    """Audio encoding settings for controlling the bitrate, number of channels, and sample rate of the generated audio. Only applicable for lossy output formats (`MP3` and `OGG`). When using lossless formats (`WAV` or `FLAC`), this parameter must not be provided. The available sample rates and valid bitrate ranges depend on the output format. For `OGG`, bitrate limits also vary by the number of channels. **MP3 bitrate limits**: Bitrate limits for MP3 are the same regardless of mono or stereo. | Sample Rate | Min Bitrate | Max Bitrate | | --- | --- | --- | | 8,000 Hz | 8 kbps | 64 kbps | | 11,025 Hz | 8 kbps | 64 kbps | | 12,000 Hz | 8 kbps | 64 kbps | | 16,000 Hz | 8 kbps | 160 kbps | | 22,050 Hz | 8 kbps | 160 kbps | | 24,000 Hz | 8 kbps | 160 kbps | | 32,000 Hz | 32 kbps | 320 kbps | | 44,100 Hz | 32 kbps | 320 kbps | | 48,000 Hz | 32 kbps | 320 kbps | **OGG bitrate limits — Mono (1 channel)**: | Sample Rate | Min Bitrate | Max Bitrate | | --- | --- | --- | | 8,000 Hz | 8 kbps | 40 kbps | | 12,000 Hz | 16 kbps | 48 kbps | | 16,000 Hz | 16 kbps | 96 kbps | | 24,000 Hz | 16 kbps | 80 kbps | | 48,000 Hz | 32 kbps | 224 kbps | **OGG bitrate limits — Stereo (2 channels)**: | Sample Rate | Min Bitrate | Max Bitrate | | --- | --- | --- | | 8,000 Hz | 16 kbps | 80 kbps | | 12,000 Hz | 16 kbps | 96 kbps | | 16,000 Hz | 24 kbps | 192 kbps | | 24,000 Hz | 32 kbps | 160 kbps | | 48,000 Hz | 48 kbps | 256 kbps | > [!NOTE] > **Lossless formats**: When `outputFormat` is set to `WAV` or `FLAC`, the `audioSettings` parameter is not available since these formats produce uncompressed or lossless audio with no configurable encoding settings. [Read full documentation](https://runware.ai/docs/models/alibaba-qwen3-tts-1-7b-base#audioSettings)

    bitrate: Audio bitrate in kbps. (>= 8)
    channels: Number of audio channels. 1 for mono, 2 for stereo. (default 2)
    sampleRate: Audio sample rate in Hz."""

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
    speech (required): Settings for speech generation.
    settings: Global inference settings.
    taskType (required): Identifier for the type of task being performed.
    taskUUID (required): UUID v4 identifier for tracking tasks and matching async responses. Must be unique per task. (uuid)
    webhookURL: Webhook URL that receives JSON responses via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
    includeCost: Include task cost in the response.
    numberResults: Number of results to generate. Each result uses a different seed, producing variations of the same parameters. (default 1; >= 1; <= 4)
    uploadEndpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. **Common use cases:** - **Cloud storage**: Upload directly to S3 buckets, Google Cloud Storage, or Azure Blob Storage using presigned URLs. - **CDN integration**: Upload to content delivery networks for immediate distribution. ```text // S3 presigned URL for secure upload https://your-bucket.s3.amazonaws.com/generated/content.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600 // Google Cloud Storage presigned URL https://storage.googleapis.com/your-bucket/content.jpg?X-Goog-Signature=xyz789 // Custom storage endpoint https://storage.example.com/uploads/generated-image.jpg ``` The content data will be sent as the request body to the specified URL when generation is complete. [Read full documentation](https://runware.ai/docs/models/alibaba-qwen3-tts-1-7b-base#uploadEndpoint) (uri)
    ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
    outputType: Audio output type. (default 'URL')
    outputFormat: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \\`JPG\\`: Best for photorealistic images with smaller file sizes (no transparency). - \\`PNG\\`: Lossless compression, supports high quality and transparency (alpha channel). - \\`WEBP\\`: Modern format providing superior compression and transparency support. - \\`MP4\\`: Widely supported video container (H.264), recommended for general use. - \\`WEBM\\`: Optimized for web delivery. - \\`MOV\\`: QuickTime format, common in professional workflows (Apple ecosystem). - \\`GIF\\`: Animated image format (no audio), suitable for short loops or previews. - \\`MP3\\`: Compressed audio, smaller file size. - \\`WAV\\`: Uncompressed, high-quality audio. - \\`FLAC\\`: Lossless compression. - \\`OGG\\`: Open-source compressed audio format (Vorbis codec). - \\`SVG\\`: Scalable Vector Graphics. - \\`TIFF\\`: High-quality output supporting layers. - \\`GLB\\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \\*\\*Transparency\\*\\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \\`PNG\\`, \\`WEBP\\`, \\`TIFF\\`). \\`JPG\\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/alibaba-qwen3-tts-1-7b-base#outputFormat) (default 'MP3')
    deliveryMethod: Determines how the API delivers task results. (default 'sync')
    audioSettings: Audio encoding settings for controlling the bitrate, number of channels, and sample rate of the generated audio. Only applicable for lossy output formats (`MP3` and `OGG`). When using lossless formats (`WAV` or `FLAC`), this parameter must not be provided. The available sample rates and valid bitrate ranges depend on the output format. For `OGG`, bitrate limits also vary by the number of channels. **MP3 bitrate limits**: Bitrate limits for MP3 are the same regardless of mono or stereo. | Sample Rate | Min Bitrate | Max Bitrate | | --- | --- | --- | | 8,000 Hz | 8 kbps | 64 kbps | | 11,025 Hz | 8 kbps | 64 kbps | | 12,000 Hz | 8 kbps | 64 kbps | | 16,000 Hz | 8 kbps | 160 kbps | | 22,050 Hz | 8 kbps | 160 kbps | | 24,000 Hz | 8 kbps | 160 kbps | | 32,000 Hz | 32 kbps | 320 kbps | | 44,100 Hz | 32 kbps | 320 kbps | | 48,000 Hz | 32 kbps | 320 kbps | **OGG bitrate limits — Mono (1 channel)**: | Sample Rate | Min Bitrate | Max Bitrate | | --- | --- | --- | | 8,000 Hz | 8 kbps | 40 kbps | | 12,000 Hz | 16 kbps | 48 kbps | | 16,000 Hz | 16 kbps | 96 kbps | | 24,000 Hz | 16 kbps | 80 kbps | | 48,000 Hz | 32 kbps | 224 kbps | **OGG bitrate limits — Stereo (2 channels)**: | Sample Rate | Min Bitrate | Max Bitrate | | --- | --- | --- | | 8,000 Hz | 16 kbps | 80 kbps | | 12,000 Hz | 16 kbps | 96 kbps | | 16,000 Hz | 24 kbps | 192 kbps | | 24,000 Hz | 32 kbps | 160 kbps | | 48,000 Hz | 48 kbps | 256 kbps | > [!NOTE] > **Lossless formats**: When `outputFormat` is set to `WAV` or `FLAC`, the `audioSettings` parameter is not available since these formats produce uncompressed or lossless audio with no configurable encoding settings. [Read full documentation](https://runware.ai/docs/models/alibaba-qwen3-tts-1-7b-base#audioSettings)
    """

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
    """taskType (required): Identifier for the type of task this response belongs to.
    taskUUID (required): UUID v4 identifier echoed from the original request, used to match async responses to their tasks. (uuid)
    cost: Task cost in USD. Present when `includeCost` is set to `true` in the request.
    audioUUID (required): UUID of the output audio. (uuid)
    audioURL: URL of the output audio. (uri)
    audioBase64Data: Base64-encoded audio data.
    audioDataURI: Data URI of the output audio. (uri)
    seed: The seed used for generation. If none was provided, shows the randomly generated seed."""

    cost: float
    audioURL: str
    audioBase64Data: str
    audioDataURI: str
    seed: int
