"""The hand-chosen labels of benchmarks/outside17, part k (documents 50–99; see README-k.md),
written as offsets by benchmarks/outside_labels.py.

    python benchmarks/outside17/make_labels_k.py          # rewrite the labels files of part k
    python benchmarks/outside17/make_labels_k.py --check  # verify them on disk instead
    python benchmarks/outside17/make_labels_k.py --show   # print every label with its context

Only the documents numbered 50–99 are written or checked (01–49 are part j's): the other part's
files sit beside these and have their own make_labels file. Press pages (50–55, 58–62, 64, 65,
67, 68) are read from $POLICYTERMS_OUTSIDE_PRESS/outside17/ and skipped, with a line saying so,
when that folder does not hold them. Every occurrence of a chosen string in a document's body is
labelled, longer strings first (benchmarks/outside_labels.py); traditional text is labelled as
served, the converter's pinyin readings inside a term kept in its span.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from outside_labels import Choices, write_labels  # noqa: E402

N, P, L = "national", "provincial", "local"

#: The file numbers of part k.
MINE = range(50, 100)

CHOICES: Choices = {
    "50-laifeng-2024": [
        ("習(xí)近平新時(shí)代中國特色社會主義思想", N),
        ("1653", L),
        ("高質(zhì)量發(fā)展", N),
    ],
    "51-zhangwan-2022": [
        ("习近平新时代中国特色社会主义思想", N),
    ],
    "52-taishan-2013": [],
    "53-haojiang-2020": [
        ("习近平新时代中国特色社会主义思想", N),
        ("先行一步", N),
        ("一核一带一区", P),
        ("双区驱动", P),
        ("放权强区", L),
    ],
    "54-jishou-2025": [
        ("十五五", N),
        ("十四五", N),
        ("高质量发展", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("新发展理念", N),
        ("新发展格局", N),
        ("三区两地", L),
        ("五个湘西", L),
        ("强州府", L),
    ],
    "55-yantian-2022": [
        ("习近平新时代中国特色社会主义思想", N),
        ("1 1 9", P),
        ("1 10 10", L),
        ("双区", P),
        ("双改", L),
        ("十四五", N),
        ("动态清零", N),
    ],
    "56-liwan-2025": [
        ("十四五", N),
        ("大干十二年,再造新广州", L),
        ("老城市新活力", N),
        ("1310", P),
        ("1312", L),
        ("百千万工程", P),
        ("高质量发展", N),
        ("稳中求进", N),
        ("先立后破", N),
        ("中国式现代化", N),
    ],
    "57-huadu-2021": [
        ("习近平新时代中国特色社会主义思想", N),
        ("五位一体", N),
        ("四个全面", N),
        ("稳中求进", N),
        ("新发展理念", N),
        ("1+1+9", P),
        ("1+1+4", L),
        ("十三五", N),
        ("高质量发展", N),
    ],
    "58-pengzhou-2021": [
        ("习近平新时代中国特色社会主义思想", N),
        ("新发展阶段", N),
        ("新发展理念", N),
        ("新发展格局", N),
        ("公园城市", N),
        ("四四一一", L),
    ],
    "59-yiliang-2022": [
        ("习近平新时代中国特色社会主义思想", N),
        ("小康社会", N),
        ("脱贫攻坚", N),
        ("两不愁三保障", N),
    ],
    "60-bozhou-2021": [
        ("十四五", N),
        ("十三五", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("四个意识", N),
        ("四个自信", N),
        ("两个维护", N),
        ("不忘初心、牢记使命", N),
        ("三大”战略行动", P),
        ("脱贫攻坚", N),
        ("小康社会", N),
    ],
    "61-xunyang-2019": [
        ("習近平新時代中國特色社會主義思想", N),
        ("新發展理念", N),
        ("三條底線", L),
        ("七項重點", L),
        ("脫貧攻堅", N),
        ("577”脫貧標準", L),
        ("四位一體", L),
        ("就業扶貧", N),
        ("新社區工廠", L),
        ("油返砂", L),
        ("光伏扶貧", N),
    ],
    "62-lingao-2023": [
        ("习近平新时代中国特色社会主义思想", N),
        ("自贸港", P),
        ("一本三基四梁八柱", P),
        ("三区一园", L),
        ("高质量发展", N),
        ("社会面清零", N),
    ],
    "63-lixian-2021": [
        ("十四五", N),
        ("高质量发展", N),
        ("中国特色社会主义", N),
        ("十三五", N),
        ("澧州精神", L),
        ("扬长补短", L),
        ("三大攻坚", N),
        ("五个一批", N),
        ("六个精准", N),
        ("两不愁三保障", N),
        ("建档立卡", N),
    ],
    "64-hongqiao-2016": [
        ("十二五", N),
        ("建设城市副中心、构建美丽新红桥", L),
        ("三严三实", N),
        ("自贸区", N),
        ("自创区", N),
        ("新常态", N),
        ("稳中求进", N),
        ("8+2", L),
    ],
    "65-xindu-2020": [
        ("习近平新时代中国特色社会主义思想", N),
        ("新发展理念", N),
    ],
    "66-yunyang-2023": [
        ("习近平新时代中国特色社会主义思想", N),
        ("十链产业·千亿制造", L),
        ("高质量发展", N),
        ("3+10+X", L),
        ("双倍增", P),
        ("专精特新", N),
        ("十链千亿", L),
        ("3+4+X", L),
        ("千年良田", P),
    ],
    "67-liangzhou-2024": [
        ("疫情防控平穩轉段", N),
        ("習近平新時代中國特色社會主義思想", N),
        ("主題教育", N),
        ("強科技、強工業、強縣域", P),
        ("五量", P),
        ("三抓三促", P),
        ("高質量發展", N),
    ],
    "68-tianxin-2020": [
        ("十三五", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("六稳", N),
        ("六保", N),
        ("网红长沙,红在天心", L),
    ],
    "69-suining-2021": [
        ("十四五", N),
        ("小康社会", N),
        ("第一个百年奋斗目标", N),
        ("第二个百年奋斗目标", N),
        ("高质量发展", N),
        ("全面小康", N),
        ("十三五", N),
        ("生态立县、人才兴县、旅游带动、特色发展", L),
        ("特色县域经济先导区、生态文明示范区、社会和谐稳定模范区", L),
    ],
}

#: Collected but not measured (none).
EXCLUDED: frozenset[str] = frozenset()


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], EXCLUDED, numbers=MINE))
