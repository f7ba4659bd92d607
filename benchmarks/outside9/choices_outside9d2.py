"""Hand-chosen labels for the outside9 documents collected on branch outside9d2 (document
numbers 60-69: other local report genres -- plan implementation and budget reports -- from
places of lists H and H2), in the format of ``make_labels.py``'s ``CHOICES``: file stem ->
[(text as it appears in the body, level)]. Every occurrence of a chosen string in the body is a
label (``benchmarks/outside_labels.py``). See ``notes_outside9d2.md``."""

CHOICES: dict[str, list[tuple[str, str]]] = {
    # 海南 琼中黎族苗族自治县, plan implementation report (2024); the page dropped the
    # quotation marks around the county's two slogans (footnote markers [1], [2] kept).
    "60-qiongzhong-2024": [
        ("封关运作", "provincial"),
        ("自贸港", "provincial"),
        ("双城驱动,三业支撑,五带协同", "local"),
        ("一县三城五地", "local"),
        ("习近平新时代中国特色社会主义思想", "national"),
        ("高质量发展", "national"),
    ],
    # 重庆 梁平区, mid-year plan implementation report to the district people's congress
    # standing committee (2022).
    "61-liangping-2022": [
        ("习近平新时代中国特色社会主义思想", "national"),
        ("四个意识", "national"),
        ("四个自信", "national"),
        ("两个维护", "national"),
        ("稳中求进", "national"),
        ("高质量发展", "national"),
    ],
    # 重庆 长寿区, budget report (2023); the page shows no quotation marks at all, so the
    # numbered names are labelled bare (两地一城; 3113 as in “3113”项目攻坚行动计划).
    "62-changshou-2023": [
        ("习近平新时代中国特色社会主义思想", "national"),
        ("稳中求进", "national"),
        ("两地一城", "local"),
        ("3113", "local"),
        ("留抵退税", "national"),
        ("乡村振兴", "national"),
    ],
    # 重庆 璧山区, budget report (2024).
    "63-bishan-2024": [
        ("留抵退税", "national"),
    ],
    # 重庆 潼南区, plan implementation report (2023); quotation marks dropped by the page.
    "64-tongnan-2023": [
        ("十四五", "national"),
        ("1356", "local"),
        ("常态化疫情防控", "national"),
    ],
    # 重庆 武隆区, government work report (2024); press page (武隆网), not bundled.
    "65-wulong-2024": [
        ("习近平新时代中国特色社会主义思想", "national"),
        ("稳进增效、除险清患、改革求变、惠民有感", "provincial"),
        ("生态优先、旅游引领、三产融合、强区富民", "local"),
        ("高质量发展", "national"),
        ("一县一策", "provincial"),
        ("一地一区", "local"),
    ],
    # 天津 河西区, plan implementation report (2024); press page (天津市数字贸易综合服务平台
    # reposting the district development and reform commission's text), not bundled.
    "66-hexi-2024": [
        ("习近平新时代中国特色社会主义思想", "national"),
        ("三个着力", "provincial"),
        ("新发展理念", "national"),
        ("高质量发展", "national"),
        ("建设经济强区、打造品质之城", "local"),
        ("主题教育", "national"),
        ("十项行动", "provincial"),
        ("1+10", "local"),
        ("四个条线", "local"),
    ],
}
