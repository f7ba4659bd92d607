"""Hand-chosen labels for documents 50-53 of benchmarks/outside9 (other local report genres,
collected on branch outside9d1). Same format as CHOICES in make_labels.py: file stem ->
[(text as it appears in the body, level)]; every occurrence of a string in the body is a label.
See notes_outside9d1.md for the sources and the borderline calls."""

N, P, L = "national", "provincial", "local"

CHOICES: dict[str, list[tuple[str, str]]] = {
    "50-changning-2025": [
        ("协商民主", N),
        ("高质量发展", N),
        ("三高四新", P),
        ("制造立市、文旅兴城", L),
        ("政治引领", L),
        ("学干比严", L),
        ("产业赋能、生态引领、全域融合", L),
        ("习近平新时代中国特色社会主义思想", N),
        ("1453", P),
    ],
    "51-shengsi-2022": [
        ("习近平新时代中国特色社会主义思想", N),
        ("稳中求进", N),
        ("生态立县、以港兴县、以旅活县、以渔稳县", L),
        ("十三五", N),
        ("十四五", N),
        ("小康社会", N),
        ("六大", L),
        ("全域旅游", N),
        ("高质量发展", N),
    ],
    "52-ningguo-2012": [
        ("科学发展观", N),
        ("科学发展", N),
        ("邓小平理论", N),
        ("三个代表", N),
        ("全面转型、跨越崛起、富民强市", L),
        ("谋发展、促转型", L),
        ("十二五", N),
        ("一府两院", N),
    ],
    "53-balinzuoqi-2018": [],
}
