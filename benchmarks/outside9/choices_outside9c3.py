"""Hand-chosen labels for the outside9 documents numbered 40-49 (provinces 广西, 四川, 贵州, 云南,
西藏, 青海; places of list H2 only). See notes_outside9c3.md.

No document was added for these provinces: the search corpus served no usable report opening
(official page or press page, delivered 2010-2025) for any list-H2 place in them, so there is
nothing to label.
"""

CHOICES: dict[str, list[tuple[str, str]]] = {}
