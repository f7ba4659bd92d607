"""Hand-chosen labels for the outside9 documents collected on branch outside9c1 (document
numbers 20-29), in the format of ``make_labels.py``'s ``CHOICES``: file stem -> [(text as it
appears in the body, level)]. Every occurrence of a chosen string in the body is a label
(``benchmarks/outside_labels.py``). See ``notes_outside9c1.md``."""

CHOICES = {
    "20-rudong-2020": [
        ("习近平新时代中国特色社会主义思想", "national"),
        ("小康社会", "national"),  # in 决胜高水平全面建成小康社会
        ("新发展理念", "national"),
        ("高质量发展", "national"),  # in 江苏沿海高质量发展排头兵 (the positioning itself is not labelled)
    ],
}
