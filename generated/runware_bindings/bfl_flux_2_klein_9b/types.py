"""Typed request and response shapes for FLUX.2 [klein] 9B (runware:400@2).

Generated from spec/models/bfl-flux-2-klein-9b.yaml; do not edit by hand. These types describe the wire format; the validator in ``validator.py`` checks the rules types cannot express (ranges, formats, dimension pairs).
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict, Union

__all__ = [
    "Acceleration",
    "AcceleratorOptions",
    "AdvancedFeatures",
    "BflFlux2Klein9bRequest",
    "BflFlux2Klein9bResponse",
    "DeliveryMethodInput",
    "Inputs",
    "LoraItem",
    "OutputFormat",
    "OutputType",
    "Safety",
    "Scheduler",
]


class Inputs(TypedDict, total=False):
    """Input assets for the task.

    referenceImages: List of reference images (UUID, URL, Data URI, or Base64). (items >= 1; items <= 4)
    """

    referenceImages: list[Any]


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


Acceleration = Literal["none", "low", "medium", "high"]
# Acceleration: Optimization level. (default 'high')


class AcceleratorOptions(TypedDict, total=False):
    """Advanced caching mechanisms to speed up generation.

    cacheEndStep: Absolute step number to end caching. Must be greater than `cacheStartStep` and less than or equal to `steps`. (>= 1)
    cacheEndStepPercentage: Percentage of steps to end caching. Alternative to `cacheEndStep`. Must be greater than `cacheStartStepPercentage`. (>= 1; <= 100)
    cacheMaxConsecutiveSteps: Limits the maximum number of consecutive steps that can use cached computations before forcing a fresh computation. (default 3; >= 1; <= 5)
    cacheStartStep: Absolute step number to start caching. Must be less than `cacheEndStep`. (>= 0)
    cacheStartStepPercentage: Percentage of steps to start caching. Alternative to `cacheStartStep`. Must be less than `cacheEndStepPercentage`. (>= 0; <= 99)
    teaCache: TeaCache acceleration for transformer-based models. Estimates step differences to skip redundant computations.
    teaCacheDistance: Controls the aggressiveness of the TeaCache feature. Lower values prioritize quality, higher values prioritize speed. (default 0.5; >= 0; <= 1; multiple of 0.01)
    dbCache: DB Cache (CacheDiT) acceleration. Caches and reuses intermediate transformer block outputs to skip redundant computations.
    dbCacheThreshold: Controls the sensitivity threshold for DB Cache. Lower values reuse cached blocks more aggressively, higher values prioritize quality. (default 0.25; >= 0; <= 1; multiple of 0.01)
    dbCacheSkipInterval: Controls how many steps to skip between cache refreshes. Higher values skip more steps for faster generation at the cost of quality. (default 5; >= 1)
    """

    cacheEndStep: int
    cacheEndStepPercentage: int
    cacheMaxConsecutiveSteps: int
    cacheStartStep: int
    cacheStartStepPercentage: int
    teaCache: bool
    teaCacheDistance: float
    dbCache: bool
    dbCacheThreshold: float
    dbCacheSkipInterval: int


class _LoraItemRequired(TypedDict):
    model: str


class LoraItem(_LoraItemRequired, total=False):
    """model (required): LoRA model identifier.
    weight: Strength of the LoRA influence. A value of 0 means no influence. Higher values increase the influence, and negative values can be used to steer away from the LoRA's style. (default 1; >= -4; <= 4; multiple of 0.01)
    """

    weight: float


OutputType = Literal["URL", "base64Data", "dataURI"]
# OutputType: Image output type. (default 'URL')


OutputFormat = Literal["JPG", "PNG", "WEBP"]
# OutputFormat: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \`JPG\`: Best for photorealistic images with smaller file sizes (no transparency). - \`PNG\`: Lossless compression, supports high quality and transparency (alpha channel). - \`WEBP\`: Modern format providing superior compression and transparency support. - \`MP4\`: Widely supported video container (H.264), recommended for general use. - \`WEBM\`: Optimized for web delivery. - \`MOV\`: QuickTime format, common in professional workflows (Apple ecosystem). - \`GIF\`: Animated image format (no audio), suitable for short loops or previews. - \`MP3\`: Compressed audio, smaller file size. - \`WAV\`: Uncompressed, high-quality audio. - \`FLAC\`: Lossless compression. - \`OGG\`: Open-source compressed audio format (Vorbis codec). - \`SVG\`: Scalable Vector Graphics. - \`TIFF\`: High-quality output supporting layers. - \`GLB\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \*\*Transparency\*\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \`PNG\`, \`WEBP\`, \`TIFF\`). \`JPG\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/bfl-flux-2-klein-9b#outputFormat) (default 'JPG')


DeliveryMethodInput = Union[Literal["sync"], Literal["async"]]
# DeliveryMethodInput: Determines how the API delivers task results. (default 'sync')


class Safety(TypedDict, total=False):
    """Content safety checking configuration for image generation.

    checkContent: Enable or disable content safety checking. Increases total generation time."""

    checkContent: bool


class AdvancedFeatures(TypedDict, total=False):
    """Model-specific advanced configuration options.

    watermark: Configuration object for adding watermarks to generated videos. Watermarks can be applied using either text or image content with customizable positioning and appearance. You must provide either `text` or `image` content for the watermark, but not both. **Text watermark**: ```json "advancedFeatures": { "watermark": { "text": "© 2025 Company", "displayPosition": "bottom-right", "opacity": 0.6, "fontColor": "#ffffff", "bgColor": "#000000" } } ``` **Image watermark**: ```json "advancedFeatures": { "watermark": { "image": "c64351d5-4c59-42f7-95e1-eace013eddab", "displayPosition": "top-left", "opacity": 0.6 } } ``` **Tiled watermark**: ```json "advancedFeatures": { "watermark": { "text": "PREVIEW", "tiled": true, "opacity": 0.4, "fontColor": "#cccccc" } } ``` [Read full documentation](https://runware.ai/docs/models/bfl-flux-2-klein-9b#watermark)
    """

    watermark: Any


class _BflFlux2Klein9bRequestRequired(TypedDict):
    model: Literal["runware:400@2"]
    positivePrompt: str
    width: int
    height: int
    taskType: Literal["imageInference"]
    taskUUID: str


class BflFlux2Klein9bRequest(_BflFlux2Klein9bRequestRequired, total=False):
    """model (required): Identifier of the model to use for generation.
    inputs: Input assets for the task.
    positivePrompt (required): Text prompt describing elements to include in the generated output. (length >= 1; length <= 10000)
    negativePrompt: Prompt to guide what to exclude from generation. Ignored when guidance is disabled (CFGScale ≤ 1). (length >= 1; length <= 10000)
    width (required): Width of the generated media in pixels. (>= 128; <= 2048; multiple of 16)
    height (required): Height of the generated media in pixels. (>= 128; <= 2048; multiple of 16)
    seed: Random seed for reproducible generation. When not provided, a random seed is generated in the unsigned 32-bit range. (>= 0; <= 9223372036854775807)
    steps: Total number of denoising steps. Higher values generally produce more detailed results but take longer. (default 4; >= 1; <= 50)
    scheduler: Scheduler to use for the diffusion process.
    CFGScale: Guidance scale representing how closely the output will resemble the prompt. Higher values produce results more aligned with the prompt. (default 3.5; >= 1; <= 20; multiple of 0.01)
    acceleration: Optimization level. (default 'high')
    acceleratorOptions: Advanced caching mechanisms to speed up generation.
    lora: With LoRA (Low-Rank Adaptation), you can adapt a model to specific styles or features by emphasizing particular aspects of the data. This technique enhances the quality and relevance of generated content and can be especially useful when the output needs to adhere to a specific artistic style or follow particular guidelines. Multiple LoRA models can be used simultaneously to achieve different adaptation goals. **Examples**: ```json "lora": [ { "model": "<lora-model-air>", "weight": 0.8 } ] ``` [Read full documentation](https://runware.ai/docs/models/bfl-flux-2-klein-9b#lora) (items >= 1)
    taskType (required): Identifier for the type of task being performed.
    taskUUID (required): UUID v4 identifier for tracking tasks and matching async responses. Must be unique per task. (uuid)
    webhookURL: Webhook URL that receives JSON responses via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
    includeCost: Include task cost in the response.
    numberResults: Number of results to generate. Each result uses a different seed, producing variations of the same parameters. (default 1; >= 1; <= 20)
    uploadEndpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. **Common use cases:** - **Cloud storage**: Upload directly to S3 buckets, Google Cloud Storage, or Azure Blob Storage using presigned URLs. - **CDN integration**: Upload to content delivery networks for immediate distribution. ```text // S3 presigned URL for secure upload https://your-bucket.s3.amazonaws.com/generated/content.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600 // Google Cloud Storage presigned URL https://storage.googleapis.com/your-bucket/content.jpg?X-Goog-Signature=xyz789 // Custom storage endpoint https://storage.example.com/uploads/generated-image.jpg ``` The content data will be sent as the request body to the specified URL when generation is complete. [Read full documentation](https://runware.ai/docs/models/bfl-flux-2-klein-9b#uploadEndpoint) (uri)
    ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
    outputType: Image output type. (default 'URL')
    outputFormat: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \\`JPG\\`: Best for photorealistic images with smaller file sizes (no transparency). - \\`PNG\\`: Lossless compression, supports high quality and transparency (alpha channel). - \\`WEBP\\`: Modern format providing superior compression and transparency support. - \\`MP4\\`: Widely supported video container (H.264), recommended for general use. - \\`WEBM\\`: Optimized for web delivery. - \\`MOV\\`: QuickTime format, common in professional workflows (Apple ecosystem). - \\`GIF\\`: Animated image format (no audio), suitable for short loops or previews. - \\`MP3\\`: Compressed audio, smaller file size. - \\`WAV\\`: Uncompressed, high-quality audio. - \\`FLAC\\`: Lossless compression. - \\`OGG\\`: Open-source compressed audio format (Vorbis codec). - \\`SVG\\`: Scalable Vector Graphics. - \\`TIFF\\`: High-quality output supporting layers. - \\`GLB\\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \\*\\*Transparency\\*\\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \\`PNG\\`, \\`WEBP\\`, \\`TIFF\\`). \\`JPG\\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/bfl-flux-2-klein-9b#outputFormat) (default 'JPG')
    outputQuality: Compression quality of the output. Higher values preserve quality but increase file size. (default 95; >= 20; <= 99)
    deliveryMethod: Determines how the API delivers task results. (default 'sync')
    safety: Content safety checking configuration for image generation.
    advancedFeatures: Model-specific advanced configuration options."""

    inputs: Inputs
    negativePrompt: str
    seed: int
    steps: int
    scheduler: Scheduler
    CFGScale: float
    acceleration: Acceleration
    acceleratorOptions: AcceleratorOptions
    lora: list[LoraItem]
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


class _BflFlux2Klein9bResponseRequired(TypedDict):
    taskType: Literal["imageInference"]
    taskUUID: str
    imageUUID: str


class BflFlux2Klein9bResponse(_BflFlux2Klein9bResponseRequired, total=False):
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
