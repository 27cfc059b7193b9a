"""Typed request and response shapes for Tripo 3D v3.1 (tripo:v3.1@0).

Generated from spec/models/tripo-v3-1.yaml; do not edit by hand. These types describe the wire format; the validator in ``validator.py`` checks the rules types cannot express (ranges, formats, dimension pairs).
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict, Union

__all__ = [
    "CompressInput",
    "DeliveryMethodInput",
    "File",
    "GeometryQualityInput",
    "Inputs",
    "OrientationInput",
    "OutputFormat",
    "OutputType",
    "Outputs",
    "Settings",
    "TextureAlignmentInput",
    "TextureQualityInput",
    "TripoV31Request",
    "TripoV31Response",
]


OutputFormat = Literal["GLB", "FBX"]
# OutputFormat: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \`JPG\`: Best for photorealistic images with smaller file sizes (no transparency). - \`PNG\`: Lossless compression, supports high quality and transparency (alpha channel). - \`WEBP\`: Modern format providing superior compression and transparency support. - \`MP4\`: Widely supported video container (H.264), recommended for general use. - \`WEBM\`: Optimized for web delivery. - \`MOV\`: QuickTime format, common in professional workflows (Apple ecosystem). - \`GIF\`: Animated image format (no audio), suitable for short loops or previews. - \`MP3\`: Compressed audio, smaller file size. - \`WAV\`: Uncompressed, high-quality audio. - \`FLAC\`: Lossless compression. - \`OGG\`: Open-source compressed audio format (Vorbis codec). - \`SVG\`: Scalable Vector Graphics. - \`TIFF\`: High-quality output supporting layers. - \`GLB\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \*\*Transparency\*\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \`PNG\`, \`WEBP\`, \`TIFF\`). \`JPG\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/tripo-v3-1#outputFormat) (default 'GLB')


class Inputs(TypedDict, total=False):
    """Input assets for the task.

    images: Image inputs for image-to-3D or multiview-to-3D generation (UUID, URL, Data URI, or Base64). (items >= 1; items <= 4)
    """

    images: list[Any]


CompressInput = Union[Literal["geometry"], Literal["meshopt"]]
# CompressInput: Compression method for the output mesh. (default 'meshopt')


GeometryQualityInput = Union[Literal["standard"], Literal["detailed"]]
# GeometryQualityInput: Controls the geometric detail level of the output mesh. (default 'standard')


OrientationInput = Union[Literal["default"], Literal["align_image"]]
# OrientationInput: Controls model orientation. (default 'default')


TextureAlignmentInput = Union[Literal["original_image"], Literal["geometry"]]
# TextureAlignmentInput: Controls texture alignment priority.


TextureQualityInput = Union[Literal["standard"], Literal["detailed"]]
# TextureQualityInput: Resolution quality for generated textures. (default 'standard')


class Settings(TypedDict, total=False):
    """Global inference settings.

    autoSize: Scales the model to real-world dimensions in meters.
    compress: Compression method for the output mesh. (default 'meshopt')
    exportUv: Enables UV unwrapping on the output mesh. (default True)
    faceLimit: Maximum number of faces (polygons) in the output mesh. If not set, determined adaptively. Range depends on mode: 1000–20000 for low-poly, 500–10000 for quad. (>= 500; <= 20000)
    generateParts: Generates segmented 3D models with individually editable parts.
    geometryQuality: Controls the geometric detail level of the output mesh. (default 'standard')
    imageAutoFix: Optimizes the input image for better 3D generation results.
    orientation: Controls model orientation. (default 'default')
    pbr: Enables physically-based rendering materials. (default True)
    quad: Enables quad mesh output.
    smartLowPoly: Generates low-poly meshes optimized for simple inputs. May fail on complex models.
    texture: Enables texturing on the generated model. Set to false for a base model without textures. (default True)
    textureAlignment: Controls texture alignment priority.
    textureQuality: Resolution quality for generated textures. (default 'standard')
    textureSeed: Seed for texture generation reproducibility. (>= 0; <= 20240919)"""

    autoSize: bool
    compress: CompressInput
    exportUv: bool
    faceLimit: int
    generateParts: bool
    geometryQuality: GeometryQualityInput
    imageAutoFix: bool
    orientation: OrientationInput
    pbr: bool
    quad: bool
    smartLowPoly: bool
    texture: bool
    textureAlignment: TextureAlignmentInput
    textureQuality: TextureQualityInput
    textureSeed: int


OutputType = Literal["URL"]
# OutputType: 3D output type. (default 'URL')


DeliveryMethodInput = Union[Literal["sync"], Literal["async"]]
# DeliveryMethodInput: Determines how the API delivers task results. (default 'async')


class _TripoV31RequestRequired(TypedDict):
    model: Literal["tripo:v3.1@0"]
    taskType: Literal["3dInference"]
    taskUUID: str


class TripoV31Request(_TripoV31RequestRequired, total=False):
    """model (required): Identifier of the model to use for generation.
    outputFormat: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \\`JPG\\`: Best for photorealistic images with smaller file sizes (no transparency). - \\`PNG\\`: Lossless compression, supports high quality and transparency (alpha channel). - \\`WEBP\\`: Modern format providing superior compression and transparency support. - \\`MP4\\`: Widely supported video container (H.264), recommended for general use. - \\`WEBM\\`: Optimized for web delivery. - \\`MOV\\`: QuickTime format, common in professional workflows (Apple ecosystem). - \\`GIF\\`: Animated image format (no audio), suitable for short loops or previews. - \\`MP3\\`: Compressed audio, smaller file size. - \\`WAV\\`: Uncompressed, high-quality audio. - \\`FLAC\\`: Lossless compression. - \\`OGG\\`: Open-source compressed audio format (Vorbis codec). - \\`SVG\\`: Scalable Vector Graphics. - \\`TIFF\\`: High-quality output supporting layers. - \\`GLB\\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \\*\\*Transparency\\*\\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \\`PNG\\`, \\`WEBP\\`, \\`TIFF\\`). \\`JPG\\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/tripo-v3-1#outputFormat) (default 'GLB')
    inputs: Input assets for the task.
    positivePrompt: Text prompt describing elements to include in the generated output. (length <= 1024)
    negativePrompt: Prompt to guide what to exclude from generation. Ignored when guidance is disabled (CFGScale ≤ 1). (length <= 255)
    seed: Random seed for reproducible generation. When not provided, a random seed is generated in the unsigned 32-bit range. (>= 1; <= 20240919)
    settings: Global inference settings.
    taskType (required): Identifier for the type of task being performed.
    taskUUID (required): UUID v4 identifier for tracking tasks and matching async responses. Must be unique per task. (uuid)
    webhookURL: Webhook URL that receives JSON responses via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
    includeCost: Include task cost in the response.
    numberResults: Number of results to generate. Each result uses a different seed, producing variations of the same parameters. (default 1; >= 1; <= 4)
    uploadEndpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. **Common use cases:** - **Cloud storage**: Upload directly to S3 buckets, Google Cloud Storage, or Azure Blob Storage using presigned URLs. - **CDN integration**: Upload to content delivery networks for immediate distribution. ```text // S3 presigned URL for secure upload https://your-bucket.s3.amazonaws.com/generated/content.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600 // Google Cloud Storage presigned URL https://storage.googleapis.com/your-bucket/content.jpg?X-Goog-Signature=xyz789 // Custom storage endpoint https://storage.example.com/uploads/generated-image.jpg ``` The content data will be sent as the request body to the specified URL when generation is complete. [Read full documentation](https://runware.ai/docs/models/tripo-v3-1#uploadEndpoint) (uri)
    ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
    outputType: 3D output type. (default 'URL')
    deliveryMethod: Determines how the API delivers task results. (default 'async')"""

    outputFormat: OutputFormat
    inputs: Inputs
    positivePrompt: str
    negativePrompt: str
    seed: int
    settings: Settings
    webhookURL: str
    includeCost: bool
    numberResults: int
    uploadEndpoint: str
    ttl: int
    outputType: OutputType
    deliveryMethod: DeliveryMethodInput


class File(TypedDict):
    """uuid (required): UUID of the output file. (uuid)
    url (required): URL of the output file. (uri)"""

    uuid: str
    url: str


class Outputs(TypedDict):
    """Generated output artifacts.

    files (required): Generated output files. (items >= 1)"""

    files: list[File]


class _TripoV31ResponseRequired(TypedDict):
    taskType: Literal["3dInference"]
    taskUUID: str
    outputs: Outputs


class TripoV31Response(_TripoV31ResponseRequired, total=False):
    """taskType (required): Identifier for the type of task this response belongs to.
    taskUUID (required): UUID v4 identifier echoed from the original request, used to match async responses to their tasks. (uuid)
    cost: Task cost in USD. Present when `includeCost` is set to `true` in the request.
    outputs (required): Generated output artifacts.
    seed: The seed used for generation. If none was provided, shows the randomly generated seed."""

    cost: float
    seed: int
