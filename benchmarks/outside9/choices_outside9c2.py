"""Hand-chosen labels for the outside9 documents collected on branch outside9c2 (numbers 30-39).

Same form as CHOICES in make_labels.py: file stem -> [(text as it appears in the body, level)].
Every occurrence of a chosen string in the body (the text after the first blank line) is a label.
See notes_outside9c2.md for the sources, the notes per file and the borderline calls.
"""

N, P, L = "national", "provincial", "local"

CHOICES: dict[str, list[tuple[str, str]]] = {
    "32-heshan-2023": [
        ("习近平新时代中国特色社会主义思想", N),
        ("常态化疫情防控", N),
        ("四个一套", L),
    ],
    "33-longgang-2016": [
        ("十二五", N),
        ("马上就办、真抓实干、办就办成、滴水穿石", L),
        ("众创空间", N),
    ],
    "34-taihe-2025": [
        ("习近平新时代中国特色社会主义思想", N),
        ("六抓", L),
        ("一线+闭环", L),
        ("九个‘区域性强市’先进县", L),
        ("中国式现代化", N),
        ("两重", N),
        ("两新", N),
        ("战略性新兴产业", N),
        ("2526", L),
    ],
}
