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
# Scheduler: Scheduler of the diffusion process.


class Settings(TypedDict, total=False):
    """Inference settings.

    positivePrompt: Text prompt describing elements to include.
    negativePrompt: Text prompt describing what to leave out.
    seed: Random seed for reproducible results; a random one when omitted. (>= 0; <= 9223372036854775807)
    steps: Number of denoising steps. (>= 1)
    scheduler: Scheduler of the diffusion process.
    CFGScale: How closely the result follows the prompt. (>= 0; multiple of 0.01)
    strength: Strength of the transformation; lower keeps more of the input. (default 0.8; >= 0; <= 1; multiple of 0.01)
    controlNetWeight: Strength of the ControlNet's influence (0 for none). (default 1; >= -4; <= 4; multiple of 0.01)
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
# OutputFormat: File format of the image. (default 'JPG')


DeliveryMethodInput = Union[Literal["sync"], Literal["async"]]
# DeliveryMethodInput: How the API delivers the task's results. (default 'sync')


class Inputs(TypedDict):
    """Input assets for the task.

    image (required): The image to upscale (UUID, URL, data URI or base64)."""

    image: Any


class _ClarityRequestRequired(TypedDict):
    model: Literal["runware:500@1"]
    taskType: Literal["upscale"]
    taskUUID: str
    inputs: Inputs


class ClarityRequest(_ClarityRequestRequired, total=False):
    """model (required): Identifier of the model to use for generation.
    upscaleFactor: Factor by which width and height grow (2 doubles both). (>= 1; <= 4)
    settings: Inference settings.
    taskType (required): Identifier for the type of task being performed.
    taskUUID (required): UUID v4 identifying the task; async results and webhooks are matched by it. (uuid)
    webhookURL: URL that receives each finished result as a JSON POST. (uri)
    includeCost: Adds the task's cost (USD) to each result.
    uploadEndpoint: URL the finished media file is uploaded to with an HTTP PUT of its raw bytes. (uri)
    ttl: Seconds the generated content stays available. Only applies when `outputType` is `URL`. (>= 60)
    outputQuality: Compression quality of the output; higher keeps more detail in a larger file. (default 95; >= 20; <= 99)
    outputType: Image output type. (default 'URL')
    outputFormat: File format of the image. (default 'JPG')
    deliveryMethod: How the API delivers the task's results. (default 'sync')
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
    """taskType (required): The task type this result belongs to.
    taskUUID (required): The UUID of the task this result belongs to. (uuid)
    cost: Task cost in USD; present when `includeCost` was set.
    imageUUID (required): UUID of the output image. (uuid)
    imageURL: URL of the output image. (uri)
    imageBase64Data: The output image, base64-encoded.
    imageDataURI: The output image as a data URI. (uri)"""

    cost: float
    imageURL: str
    imageBase64Data: str
    imageDataURI: str
