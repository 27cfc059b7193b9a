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
# OutputFormat: File format of the 3D model. (default 'GLB')


class Inputs(TypedDict, total=False):
    """Input assets for the task.

    images: Images for image-to-3D or multiview-to-3D generation. (items >= 1; items <= 4)"""

    images: list[Any]


CompressInput = Union[Literal["geometry"], Literal["meshopt"]]
# CompressInput: Compression of the output mesh. (default 'meshopt')


GeometryQualityInput = Union[Literal["standard"], Literal["detailed"]]
# GeometryQualityInput: Geometric detail of the mesh. (default 'standard')


OrientationInput = Union[Literal["default"], Literal["align_image"]]
# OrientationInput: Orientation of the model. (default 'default')


TextureAlignmentInput = Union[Literal["original_image"], Literal["geometry"]]
# TextureAlignmentInput: What texture alignment favours.


TextureQualityInput = Union[Literal["standard"], Literal["detailed"]]
# TextureQualityInput: Resolution of the textures. (default 'standard')


class Settings(TypedDict, total=False):
    """Inference settings.

    autoSize: Scale the model to real-world dimensions in meters.
    compress: Compression of the output mesh. (default 'meshopt')
    exportUv: Unwrap UVs on the output mesh. (default True)
    faceLimit: Most faces (polygons) of the mesh; adaptive when omitted. (>= 500; <= 20000)
    generateParts: Segment the model into separately editable parts.
    geometryQuality: Geometric detail of the mesh. (default 'standard')
    imageAutoFix: Optimise the input image for 3D generation.
    orientation: Orientation of the model. (default 'default')
    pbr: Physically-based rendering materials. (default True)
    quad: Quad mesh output.
    smartLowPoly: Low-poly meshes for simple inputs (may fail on complex ones).
    texture: Texture the model (false for a bare mesh). (default True)
    textureAlignment: What texture alignment favours.
    textureQuality: Resolution of the textures. (default 'standard')
    textureSeed: Seed of the texture generation. (>= 0; <= 20240919)"""

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
# DeliveryMethodInput: How the API delivers the task's results. (default 'async')


class _TripoV31RequestRequired(TypedDict):
    model: Literal["tripo:v3.1@0"]
    taskType: Literal["3dInference"]
    taskUUID: str


class TripoV31Request(_TripoV31RequestRequired, total=False):
    """model (required): Identifier of the model to use for generation.
    outputFormat: File format of the 3D model. (default 'GLB')
    inputs: Input assets for the task.
    positivePrompt: Text prompt describing the 3D model. (length <= 1024)
    negativePrompt: Text prompt describing what to leave out. (length <= 255)
    seed: Random seed for reproducible results; a random one when omitted. (>= 1; <= 20240919)
    settings: Inference settings.
    taskType (required): Identifier for the type of task being performed.
    taskUUID (required): UUID v4 identifying the task; async results and webhooks are matched by it. (uuid)
    webhookURL: URL that receives each finished result as a JSON POST. (uri)
    includeCost: Adds the task's cost (USD) to each result.
    numberResults: How many results to generate, each with its own seed. (default 1; >= 1; <= 4)
    uploadEndpoint: URL the finished media file is uploaded to with an HTTP PUT of its raw bytes. (uri)
    ttl: Seconds the generated content stays available. Only applies when `outputType` is `URL`. (>= 60)
    outputType: 3D output type. (default 'URL')
    deliveryMethod: How the API delivers the task's results. (default 'async')"""

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
    """The generated artifacts.

    files (required): The generated files (3D models). (items >= 1)"""

    files: list[File]


class _TripoV31ResponseRequired(TypedDict):
    taskType: Literal["3dInference"]
    taskUUID: str
    outputs: Outputs


class TripoV31Response(_TripoV31ResponseRequired, total=False):
    """taskType (required): The task type this result belongs to.
    taskUUID (required): The UUID of the task this result belongs to. (uuid)
    cost: Task cost in USD; present when `includeCost` was set.
    outputs (required): The generated artifacts.
    seed: The seed used; a random one when the request gave none."""

    cost: float
    seed: int
