"""Typed request and response shapes for Clarity (runware:500@1).

Generated from spec/models/clarity.yaml; do not edit by hand. These types describe the wire format; the validator in ``validator.py`` checks the rules types cannot express (ranges, formats, dimension pairs).
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict, Union

__all__ = [
    "ClarityRequest",
    "ClarityResponse",
    "DeliveryMethodInput",
    "Inputs",
    "OutputFormat",
    "OutputType",
    "Scheduler",
    "Settings",
]


Scheduler = Literal[
    "DDIM",
    "DDIMScheduler",
    "DDPMScheduler",
    "DEISMultistepScheduler",
    "Default",
    "DPM++",
    "DPM++ 2M",
    "DPM++ 2M Beta",
    "DPM++ 2M Exponential",
    "DPM++ 2M Karras",
    "DPM++ 2M SDE",
    "DPM++ 2M SDE Beta",
    "DPM++ 2M SDE Exponential",
    "DPM++ 2M SDE Karras",
    "DPM++ 2M SDE Uniform",
    "DPM++ 2M Uniform",
    "DPM++ 3M",
    "DPM++ 3M Beta",
    "DPM++ 3M Exponential",
    "DPM++ 3M Karras",
    "DPM++ 3M SDE Uniform",
    "DPM++ 3M Uniform",
    "DPM++ Beta",
    "DPM++ Exponential",
    "DPM++ Karras",
    "DPM++ SDE",
    "DPM++ SDE Beta",
    "DPM++ SDE Exponential",
    "DPM++ SDE Karras",
    "DPM++ Uniform",
    "DPM++ Uniform Beta",
    "DPM++ Uniform Exponential",
    "DPM++ Uniform Karras",
    "DPMSolverMultistepInverse",
    "DPMSolverMultistepScheduler",
    "DPMSolverSinglestepScheduler",
    "EDMDPMSolverMultistepScheduler",
    "EDMEulerScheduler",
    "Euler",
    "Euler a",
    "Euler Beta",
    "Euler Exponential",
    "Euler Karras",
    "EulerAncestralDiscreteScheduler",
    "EulerDiscreteScheduler",
    "FlowMatchEulerDiscreteScheduler",
    "Heun",
    "HeunDiscreteScheduler",
    "Heun Karras",
    "IPNDMScheduler",
    "IPNDM Uniform",
    "IPNDM Uniform Beta",
    "IPNDM Uniform Exponential",
    "IPNDM Uniform Karras",
    "KDPM2AncestralDiscreteScheduler",
    "KDPM2DiscreteScheduler",
    "LCM",
    "LCMScheduler",
    "LMS",
    "LMSDiscreteScheduler",
    "LMS Karras",
    "PNDMScheduler",
    "TCDScheduler",
    "UniPC",
    "UniPC 2M",
    "UniPC 2M Karras",
    "UniPC 2M Uniform",
    "UniPC 3M",
    "UniPC 3M Karras",
    "UniPC 3M Uniform",
    "UniPC Karras",
    "UniPC Uniform",
    "UniPC Uniform Beta",
    "UniPC Uniform Exponential",
    "UniPC Uniform Karras",
]
# Scheduler: Scheduler to use for the diffusion process.


class Settings(TypedDict, total=False):
    """Global inference settings.

    positivePrompt: Text prompt describing elements to include in the generated output.
    negativePrompt: Prompt to guide what to exclude from generation. Ignored when guidance is disabled (CFGScale ≤ 1).
    seed: Random seed for reproducible generation. When not provided, a random seed is generated in the unsigned 32-bit range. (>= 0; <= 9223372036854775807)
    steps: Total number of denoising steps. Higher values generally produce more detailed results but take longer. (>= 1)
    scheduler: Scheduler to use for the diffusion process.
    CFGScale: Guidance scale representing how closely the output will resemble the prompt. Higher values produce results more aligned with the prompt. (>= 0; multiple of 0.01)
    strength: Strength of the transformation. Lower values result in more influence from the original input. (default 0.8; >= 0; <= 1; multiple of 0.01)
    controlNetWeight: Strength of the ControlNet influence. A value of 0 means no influence. Higher values increase the influence, and negative values can be used to steer away from the guide image. (default 1; >= -4; <= 4; multiple of 0.01)
    """

    positivePrompt: str
    negativePrompt: str
    seed: int
    steps: int
    scheduler: Scheduler
    CFGScale: float
    strength: float
    controlNetWeight: float


OutputType = Literal["URL", "base64Data", "dataURI"]
# OutputType: Image output type. (default 'URL')


OutputFormat = Literal["JPG", "PNG", "WEBP"]
# OutputFormat: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \`JPG\`: Best for photorealistic images with smaller file sizes (no transparency). - \`PNG\`: Lossless compression, supports high quality and transparency (alpha channel). - \`WEBP\`: Modern format providing superior compression and transparency support. - \`MP4\`: Widely supported video container (H.264), recommended for general use. - \`WEBM\`: Optimized for web delivery. - \`MOV\`: QuickTime format, common in professional workflows (Apple ecosystem). - \`GIF\`: Animated image format (no audio), suitable for short loops or previews. - \`MP3\`: Compressed audio, smaller file size. - \`WAV\`: Uncompressed, high-quality audio. - \`FLAC\`: Lossless compression. - \`OGG\`: Open-source compressed audio format (Vorbis codec). - \`SVG\`: Scalable Vector Graphics. - \`TIFF\`: High-quality output supporting layers. - \`GLB\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \*\*Transparency\*\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \`PNG\`, \`WEBP\`, \`TIFF\`). \`JPG\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/clarity#outputFormat) (default 'JPG')


DeliveryMethodInput = Union[Literal["sync"], Literal["async"]]
# DeliveryMethodInput: Determines how the API delivers task results. (default 'sync')


class Inputs(TypedDict):
    """Input assets for the task.

    image (required): Image input (UUID, URL, Data URI, or Base64)."""

    image: Any


class _ClarityRequestRequired(TypedDict):
    model: Literal["runware:500@1"]
    taskType: Literal["upscale"]
    taskUUID: str
    inputs: Inputs


class ClarityRequest(_ClarityRequestRequired, total=False):
    """model (required): Identifier of the model to use for generation.
    upscaleFactor: Factor by which to upscale the generated image. A value of 2 doubles width and height. (>= 1; <= 4)
    settings: Global inference settings.
    taskType (required): Identifier for the type of task being performed.
    taskUUID (required): UUID v4 identifier for tracking tasks and matching async responses. Must be unique per task. (uuid)
    webhookURL: Webhook URL that receives JSON responses via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
    includeCost: Include task cost in the response.
    uploadEndpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. **Common use cases:** - **Cloud storage**: Upload directly to S3 buckets, Google Cloud Storage, or Azure Blob Storage using presigned URLs. - **CDN integration**: Upload to content delivery networks for immediate distribution. ```text // S3 presigned URL for secure upload https://your-bucket.s3.amazonaws.com/generated/content.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600 // Google Cloud Storage presigned URL https://storage.googleapis.com/your-bucket/content.jpg?X-Goog-Signature=xyz789 // Custom storage endpoint https://storage.example.com/uploads/generated-image.jpg ``` The content data will be sent as the request body to the specified URL when generation is complete. [Read full documentation](https://runware.ai/docs/models/clarity#uploadEndpoint) (uri)
    ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
    outputQuality: Compression quality of the output. Higher values preserve quality but increase file size. (default 95; >= 20; <= 99)
    outputType: Image output type. (default 'URL')
    outputFormat: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \\`JPG\\`: Best for photorealistic images with smaller file sizes (no transparency). - \\`PNG\\`: Lossless compression, supports high quality and transparency (alpha channel). - \\`WEBP\\`: Modern format providing superior compression and transparency support. - \\`MP4\\`: Widely supported video container (H.264), recommended for general use. - \\`WEBM\\`: Optimized for web delivery. - \\`MOV\\`: QuickTime format, common in professional workflows (Apple ecosystem). - \\`GIF\\`: Animated image format (no audio), suitable for short loops or previews. - \\`MP3\\`: Compressed audio, smaller file size. - \\`WAV\\`: Uncompressed, high-quality audio. - \\`FLAC\\`: Lossless compression. - \\`OGG\\`: Open-source compressed audio format (Vorbis codec). - \\`SVG\\`: Scalable Vector Graphics. - \\`TIFF\\`: High-quality output supporting layers. - \\`GLB\\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \\*\\*Transparency\\*\\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \\`PNG\\`, \\`WEBP\\`, \\`TIFF\\`). \\`JPG\\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/clarity#outputFormat) (default 'JPG')
    deliveryMethod: Determines how the API delivers task results. (default 'sync')
    inputs (required): Input assets for the task."""

    upscaleFactor: float
    settings: Settings
    webhookURL: str
    includeCost: bool
    uploadEndpoint: str
    ttl: int
    outputQuality: int
    outputType: OutputType
    outputFormat: OutputFormat
    deliveryMethod: DeliveryMethodInput


class _ClarityResponseRequired(TypedDict):
    taskType: Literal["upscale"]
    taskUUID: str
    imageUUID: str


class ClarityResponse(_ClarityResponseRequired, total=False):
    """taskType (required): Identifier for the type of task this response belongs to.
    taskUUID (required): UUID v4 identifier echoed from the original request, used to match async responses to their tasks. (uuid)
    cost: Task cost in USD. Present when `includeCost` is set to `true` in the request.
    imageUUID (required): UUID of the output image. (uuid)
    imageURL: URL of the output image. (uri)
    imageBase64Data: Base64-encoded image data.
    imageDataURI: Data URI of the output image. (uri)"""

    cost: float
    imageURL: str
    imageBase64Data: str
    imageDataURI: str
