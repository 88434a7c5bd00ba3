"""Verification: the verdict cascade (``cascade.verify_claim``), folding with an offset map
(``fold``), editorial alignment (``align``), the guard (``guard``) and drift (``drift``)."""

from .cascade import verify_claim, verify_claims

__all__ = ["verify_claim", "verify_claims"]
