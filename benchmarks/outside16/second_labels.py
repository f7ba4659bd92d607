"""Second, independent labels of benchmarks/outside16 (all 26 documents: 01–12 and 50–63, bundled
and press), chosen from the text and the labelling rule alone, without the first labels or any
tool output (see SECOND.md), and written as offsets by benchmarks/outside_labels.py.

    python benchmarks/outside16/second_labels.py          # rewrite the NN-*.labels2.json files
    python benchmarks/outside16/second_labels.py --check  # verify them on disk instead
    python benchmarks/outside16/second_labels.py --show   # print every label with its context

Press documents are read from, and their labels written to, $POLICYTERMS_OUTSIDE_PRESS/outside16/
(default /tmp/outside-press/outside16/); they are skipped with a line saying so when absent.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from outside_labels import write_labels  # noqa: E402

N, P, L = "national", "provincial", "local"

XI = "习近平新时代中国特色社会主义思想"
XI_T = "習近平新時代中國特色社會主義思想"  # traditional pages (07, 52, 58)

# file stem -> [(text as it appears in the body, level)]
CHOICES: dict[str, list[tuple[str, str]]] = {
    "01-haishu-2012": [
        ("十二五", N),
        ("科学发展观", N),
        ("三思三创", L),
        ("六个加快", L),
        ("四个大力", L),
        ("一线服务月", L),
    ],
    "02-dinghai-2025": [
        ("一号工程", P),
        ("十项重大工程", P),
        ("985", L),
        ("赛马", P),
        ("一切围绕经济转", L),
        ("千项万亿", P),
        ("两重", N),
        ("两新", N),
    ],
    "03-gongshu-2018": [
        ("稳中求进", N),
        ("四大战略", L),
        ("五区建设", L),
        ("四大专项行动", L),
        ("六个尽快改变", L),
        ("321", L),
        ("浙商创业创新", P),
        ("6+2", L),
        ("互联网+专业市场", L),
        ("新三板", N),
        ("众创空间", N),
        ("创立方618", L),
        ("2345", L),
    ],
    "04-mawei-2023": [
        (XI, N),
        ("3820", L),
        ("高质量发展", N),
        ("项目攻坚增效年", L),
        ("工业提振", L),
        ("榕升计划", L),
    ],
    "05-luoyuan-2022": [
        ("启航新时代,做强北大门,打响四大国家级品牌,建功丝路海港城", L),
        ("稳中求进", N),
    ],
    "06-qinhuai-2022": [
        (XI, N),
        ("高质量发展", N),
        ("强富美高", P),
        ("特而精、最南京、高质量、现代化中心城区", L),
        ("习近平法治思想", N),
        ("全过程人民民主", N),
    ],
    "07-zhungeer-2023": [
        (XI_T, N),
    ],
    "08-dongsheng-2020": [
        ("小康社会", N),
        (XI, N),
        ("稳中求进", N),
    ],
    "09-liangyuan-2016": [
        ("十二五", N),
        ("百千萬", P),
    ],
    "10-shangjie-2008": [
        ("科学发展观", N),
        ("行动迅速、廉政为民、善抓落实、创新创效", L),
        ("1556", L),
    ],
    "11-yongji-2021": [
        ("五抓一优一促", L),
        ("六稳", N),
        ("六保", N),
    ],
    "12-lixia-2014": [
        ("加快科学发展,建设美丽泉城", L),
        ("一二三四五", L),
    ],
    "50-jingyang-2023": [
        (XI, N),
        ("高质量发展", N),
        ("乡村振兴", N),
    ],
    "51-wugang-2021": [
        ("十四五", N),
        ("全面小康", N),
        ("十三五", N),
        ("中国特色社会主义", N),
        (XI, N),
        ("稳中求进", N),
        ("新发展理念", N),
        ("供给侧结构性改革", N),
        ("三大攻坚战", N),
        ("六稳", N),
        ("六保", N),
    ],
    "52-fancheng-2023": [
        (XI_T, N),
        ("高質(zhì)量發(fā)展", N),
        ("穩(wěn)中求進", N),
        ("一心四區(qū)", L),
    ],
    "53-mazhang-2021": [
        ("十三五", N),
        (XI, N),
        ("四个意识", N),
        ("四个自信", N),
        ("两个维护", N),
        ("六稳", N),
        ("六保", N),
        ("双统筹", L),
        ("综治", N),
    ],
    "54-huicheng-2024": [
        (XI, N),
        ("四个惠城", L),
        ("市区一体、县区协同", L),
        ("高质量发展", N),
        ("两个确立", N),
        ("两个维护", N),
        ("一点两地", N),
        ("1310", P),
        ("再造一个新广东", P),
    ],
    "55-huiyang-2021": [
        ("十三五", N),
        ("十四五", N),
        (XI, N),
        ("双区", P),
        ("智造高地 · 活力惠阳", L),
        ("智造高地", L),
        ("活力惠阳", L),
        ("小康社会", N),
        ("第一个百年奋斗目标", N),
        ("第二个百年奋斗目标", N),
        ("高质量发展", N),
    ],
    "56-qianwei-2021": [
        (XI, N),
        ("稳中求进", N),
        ("新发展理念", N),
        ("六稳", N),
        ("六保", N),
        ("小康社会", N),
        ("5+1", P),
        ("全域旅游", N),
    ],
    "57-echeng-2024": [
        ("十四五", N),
        ("三新 三强", L),
        ("压舱石", L),
        ("四上", N),
        ("稳中求进", N),
    ],
    "58-huachi-2024": [
        (XI_T, N),
        ("高質(zhì)量發(fā)展", N),
        ("主題教育", N),
        ("新發(fā)展理念", N),
    ],
    "59-lantian-2019": [
        (XI, N),
        ("稳中求进", N),
        ("新发展理念", N),
        ("五新战略", P),
        ("聚焦‘三六九’、振兴大西安", L),
        ("脱贫攻坚", N),
        ("高质量发展", N),
        ("追赶超越奋进年", L),
        ("营商环境提升年", L),
        ("招商项目落地年", L),
        ("村七条", L),
        ("户五条", L),
        ("7+3+3+3", L),
        ("双十双百千万", L),
        ("易地扶贫搬迁", N),
    ],
    "60-pingshan-2021": [
        (XI, N),
        ("新发展理念", N),
        ("115", L),
        ("小康社会", N),
        ("小康", N),
        ("脱贫攻坚", N),
        ("以人民为中心", N),
        ("1+4", L),
        ("六个一", L),
        ("摘帽", N),
        ("摘穷帽", N),
    ],
    "61-qingjian-2023": [
        ("生态立县、产业富县、文旅兴县", L),
        ("十四五", N),
    ],
    "62-luohu-2020": [
        ("中国特色社会主义", N),
        ("双区驱动", P),
    ],
    "63-shimian-2021": [
        ("小康", N),
        ("疫情常态化防控", N),
        ("五级责任", L),
        ("四方责任", N),
        ("高质量发展", N),
    ],
}

#: Press pages whose body opens with the collection's own heading line (its page title, repeated
#: by the site: "(湖南省)…十四五规划(2022年更新)"; 55's even names the wrong district). That line is
#: furniture, not the report (rule 7), so an occurrence of a chosen string in it is not labelled.
COLLECTION_HEADING: frozenset[str] = frozenset({"51-wugang-2021", "55-huiyang-2021"})


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], kind="labels2", heading_line=COLLECTION_HEADING))
