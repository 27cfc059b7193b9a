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
    """Global inference settings.

    rgba: Background color as `[red, green, blue, alpha]` array. (default [255, 255, 255, 0]; items >= 4; items <= 4)
    """

    rgba: list[int]


OutputType = Literal["URL"]
# OutputType: Video output type. (default 'URL')


OutputFormat = Literal["WEBM", "MOV"]
# OutputFormat: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \`JPG\`: Best for photorealistic images with smaller file sizes (no transparency). - \`PNG\`: Lossless compression, supports high quality and transparency (alpha channel). - \`WEBP\`: Modern format providing superior compression and transparency support. - \`MP4\`: Widely supported video container (H.264), recommended for general use. - \`WEBM\`: Optimized for web delivery. - \`MOV\`: QuickTime format, common in professional workflows (Apple ecosystem). - \`GIF\`: Animated image format (no audio), suitable for short loops or previews. - \`MP3\`: Compressed audio, smaller file size. - \`WAV\`: Uncompressed, high-quality audio. - \`FLAC\`: Lossless compression. - \`OGG\`: Open-source compressed audio format (Vorbis codec). - \`SVG\`: Scalable Vector Graphics. - \`TIFF\`: High-quality output supporting layers. - \`GLB\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \*\*Transparency\*\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \`PNG\`, \`WEBP\`, \`TIFF\`). \`JPG\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/bria-video-background-removal#outputFormat) (default 'WEBM')


class Inputs(TypedDict):
    """Input assets for the task.

    video (required): Video input (UUID or URL)."""

    video: Any


class _BriaVideoBackgroundRemovalRequestRequired(TypedDict):
    model: Literal["bria:51@1"]
    taskType: Literal["removeBackground"]
    taskUUID: str
    inputs: Inputs


class BriaVideoBackgroundRemovalRequest(_BriaVideoBackgroundRemovalRequestRequired, total=False):
    """model (required): Identifier of the model to use for generation.
    settings: Global inference settings.
    taskType (required): Identifier for the type of task being performed.
    taskUUID (required): UUID v4 identifier for tracking tasks and matching async responses. Must be unique per task. (uuid)
    webhookURL: Webhook URL that receives JSON responses via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
    includeCost: Include task cost in the response.
    uploadEndpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. **Common use cases:** - **Cloud storage**: Upload directly to S3 buckets, Google Cloud Storage, or Azure Blob Storage using presigned URLs. - **CDN integration**: Upload to content delivery networks for immediate distribution. ```text // S3 presigned URL for secure upload https://your-bucket.s3.amazonaws.com/generated/content.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600 // Google Cloud Storage presigned URL https://storage.googleapis.com/your-bucket/content.jpg?X-Goog-Signature=xyz789 // Custom storage endpoint https://storage.example.com/uploads/generated-image.jpg ``` The content data will be sent as the request body to the specified URL when generation is complete. [Read full documentation](https://runware.ai/docs/models/bria-video-background-removal#uploadEndpoint) (uri)
    ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
    outputQuality: Compression quality of the output. Higher values preserve quality but increase file size. (default 95; >= 20; <= 99)
    outputType: Video output type. (default 'URL')
    outputFormat: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \\`JPG\\`: Best for photorealistic images with smaller file sizes (no transparency). - \\`PNG\\`: Lossless compression, supports high quality and transparency (alpha channel). - \\`WEBP\\`: Modern format providing superior compression and transparency support. - \\`MP4\\`: Widely supported video container (H.264), recommended for general use. - \\`WEBM\\`: Optimized for web delivery. - \\`MOV\\`: QuickTime format, common in professional workflows (Apple ecosystem). - \\`GIF\\`: Animated image format (no audio), suitable for short loops or previews. - \\`MP3\\`: Compressed audio, smaller file size. - \\`WAV\\`: Uncompressed, high-quality audio. - \\`FLAC\\`: Lossless compression. - \\`OGG\\`: Open-source compressed audio format (Vorbis codec). - \\`SVG\\`: Scalable Vector Graphics. - \\`TIFF\\`: High-quality output supporting layers. - \\`GLB\\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \\*\\*Transparency\\*\\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \\`PNG\\`, \\`WEBP\\`, \\`TIFF\\`). \\`JPG\\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/bria-video-background-removal#outputFormat) (default 'WEBM')
    deliveryMethod: Determines how the API delivers task results. (default 'async')
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
    """taskType (required): Identifier for the type of task this response belongs to.
    taskUUID (required): UUID v4 identifier echoed from the original request, used to match async responses to their tasks. (uuid)
    cost: Task cost in USD. Present when `includeCost` is set to `true` in the request.
    videoUUID (required): UUID of the output video. (uuid)
    videoURL: URL of the output video. (uri)
    videoBase64Data: Base64-encoded video data.
    videoDataURI: Data URI of the output video. (uri)"""

    cost: float
    videoURL: str
    videoBase64Data: str
    videoDataURI: str
