"""Word lists, each idea once (the bottom layer: imports nothing from onrecord).

``places``: countries, their common short forms, US states and large world cities: a place is
never "he" or "she" (real news: "Britain has been cautious, but Mr Straw said he …" made
Britain the speaker).
"""
