"""An article without a quotation is not laid out, clustered or resolved: attribution has
nothing to fill in it (53 of the 500 BBC articles of the speed benchmark; round 29, lane
speed13). Its stats still say that nothing was parsed, as for any attributed article."""

from __future__ import annotations

import onrecord.attribute as attribute
from onrecord.extract import extract_document
from onrecord.model import Document


def test_an_article_without_quotations_skips_attribution(monkeypatch):
    plain = extract_document(Document(text="Ferry times\n\nThe ferry sails at noon on weekdays.", path="plain.txt"))
    quoted = extract_document(Document(text="Ferry\n\n“We sail at noon,” Mara Ellison said.", path="quoted.txt"))
    assert not plain.quotes and quoted.quotes
    seen: list[str] = []
    real = attribute._attribute_group
    monkeypatch.setattr(attribute, "_attribute_group",
                        lambda group, opt: (seen.extend(r.document.path for r in group), real(group, opt))[1])
    attribute.attribute_results([plain, quoted])
    assert seen == ["quoted.txt"]
    assert quoted.quotes[0].speaker == "Mara Ellison"
    for r in (plain, quoted):
        assert r.stats["attribution_parsed_sentences"] == 0 and r.stats["attribution_parsed_chars"] == 0
