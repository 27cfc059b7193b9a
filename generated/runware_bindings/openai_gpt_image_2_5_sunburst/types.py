"""Typed request and response shapes for GPT-Image-2.5 Sunburst (openai:gpt-image@2.5-sunburst).

Generated from spec/models/openai-gpt-image-2-5-sunburst.yaml; do not edit by hand. These types describe the wire format; the validator in ``validator.py`` checks the rules types cannot express (ranges, formats, dimension pairs).
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict, Union

__all__ = [
    "AdvancedFeatures",
    "BackgroundInput",
    "DeliveryMethodInput",
    "Inputs",
    "ModerationInput",
    "OpenaiGptImage25SunburstRequest",
    "OpenaiGptImage25SunburstResponse",
    "OutputFormat",
    "OutputType",
    "Quality",
    "Safety",
    "Settings",
]


class Inputs(TypedDict, total=False):
    """Input assets for the task.

    maskImage: Image used to specify which areas of the input image should be edited (UUID, URL, Data URI, or Base64). White marks the area to edit, black is preserved. The model treats the mask as guidance rather than a hard boundary, so edits can extend past its shape. With several reference images the mask applies to the first.
    referenceImages: List of reference images (UUID, URL, Data URI, or Base64). (items >= 1; items <= 16)
    """

    maskImage: Any
    referenceImages: list[Any]


BackgroundInput = Union[Literal["auto"], Literal["opaque"], Literal["transparent"]]
# BackgroundInput: Background handling in generated images. (default 'auto')


ModerationInput = Union[Literal["auto"], Literal["low"]]
# ModerationInput: Content moderation level. (default 'auto')


Quality = Literal["auto", "max", "xhigh", "high", "medium", "low"]
# Quality: Image quality level. (default 'auto')


class Settings(TypedDict, total=False):
    """Global inference settings.

    background: Background handling in generated images. (default 'auto')
    moderation: Content moderation level. (default 'auto')
    quality: Image quality level. (default 'auto')"""

    background: BackgroundInput
    moderation: ModerationInput
    quality: Quality


OutputType = Literal["URL", "base64Data", "dataURI"]
# OutputType: Image output type. (default 'URL')


OutputFormat = Literal["JPG", "PNG", "WEBP"]
# OutputFormat: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \`JPG\`: Best for photorealistic images with smaller file sizes (no transparency). - \`PNG\`: Lossless compression, supports high quality and transparency (alpha channel). - \`WEBP\`: Modern format providing superior compression and transparency support. - \`MP4\`: Widely supported video container (H.264), recommended for general use. - \`WEBM\`: Optimized for web delivery. - \`MOV\`: QuickTime format, common in professional workflows (Apple ecosystem). - \`GIF\`: Animated image format (no audio), suitable for short loops or previews. - \`MP3\`: Compressed audio, smaller file size. - \`WAV\`: Uncompressed, high-quality audio. - \`FLAC\`: Lossless compression. - \`OGG\`: Open-source compressed audio format (Vorbis codec). - \`SVG\`: Scalable Vector Graphics. - \`TIFF\`: High-quality output supporting layers. - \`GLB\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \*\*Transparency\*\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \`PNG\`, \`WEBP\`, \`TIFF\`). \`JPG\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/openai-gpt-image-2-5-sunburst#outputFormat) (default 'JPG')


DeliveryMethodInput = Union[Literal["sync"], Literal["async"]]
# DeliveryMethodInput: Determines how the API delivers task results. (default 'sync')


class Safety(TypedDict, total=False):
    """Content safety checking configuration for image generation.

    checkContent: Enable or disable content safety checking. Increases total generation time."""

    checkContent: bool


class AdvancedFeatures(TypedDict, total=False):
    """Model-specific advanced configuration options.

    watermark: Configuration object for adding watermarks to generated videos. Watermarks can be applied using either text or image content with customizable positioning and appearance. You must provide either `text` or `image` content for the watermark, but not both. **Text watermark**: ```json "advancedFeatures": { "watermark": { "text": "© 2025 Company", "displayPosition": "bottom-right", "opacity": 0.6, "fontColor": "#ffffff", "bgColor": "#000000" } } ``` **Image watermark**: ```json "advancedFeatures": { "watermark": { "image": "c64351d5-4c59-42f7-95e1-eace013eddab", "displayPosition": "top-left", "opacity": 0.6 } } ``` **Tiled watermark**: ```json "advancedFeatures": { "watermark": { "text": "PREVIEW", "tiled": true, "opacity": 0.4, "fontColor": "#cccccc" } } ``` [Read full documentation](https://runware.ai/docs/models/openai-gpt-image-2-5-sunburst#watermark)
    """

    watermark: Any


class _OpenaiGptImage25SunburstRequestRequired(TypedDict):
    model: Literal["openai:gpt-image@2.5-sunburst"]
    positivePrompt: str
    taskType: Literal["imageInference"]
    taskUUID: str


class OpenaiGptImage25SunburstRequest(_OpenaiGptImage25SunburstRequestRequired, total=False):
    """model (required): Identifier of the model to use for generation.
    inputs: Input assets for the task.
    positivePrompt (required): Text prompt describing elements to include in the generated output. (length >= 2; length <= 32000)
    width: Width of the generated media in pixels. (>= 16; <= 3840; multiple of 16)
    height: Height of the generated media in pixels. (>= 16; <= 3840; multiple of 16)
    settings: Global inference settings.
    taskType (required): Identifier for the type of task being performed.
    taskUUID (required): UUID v4 identifier for tracking tasks and matching async responses. Must be unique per task. (uuid)
    webhookURL: Webhook URL that receives JSON responses via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
    includeCost: Include task cost in the response.
    numberResults: Number of results to generate. Each result uses a different seed, producing variations of the same parameters. (default 1; >= 1; <= 20)
    uploadEndpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. **Common use cases:** - **Cloud storage**: Upload directly to S3 buckets, Google Cloud Storage, or Azure Blob Storage using presigned URLs. - **CDN integration**: Upload to content delivery networks for immediate distribution. ```text // S3 presigned URL for secure upload https://your-bucket.s3.amazonaws.com/generated/content.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600 // Google Cloud Storage presigned URL https://storage.googleapis.com/your-bucket/content.jpg?X-Goog-Signature=xyz789 // Custom storage endpoint https://storage.example.com/uploads/generated-image.jpg ``` The content data will be sent as the request body to the specified URL when generation is complete. [Read full documentation](https://runware.ai/docs/models/openai-gpt-image-2-5-sunburst#uploadEndpoint) (uri)
    ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
    outputType: Image output type. (default 'URL')
    outputFormat: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \\`JPG\\`: Best for photorealistic images with smaller file sizes (no transparency). - \\`PNG\\`: Lossless compression, supports high quality and transparency (alpha channel). - \\`WEBP\\`: Modern format providing superior compression and transparency support. - \\`MP4\\`: Widely supported video container (H.264), recommended for general use. - \\`WEBM\\`: Optimized for web delivery. - \\`MOV\\`: QuickTime format, common in professional workflows (Apple ecosystem). - \\`GIF\\`: Animated image format (no audio), suitable for short loops or previews. - \\`MP3\\`: Compressed audio, smaller file size. - \\`WAV\\`: Uncompressed, high-quality audio. - \\`FLAC\\`: Lossless compression. - \\`OGG\\`: Open-source compressed audio format (Vorbis codec). - \\`SVG\\`: Scalable Vector Graphics. - \\`TIFF\\`: High-quality output supporting layers. - \\`GLB\\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \\*\\*Transparency\\*\\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \\`PNG\\`, \\`WEBP\\`, \\`TIFF\\`). \\`JPG\\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/openai-gpt-image-2-5-sunburst#outputFormat) (default 'JPG')
    outputQuality: Compression quality of the output. Higher values preserve quality but increase file size. (default 95; >= 20; <= 99)
    deliveryMethod: Determines how the API delivers task results. (default 'sync')
    safety: Content safety checking configuration for image generation.
    advancedFeatures: Model-specific advanced configuration options."""

    inputs: Inputs
    width: int
    height: int
    settings: Settings
    webhookURL: str
    includeCost: bool
    numberResults: int
    uploadEndpoint: str
    ttl: int
    outputType: OutputType
    outputFormat: OutputFormat
    outputQuality: int
    deliveryMethod: DeliveryMethodInput
    safety: Safety
    advancedFeatures: AdvancedFeatures


class _OpenaiGptImage25SunburstResponseRequired(TypedDict):
    taskType: Literal["imageInference"]
    taskUUID: str
    imageUUID: str


class OpenaiGptImage25SunburstResponse(_OpenaiGptImage25SunburstResponseRequired, total=False):
    """taskType (required): Identifier for the type of task this response belongs to.
    taskUUID (required): UUID v4 identifier echoed from the original request, used to match async responses to their tasks. (uuid)
    cost: Task cost in USD. Present when `includeCost` is set to `true` in the request.
    imageUUID (required): UUID of the output image. (uuid)
    imageURL: URL of the output image. (uri)
    imageBase64Data: Base64-encoded image data.
    imageDataURI: Data URI of the output image. (uri)
    seed: The seed used for generation. If none was provided, shows the randomly generated seed.
    NSFWContent: Flag indicating if NSFW content was detected."""

    cost: float
    imageURL: str
    imageBase64Data: str
    imageDataURI: str
    seed: int
    NSFWContent: bool
