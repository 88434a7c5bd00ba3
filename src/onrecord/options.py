"""Every named threshold, in one options object. ``Options`` bundles one section per pipeline
stage; each section lives in ``onrecord/thresholds/<stage>.py`` next to the comments that give
its unit, the failure it prevents and the measurement behind the value."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .thresholds.attribute import AttributeOptions
from .thresholds.context import ContextOptions
from .thresholds.extract import ExtractOptions
from .thresholds.read import ReadOptions
from .thresholds.verify import VerifyOptions


@dataclass(frozen=True)
class Options:
    read: ReadOptions = field(default_factory=ReadOptions)
    extract: ExtractOptions = field(default_factory=ExtractOptions)
    attribute: AttributeOptions = field(default_factory=AttributeOptions)
    context: ContextOptions = field(default_factory=ContextOptions)
    verify: VerifyOptions = field(default_factory=VerifyOptions)


DEFAULT_OPTIONS = Options()


def precise_speakers(options: Options | None = None) -> Options:
    """``options`` (default: the defaults) with ``--precise-speakers``: a name whose calibrated
    probability is below ``CALIBRATION.precise_names`` is withheld. One place for the CLI's flag
    and the web form's box, so both withhold at the same probability."""
    from .thresholds.learned import CALIBRATION

    base = options or DEFAULT_OPTIONS
    return replace(base, attribute=replace(base.attribute, min_speaker_probability=CALIBRATION.precise_names))
