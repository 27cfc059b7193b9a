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
# FrameInput: Target frame position for the image. Supports first and last frame.


class _FrameImageRequired(TypedDict):
    image: Any


class FrameImage(_FrameImageRequired, total=False):
    """image (required): Image input (UUID, URL, Data URI, or Base64).
    frame: Target frame position for the image. Supports first and last frame."""

    frame: FrameInput


FrameImageInput = Union[Any, FrameImage]


class Inputs(TypedDict, total=False):
    """Input assets for the task.

    referenceImages: List of reference images (UUID, URL, Data URI, or Base64). (items >= 1; items <= 1)
    frameImages: An array of frame-specific image inputs to guide video generation. Each item can be either a plain image input (UUID, URL, Data URI, or Base64) or an object that pairs an image with a target position in the video. The `frameImages` parameter allows you to constrain specific frames within the video sequence, ensuring that particular visual content appears at designated points. Position can be specified using `frame` (named positions or frame indices) or `timestamp` (seconds), depending on model support. This is different from `referenceImages`, which provide overall visual guidance without constraining specific timeline positions. When the `frame` parameter is omitted, automatic distribution rules apply: - **1 image**: Used as the first frame. - **2 images**: First and last frames. - **3+ images**: First and last frames, with intermediate images evenly spaced between. **Examples**: **Shorthand format:** When you don't need to specify a frame position, you can pass a plain image input directly. ```json "frameImages": [ "aac49721-1964-481a-ae78-8a4e29b91402" ] ``` **Object format:** When you need to specify a position, use an object with `image` and either `frame` or `timestamp` (model-dependent). ```json "frameImages": [ { "image": "aac49721-1964-481a-ae78-8a4e29b91402", "frame": "first" } ] ``` **First and last frames:** With two images, they automatically become the first and last frames of the video sequence. You can mix shorthand and object formats. ```json "frameImages": [ "aac49721-1964-481a-ae78-8a4e29b91402", { "image": "3ad204c3-a9de-4963-8a1a-c3911e3afafe", "frame": "last" } ] ``` **Multiple frames:** With three or more images, the first and last are anchored while intermediate frames are evenly distributed across the timeline. ```json "frameImages": [ { "image": "aac49721-1964-481a-ae78-8a4e29b91402", "frame": "first" }, "c00abf5f-6cdb-4642-a01d-1bfff7bc3cf7", { "image": "3ad204c3-a9de-4963-8a1a-c3911e3afafe", "frame": "last" } ] ``` [Read full documentation](https://runware.ai/docs/models/klingai-video-2-6-pro#frameImages) (items >= 1; items <= 2)
    referenceVideos: List of reference videos (UUID or URL). (items >= 1; items <= 1)"""

    referenceImages: list[Any]
    frameImages: list[FrameImageInput]
    referenceVideos: list[Any]


CharacterOrientationInput = Union[Literal["image"], Literal["video"]]
# CharacterOrientationInput: Source for character orientation reference.


class Klingai(TypedDict, total=False):
    """Provider-specific settings for Kling AI.

    characterOrientation: Source for character orientation reference.
    keepOriginalSound: Maintain the original sound from the reference video.
    sound: Enable native audio generation."""

    characterOrientation: CharacterOrientationInput
    keepOriginalSound: bool
    sound: bool


class ProviderSettings(TypedDict, total=False):
    """Provider-specific configuration settings.

    klingai: Provider-specific settings for Kling AI."""

    klingai: Klingai


OutputType = Literal["URL"]
# OutputType: Video output type. (default 'URL')


OutputFormat = Literal["MP4", "WEBM", "MOV"]
# OutputFormat: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \`JPG\`: Best for photorealistic images with smaller file sizes (no transparency). - \`PNG\`: Lossless compression, supports high quality and transparency (alpha channel). - \`WEBP\`: Modern format providing superior compression and transparency support. - \`MP4\`: Widely supported video container (H.264), recommended for general use. - \`WEBM\`: Optimized for web delivery. - \`MOV\`: QuickTime format, common in professional workflows (Apple ecosystem). - \`GIF\`: Animated image format (no audio), suitable for short loops or previews. - \`MP3\`: Compressed audio, smaller file size. - \`WAV\`: Uncompressed, high-quality audio. - \`FLAC\`: Lossless compression. - \`OGG\`: Open-source compressed audio format (Vorbis codec). - \`SVG\`: Scalable Vector Graphics. - \`TIFF\`: High-quality output supporting layers. - \`GLB\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \*\*Transparency\*\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \`PNG\`, \`WEBP\`, \`TIFF\`). \`JPG\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/klingai-video-2-6-pro#outputFormat) (default 'MP4')


ModeInput = Union[Literal["fast"], Literal["full"]]
# ModeInput: Safety checking mode for video generation. (default 'fast')


