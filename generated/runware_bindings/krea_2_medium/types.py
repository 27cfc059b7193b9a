"""Typed request and response shapes for Krea 2 Medium (krea:krea@2-medium).

Generated from spec/models/krea-2-medium.yaml; do not edit by hand. These types describe the wire format; the validator in ``validator.py`` checks the rules types cannot express (ranges, formats, dimension pairs).
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict, Union

__all__ = [
    "Creativity",
    "DeliveryMethod",
    "Inputs",
    "Krea2MediumRequest",
    "Krea2MediumResponse",
    "Mode",
    "OutputFormat",
    "OutputType",
    "ReferenceImage",
    "ReferenceImageInput",
    "Safety",
    "Settings",
]


OutputType = Literal["URL", "base64Data", "dataURI"]
# OutputType: Image output type. (default 'URL')


OutputFormat = Literal["JPG", "PNG", "WEBP"]
# OutputFormat: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. (default 'JPG')


DeliveryMethod = Literal["sync", "async"]
# DeliveryMethod: Determines how the API delivers task results. (default 'sync')


Mode = Literal["none", "fast"]
# Mode: Safety checking mode for image generation. (default 'none')


class Safety(TypedDict, total=False):
    """Content safety checking configuration for image generation.

    checkContent: Enable or disable content safety checking. When enabled, defaults to `fast` mode. (default False)
    mode: Safety checking mode for image generation. (default 'none')"""

    checkContent: bool
    mode: Mode


class _ReferenceImageRequired(TypedDict):
    image: str


class ReferenceImage(_ReferenceImageRequired, total=False):
    """image (required): Image input (UUID, URL, Data URI, or Base64).
    strength: Influence strength of the reference image. Positive values guide the output toward the reference; negative values guide away from it. (default 0.7; >= -2; <= 2)
    """

    strength: float


ReferenceImageInput = Union[str, ReferenceImage]


class Inputs(TypedDict, total=False):
    """Input resources for the task (images, audio, etc).

    referenceImages: Style reference images for guiding generation. Each item can be a plain image input (UUID, URL, DataURI, or Base64) or an object with an image and a per-image strength. (items >= 1; items <= 10)
    """

    referenceImages: list[ReferenceImageInput]


Creativity = Literal["raw", "low", "medium", "high"]
# Creativity: Creativity level. Controls how closely the model follows the prompt versus generating its own interpretation. (default 'medium')


class Settings(TypedDict, total=False):
    """Technical parameters to fine-tune the inference process.

    creativity: Creativity level. Controls how closely the model follows the prompt versus generating its own interpretation. (default 'medium')
    """

    creativity: Creativity


class _Krea2MediumRequestRequired(TypedDict):
    taskType: Literal["imageInference"]
    taskUUID: str
    model: Literal["krea:krea@2-medium"]
    positivePrompt: str
    width: int
    height: int


class Krea2MediumRequest(_Krea2MediumRequestRequired, total=False):
    """taskType (required): Identifier for the type of task being performed
    taskUUID (required): UUID v4 identifier for tracking tasks and matching async responses. Must be unique per task. (UUID v4)
    outputType: Image output type. (default 'URL')
    outputFormat: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. (default 'JPG')
    outputQuality: Compression quality of the output. Higher values preserve quality but increase file size. (default 95; >= 20; <= 99)
    webhookURL: Specifies a webhook URL where JSON responses will be sent via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
    deliveryMethod: Determines how the API delivers task results. (default 'sync')
    uploadEndpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. (uri)
    safety: Content safety checking configuration for image generation.
    ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
    includeCost: Include task cost in the response. (default False)
    numberResults: Number of results to generate. Each result uses a different seed, producing variations of the same parameters. (default 1; >= 1; <= 20)
    inputs: Input resources for the task (images, audio, etc).
    model (required): Identifier of the model to use for generation.
    positivePrompt (required): Text prompt describing elements to include in the generated output.
    width (required): Width of the generated media in pixels.
    height (required): Height of the generated media in pixels.
    seed: Random seed for reproducible generation. When not provided, a random seed is generated in the unsigned 32-bit range. (>= 0; <= 9223372036854775807)
    settings: Technical parameters to fine-tune the inference process."""

    outputType: OutputType
    outputFormat: OutputFormat
    outputQuality: int
    webhookURL: str
    deliveryMethod: DeliveryMethod
    uploadEndpoint: str
    safety: Safety
    ttl: int
    includeCost: bool
    numberResults: int
    inputs: Inputs
    seed: int
    settings: Settings


class _Krea2MediumResponseRequired(TypedDict):
    taskType: Literal["imageInference"]
    taskUUID: str
    imageUUID: str


class Krea2MediumResponse(_Krea2MediumResponseRequired, total=False):
    """taskType (required): Type of the task.
    taskUUID (required): UUID of the task. (UUID v4)
    imageUUID (required): UUID of the output image. (UUID v4)
    imageURL: URL of the output image. (uri)
    imageBase64Data: Base64-encoded image data.
    imageDataURI: Data URI of the output image. (uri)
    seed: The seed used for generation. If none was provided, shows the randomly generated seed.
    NSFWContent: Flag indicating if NSFW content was detected.
    cost: Task cost in USD. Present when `includeCost` is set to `true` in the request."""

    imageURL: str
    imageBase64Data: str
    imageDataURI: str
    seed: int
    NSFWContent: bool
    cost: float
