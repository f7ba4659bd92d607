"""The hand-chosen labels of benchmarks/outside10, documents 80–99 (list J-c; see README-c.md).
The set is written and checked as a whole, from every part's choices, by make_labels.py:

    python benchmarks/outside10/make_labels.py          # rewrite every labels file of the set
    python benchmarks/outside10/make_labels.py --check  # verify the files on disk instead
"""

from __future__ import annotations

N, P, L = "national", "provincial", "local"

# file stem -> [(text as it appears in the body, level)]
CHOICES: dict[str, list[tuple[str, str]]] = {
    # 官渡 2023 (plan report): the quoted “时时放心不下” and “开局就是决战、起步就是冲刺” describe an
    # attitude, not a goal, campaign or mechanism, and say what they mean (README, borderline calls).
    "80-guandu-2023": [],
    "81-pukou-2020": [
        ("稳中求进", N),
        ("新发展理念", N),
        ("六稳", N),
        ("六保", N),
        ("疫情防控常态化", N),
        ("四新行动", L),
        ("防疫+", L),
        ("苏康码", P),
    ],
    "82-dongtou-2019": [
        ("习近平新时代中国特色社会主义思想", N),
        ("海上花园", L),
        ("新发展理念", N),
        ("高质量发展", N),
        ("三区", L),
        ("两山", N),
        ("全域旅游", N),
        ("一带一路", N),
    ],
    "83-linhai-2014": [
        ("千年古城新崛起", L),
        ("三大示范区", L),
        ("四换三名", P),
        ("一企一策", L),
        ("个转企", P),
        ("小升规", P),
    ],
    "84-yuyao-2022": [
        ("小康社会", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("一府两院", N),
        ("四个意识", N),
        ("四个自信", N),
        ("两个维护", N),
        ("第一议题", N),
        ("两学一做", N),
        ("不忘初心、牢记使命", N),
        ("主题教育", N),
        ("周二夜学", L),
        ("习近平法治思想", N),
    ],
    "85-changshu-2011": [
        ("十一五", N),
        ("科学发展观", N),
        ("强投入促转型、重民生促和谐", L),
    ],
    "86-futian-2008": [
        ("科学发展观", N),
        ("环境立区", L),
        ("五个着力实现", L),
    ],
    "87-shenhe-2020": [
        ("高质量发展", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("四篇文章", L),
        ("五大工程", L),
    ],
    # press page (维基文库), in $POLICYTERMS_OUTSIDE_PRESS/outside10/
    "88-chibi-2022": [
        ("习近平新时代中国特色社会主义思想", N),
        ("冲刺全国百强县、创建全国文明城市、建设共同富裕示范市", L),
        ("脱贫攻坚", N),
    ],
    "89-haicang-2011": [
        ("十一五", N),
        ("邓小平理论", N),
        ("三个代表", N),
        ("科学发展观", N),
        ("五大战役", L),
    ],
}