class Safety(TypedDict, total=False):
    """Content safety checking configuration for video generation.

    checkContent: Enable or disable content safety checking. Increases total generation time.
    mode: Safety checking mode for video generation. (default 'fast')"""

    checkContent: bool
    mode: ModeInput


class _KlingaiVideo26ProRequestRequired(TypedDict):
    model: Literal["klingai:kling-video@2.6-pro"]
    taskType: Literal["videoInference"]
    taskUUID: str


class KlingaiVideo26ProRequest(_KlingaiVideo26ProRequestRequired, total=False):
    """model (required): Identifier of the model to use for generation.
    inputs: Input assets for the task.
    positivePrompt: Text prompt describing elements to include in the generated output. (length >= 2; length <= 2500)
    negativePrompt: Prompt to guide what to exclude from generation. Ignored when guidance is disabled (CFGScale ≤ 1). (length >= 2; length <= 2500)
    width: Width of the generated media in pixels.
    height: Height of the generated media in pixels.
    duration: Length of the generated video in seconds. The total number of frames produced is determined by duration multiplied by the model's frame rate (fps). (default 5)
    CFGScale: Guidance scale representing how closely the output will resemble the prompt. Higher values produce results more aligned with the prompt. (default 0.5; >= 0; <= 1; multiple of 0.01)
    providerSettings: Provider-specific configuration settings.
    taskType (required): Identifier for the type of task being performed.
    taskUUID (required): UUID v4 identifier for tracking tasks and matching async responses. Must be unique per task. (uuid)
    webhookURL: Webhook URL that receives JSON responses via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
    includeCost: Include task cost in the response.
    numberResults: Number of results to generate. Each result uses a different seed, producing variations of the same parameters. (default 1; >= 1; <= 4)
    uploadEndpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. **Common use cases:** - **Cloud storage**: Upload directly to S3 buckets, Google Cloud Storage, or Azure Blob Storage using presigned URLs. - **CDN integration**: Upload to content delivery networks for immediate distribution. ```text // S3 presigned URL for secure upload https://your-bucket.s3.amazonaws.com/generated/content.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600 // Google Cloud Storage presigned URL https://storage.googleapis.com/your-bucket/content.jpg?X-Goog-Signature=xyz789 // Custom storage endpoint https://storage.example.com/uploads/generated-image.jpg ``` The content data will be sent as the request body to the specified URL when generation is complete. [Read full documentation](https://runware.ai/docs/models/klingai-video-2-6-pro#uploadEndpoint) (uri)
    ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
    outputType: Video output type. (default 'URL')
    outputFormat: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \\`JPG\\`: Best for photorealistic images with smaller file sizes (no transparency). - \\`PNG\\`: Lossless compression, supports high quality and transparency (alpha channel). - \\`WEBP\\`: Modern format providing superior compression and transparency support. - \\`MP4\\`: Widely supported video container (H.264), recommended for general use. - \\`WEBM\\`: Optimized for web delivery. - \\`MOV\\`: QuickTime format, common in professional workflows (Apple ecosystem). - \\`GIF\\`: Animated image format (no audio), suitable for short loops or previews. - \\`MP3\\`: Compressed audio, smaller file size. - \\`WAV\\`: Uncompressed, high-quality audio. - \\`FLAC\\`: Lossless compression. - \\`OGG\\`: Open-source compressed audio format (Vorbis codec). - \\`SVG\\`: Scalable Vector Graphics. - \\`TIFF\\`: High-quality output supporting layers. - \\`GLB\\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \\*\\*Transparency\\*\\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \\`PNG\\`, \\`WEBP\\`, \\`TIFF\\`). \\`JPG\\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/klingai-video-2-6-pro#outputFormat) (default 'MP4')
    outputQuality: Compression quality of the output. Higher values preserve quality but increase file size. (default 95; >= 20; <= 99)
    deliveryMethod: Determines how the API delivers task results. (default 'async')
    safety: Content safety checking configuration for video generation."""

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
    """taskType (required): Identifier for the type of task this response belongs to.
    taskUUID (required): UUID v4 identifier echoed from the original request, used to match async responses to their tasks. (uuid)
    cost: Task cost in USD. Present when `includeCost` is set to `true` in the request.
    videoUUID (required): UUID of the output video. (uuid)
    videoURL: URL of the output video. (uri)
    videoBase64Data: Base64-encoded video data.
    videoDataURI: Data URI of the output video. (uri)
    seed: The seed used for generation. If none was provided, shows the randomly generated seed.
    NSFWContent: Flag indicating if NSFW content was detected."""

    cost: float
    videoURL: str
    videoBase64Data: str
    videoDataURI: str
    seed: int
    NSFWContent: bool
