"""Second, independent labels of benchmarks/outside18 (all 26 documents: 01–15 and 50–63, bundled
and press), chosen from the text and the labelling rule alone, without the first labels or any
tool output (see SECOND.md), and written as offsets by benchmarks/outside_labels.py.

    python benchmarks/outside18/second_labels.py          # rewrite the NN-*.labels2.json files
    python benchmarks/outside18/second_labels.py --check  # verify them on disk instead
    python benchmarks/outside18/second_labels.py --show   # print every label with its context

Press documents are read from, and their labels written to, $POLICYTERMS_OUTSIDE_PRESS/outside18/
(default /tmp/outside-press/outside18/); they are skipped with a line saying so when absent.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from outside_labels import write_labels  # noqa: E402

N, P, L = "national", "provincial", "local"

XI = "习近平新时代中国特色社会主义思想"
XI_T = "習近平新時代中國特色社會主義思想"  # traditional pages (10, 52, 63)

# file stem -> [(text as it appears in the body, level)]
CHOICES: dict[str, list[tuple[str, str]]] = {
    "01-fenyang-2023": [
        (XI, N),
        ("稳中求进", N),
        ("高质量发展", N),
        ("130条", L),  # 130条稳经济一揽子政策: a numbered package whose measures are not stated
    ],
    "02-tuquan-2024": [
        (XI, N),
        ("中华民族共同体意识", N),  # in 铸牢…为主线
        ("五大任务", N),  # the general secretary's five tasks for 内蒙古
        ("模范自治区", P),  # quoted goal; 两件大事 after it lists its two parts (rule 6)
        ("高质量发展", N),  # also in 高质量发展伙伴城市 (a term inside a name)
        ("三北工程", N),  # the Three-North shelterbelt programme
    ],
    "03-ouhai-2014": [
        ("稳中求进", N),
        ("提升工业化、推进城市化", L),
        ("十大举措", L),
        ("1+X", L),
        ("千名干部进千企解千难", L),
        ("工业经济冲千亿", L),
        ("挖潜节地", L),
        ("三转一市", L),
        ("电商换市", P),  # 浙江's 四换三名
        ("个转企", P),
        ("小升规", P),
        ("限下转限", P),  # “限下转限上”, cut off by the page's end; labelled as served
    ],
    "04-yunhe-2004": [
        ("三个代表", N),
        ("招商引资年", L),
        ("园区建设年", L),
        ("一把手工程", L),
    ],
    "05-xuanwu-2025": [
        (XI, N),
        ("稳中求进", N),
        ("高质量发展", N),
        ("新质生产力", N),
        ("招商攻坚突破年", L),
    ],
    "07-qingzhou-2024": [
        (XI, N),
        ("走在前、开新局", N),  # the general secretary's charge to 山东
        ("高质量发展", N),  # also inside the honours and designations
        ("三比六争", L),
        ("乡村振兴", N),
    ],
    "09-yiyang-2025": [
        ("十四五", N),
        (XI, N),
        ("三高四最", L),
        ("高质量发展", N),  # in an honour's name
        ("新型城镇化", N),  # in 全国新型城镇化试点县
        ("首位产业", P),  # 河南's county-economy term
        ("医养结合", N),  # contraction of 医疗卫生与养老服务相结合 (class B)
    ],
    "10-linchuan-2025": [
        ("十四五", N),
        (XI_T, N),
        ("走在前、勇爭先、善作為", N),  # the general secretary's charge to 江西
        ("三大高地", P),
        ("五大戰(zhàn)略", P),
        ("一大品牌", L),  # 抚州's
        ("六大戰(zhàn)略", L),
        ("三大建設", L),
        ("一張名片", L),  # the district's
        ("兩區(qū)", L),
        ("三大基地", L),
        ("抓好四個統(tǒng)籌、實施八大行動", L),
        ("八大會戰(zhàn)", L),
        ("高質量發(fā)展", N),
        ("調總量、優(yōu)結構", L),  # the economic census's quoted goal; origin not placed higher
    ],
    "11-yixian-2017": [
        ("十二五", N),
        ("十三五", N),
    ],
    "12-jimei-2024": [
        ("十四五", N),
        ("三爭(zhēng)", P),  # 福建's campaign
        ("快字當(dāng)頭提效率、機(jī)關(guān)帶頭轉(zhuǎn)作風(fēng)", L),  # 厦门's campaign
        ("高質(zhì)量發(fā)展", N),
    ],
    "14-lushunkou-2022": [
        ("三年过万亿", L),  # 大连's campaign
        ("百日招商行动", L),
    ],
    "15-saertu-2021": [
        ("高质量发展", N),
    ],
    "50-zengcheng-2022": [
        (XI, N),
        ("新发展阶段", N),
        ("新发展理念", N),
        ("新发展格局", N),
        ("稳中求进", N),
        ("双班长", L),
        ("防控专家+纪检干部", L),
        ("常态化疫情防控", N),
    ],
    "51-nansha-2021": [
        ("三区一中心", L),
        ("高质量发展", N),  # also in a ranking's name
    ],
    "52-lianzhou-2023": [
        ("十四五", N),
        (XI_T, N),
        ("穩中求進", N),
        ("10個行動方案", L),
        ("醫共體", N),  # 县域医共体
    ],
    "53-xiangzhou-2011": [
        ("雙轉(zhuǎn)型", L),
        ("鄧小平理論", N),
        ("三個(gè)代表", N),
        ("科學(xué)發(fā)展觀", N),
        ("南粵錦繡工程", P),  # 广东's cultural programme, inside an honorary title
    ],
    "54-qionglai-2021": [
        ("十三五", N),
        (XI, N),
        ("新发展理念", N),
        ("高质量发展", N),
    ],
    "55-xichang-2023": [
        (XI, N),
        ("国际生态田园历史文化名城", L),
        ("产业招商、项目建设、社会治理", L),
        ("高质量发展", N),  # also inside the title of the 安宁河流域 plan (a term inside a name)
        ("七同", L),
    ],
    "56-mile-2023": [
        ("两型三化", P),  # 云南's industrial course
        ("3+5", L),
    ],
    "57-yuanjiang-2015": [
        ("十三五", N),
        ("小康社会", N),
        ("十二五", N),
        ("工业强市、城乡统筹、绿色发展", L),
        ("新型工业化", N),
        ("新型城镇化", N),
        ("新农村", N),
    ],
    "58-ningxiang-2021": [
        ("十四五", N),
        ("小康社会", N),
        ("第一个百年奋斗目标", N),
        ("第二个百年奋斗目标", N),
        ("十三五", N),
        ("稳中求进", N),
    ],
    "59-yidu-2018": [
        ("新发展理念", N),
        ("四城联创", L),
        ("创城", N),  # contraction of 创建全国文明城市
        ("脱贫攻坚", N),
        ("精准脱贫", N),
        ("出列", N),  # a poor village leaving the list
    ],
    "60-qiongshan-2021": [
        (XI, N),
        ("六稳", N),
        ("六保", N),
        ("十三五", N),
    ],
    "61-huyanghe-2025": [
        ("十四五", N),
        (XI, N),
        ("八个坚定不移", L),  # the division-city Party committee's tasks
        ("中国式现代化", N),
        ("百连示范工程", P),  # 兵团's programme for its 连队
        ("产加销", N),  # contraction of 生产、加工、销售
    ],
    "62-delingha-2020": [
        (XI, N),
        ("稳中求进", N),
        ("新发展理念", N),
        ("八字", N),  # the supply-side reform's 八字方针 (巩固、增强、提升、畅通)
        ("一优两高", P),  # 青海's strategy
        ("十三五", N),
        ("小康社会", N),
        ("全面小康", N),
    ],
    "63-weiyuan-2021": [
        ("十三五", N),
        (XI_T, N),
        ("脫貧攻堅", N),
        ("四個不摘", N),
        ("掛牌作戰(zhàn)", P),  # 甘肃's campaign against the last poor counties and villages
        ("3+1", P),  # 甘肃's poverty-alleviation tasks
        ("5+1", P),
        ("易地扶貧搬遷", N),
        ("摘帽", N),  # in 贫困县摘帽退出 (inside the evaluation's name)
        ("全面小康", N),
    ],
}

#: Press pages whose first body line is the collection's own heading (the site's page title, not
#: the report's): a chosen string there is furniture (rule 7) and is left out.
COLLECTION_HEADING: frozenset[str] = frozenset({"58-ningxiang-2021"})


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], kind="labels2", heading_line=COLLECTION_HEADING))
