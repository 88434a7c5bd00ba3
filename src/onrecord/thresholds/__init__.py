"""Threshold sections of ``onrecord.options.Options``, one file per pipeline stage."""
