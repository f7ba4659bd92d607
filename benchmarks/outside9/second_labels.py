"""Independent second labels of benchmarks/outside9 (every document, bundled and press),
written as offsets by benchmarks/outside_labels.py into ``NN-*.labels2.json``.

    python benchmarks/outside9/second_labels.py          # rewrite the second labels files
    python benchmarks/outside9/second_labels.py --check  # verify them on disk instead
    python benchmarks/outside9/second_labels.py --show   # print every label with its context

Made from the texts and the labelling rule alone (benchmarks/outside/ADJUDICATION.md and
docs/outside-evaluation.md), without the first labels or any tool output; see SECOND.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from outside_labels import write_labels  # noqa: E402

N, P, L = "national", "provincial", "local"

XI = ("习近平新时代中国特色社会主义思想", N)

# file stem -> [(text as it appears in the body, level)]
CHOICES: dict[str, list[tuple[str, str]]] = {
    "01-jiangjin-2020": [
        XI,
        ("两点", P),
        ("两地", P),
        ("两高", P),
        ("三个作用", P),
        ("稳中求进", N),
        ("新发展理念", N),
        ("以人民为中心", N),
        ("高质量发展", N),
        ("供给侧结构性改革", N),
        ("三大攻坚战", N),
        ("十项行动计划", P),
        ("六稳", N),
        ("不忘初心、牢记使命", N),
        ("主题教育", N),
    ],
    "02-sifangtai-2025": [
        XI,
        ("高质量发展", N),
        ("可持续振兴", P),
        ("先立后破", N),
        ("生态文明", N),
        ("标准地", N),
        ("大抓产业、主攻工业", L),
    ],
    "03-qianjiang-2011": [
        ("科学发展观", N),
        ("一区两带三极", L),
    ],
    "04-tianmen-2019": [
        ("高质量发展", N),
        ("战略性新兴产业", N),
    ],
    "05-jiayuguan-2021": [
        XI,
        ("十三五", N),
        ("十四五", N),
    ],
    "06-bole-2011": [
        ("十一五", N),
        ("双拥", N),
        ("两基", N),
        ("三高一节", L),
        ("抓大不放小", L),
    ],
    "07-heping-2016": [
        ("十二五", N),
        ("十三五", N),
        ("科学发展观", N),
        ("稳中求进", N),
        ("金融和平", L),
    ],
    "08-chaoyang-2021": [
        XI,
        ("六稳", N),
        ("六保", N),
        ("十三五", N),
        ("四方责任", N),
        ("外防输入、内防反弹", N),
        ("常态化疫情防控", N),
        ("敲门行动", L),
    ],
    "09-yima-2022": [
        XI,
        ("百年变局", N),
        ("六稳", N),
        ("六保", N),
        ("高质量发展", N),
        ("十四五", N),
        ("一带一路", N),
        ("万人助万企", P),
    ],
    "10-daixian-2023": [
        XI,
        ("稳中求进", N),
        ("高质量发展", N),
    ],
    "11-zichang-2023": [
        XI,
        ("稳中求进", N),
        ("五大", L),
    ],
    "20-rudong-2020": [
        ("小康社会", N),
        XI,
        ("新发展理念", N),
        ("高质量发展", N),
    ],
    "32-heshan-2023": [
        ("常态化疫情防控", N),
        XI,
        ("四个一套", L),
    ],
    "33-longgang-2016": [
        ("十二五", N),
        ("马上就办、真抓实干、办就办成、滴水穿石", L),
        ("众创空间", N),
    ],
    "50-changning-2025": [
        ("高质量发展", N),
        ("三高四新", P),
        ("制造立市、文旅兴城", L),
        ("政治引领", L),
        ("学干比严", L),
        ("产业赋能、生态引领、全域融合", L),
        XI,
        ("1453", P),
    ],
    "51-shengsi-2022": [
        XI,
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
    "60-qiongzhong-2024": [
        ("封关运作", P),
        ("自贸港", P),
        ("双城驱动,三业支撑,五带协同", L),
        ("一县三城五地", L),
        XI,
        ("高质量发展", N),
    ],
    "61-liangping-2022": [
        XI,
        ("四个意识", N),
        ("四个自信", N),
        ("两个维护", N),
        ("稳中求进", N),
        ("高质量发展", N),
    ],
    "62-changshou-2023": [
        XI,
        ("稳中求进", N),
        ("两地一城", L),
        ("3113", L),
        ("留抵退税", N),
        ("乡村振兴", N),
    ],
    "63-bishan-2024": [
        ("赛马比拼", P),
        ("留抵退税", N),
    ],
    "64-tongnan-2023": [
        ("十四五", N),
        ("1356", L),
        ("常态化疫情防控", N),
    ],
    "65-wulong-2024": [
        XI,
        ("稳进增效、除险清患、改革求变、惠民有感", P),
        ("生态优先、旅游引领、三产融合、强区富民", L),
        ("高质量发展", N),
        ("总书记有号令、党中央有部署,重庆见行动,武隆强落实", L),
        ("一县一策", P),
        ("一地一区", L),
    ],
    "66-hexi-2024": [
        XI,
        ("三个着力", P),
        ("新发展理念", N),
        ("高质量发展", N),
        ("建设经济强区、打造品质之城", L),
        ("主题教育", N),
        ("十项行动", P),
        ("1+10", L),
        ("四个条线", L),
    ],
}


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], kind="labels2"))
