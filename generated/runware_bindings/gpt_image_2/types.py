"""Typed request and response shapes for GPT Image 2 (openai:gpt-image@2).

Generated from spec/models/gpt-image-2.yaml; do not edit by hand. These types describe the wire format; the validator in ``validator.py`` checks the rules types cannot express (ranges, formats, dimension pairs).
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict, Union

__all__ = [
    "DeliveryMethod",
    "GptImage2Request",
    "GptImage2Response",
    "Inputs",
    "Moderation",
    "Openai",
    "OutputFormat",
    "OutputType",
    "ProviderSettings",
    "Quality",
    "Safety",
]


OutputType = Literal["URL", "base64Data", "dataURI"]
# OutputType: Image output type. (default 'URL')


OutputFormat = Literal["JPG", "PNG", "WEBP"]
# OutputFormat: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. (default 'JPG')


DeliveryMethod = Literal["sync", "async"]
# DeliveryMethod: Determines how the API delivers task results. (default 'sync')


class Safety(TypedDict, total=False):
    """Content safety checking configuration for image generation.

    checkContent: Enable or disable content safety checking. (default False)"""

    checkContent: bool


class Inputs(TypedDict, total=False):
    """Input resources for the task (images, audio, etc).

    referenceImages: List of reference images (UUID, URL, Data URI, or Base64)."""

    referenceImages: list[str]


Moderation = Literal["auto", "low"]
# Moderation: Content moderation level. (default 'auto')


Quality = Literal["auto", "high", "medium", "low"]
# Quality: Image quality level. (default 'auto')


class Openai(TypedDict, total=False):
    """Parameters specific to this model provider.

    moderation: Content moderation level. (default 'auto')
    quality: Image quality level. (default 'auto')"""

    moderation: Moderation
    quality: Quality


class ProviderSettings(TypedDict, total=False):
    """openai: Parameters specific to this model provider."""

    openai: Openai


class _GptImage2RequestRequired(TypedDict):
    taskType: Literal["imageInference"]
    taskUUID: str
    model: Literal["openai:gpt-image@2"]
    positivePrompt: str
    width: int
    height: int


class GptImage2Request(_GptImage2RequestRequired, total=False):
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
    positivePrompt (required): Text prompt describing elements to include in the generated output. (length >= 2; length <= 32000)
    width (required): Width of the generated media in pixels. (>= 480; <= 3840; multiple of 16)
    height (required): Height of the generated media in pixels. (>= 480; <= 3840; multiple of 16)
    providerSettings"""

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
    providerSettings: ProviderSettings


class _GptImage2ResponseRequired(TypedDict):
    taskType: Literal["imageInference"]
    taskUUID: str
    imageUUID: str


class GptImage2Response(_GptImage2ResponseRequired, total=False):
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
