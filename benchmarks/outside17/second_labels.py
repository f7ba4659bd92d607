"""Second, independent labels of benchmarks/outside17 (all 34 documents: 01–14 and 50–69, bundled
and press), chosen from the text and the labelling rule alone, without the first labels or any
tool output (see SECOND.md), and written as offsets by benchmarks/outside_labels.py.

    python benchmarks/outside17/second_labels.py          # rewrite the NN-*.labels2.json files
    python benchmarks/outside17/second_labels.py --check  # verify them on disk instead
    python benchmarks/outside17/second_labels.py --show   # print every label with its context

Press documents are read from, and their labels written to, $POLICYTERMS_OUTSIDE_PRESS/outside17/
(default /tmp/outside-press/outside17/); they are skipped with a line saying so when absent.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from outside_labels import write_labels  # noqa: E402

N, P, L = "national", "provincial", "local"

XI = "习近平新时代中国特色社会主义思想"
XI_T = "習近平新時代中國特色社會主義思想"  # traditional pages (61, 67)
XI_R = "習(xí)近平新時(shí)代中國特色社會(huì)主義思想"  # traditional with the converter's readings (05, 10)

# file stem -> [(text as it appears in the body, level)]
CHOICES: dict[str, list[tuple[str, str]]] = {
    "01-balinyouqi-2025": [
        (XI, N),
        ("稳中求进", N),
        ("新发展理念", N),
        ("中华民族共同体意识", N),
        ("两件大事", P),
        ("六个工程", P),
        ("六个专项行动", P),
        ("六稳", N),
    ],
    "02-yihuang-2023": [
        (XI, N),
        ("两化融合", N),  # inside the designation 省级两化融合1示范园区
        ("载人航天精神", N),
    ],
    "03-diaobingshan-2021": [
        (XI, N),
        ("高质量发展", N),
        ("项目为王", L),
    ],
    "04-taonan-2022": [
        (XI, N),
        ("1351", L),
        ("三个三", L),
        ("四个洮南", L),
        ("留抵退税", N),
        ("个转企", P),
        ("小升规", P),
        ("专精特新", N),
        ("1411", L),
    ],
    "05-shicheng-2021": [
        ("十四五", N),
        (XI_R, N),
        ("新發(fā)展理念", N),
        ("三大戰(zhàn)略", L),  # 市委 (赣州)
        ("六大主攻方向", L),
        ("攻項(xiàng)目、整環(huán)境、提效率", L),
        ("兩地三區(qū)", L),
        ("雙過半", N),
    ],
    "06-runan-2021": [
        ("十四五", N),  # not in the collection heading (see COLLECTION_HEADING)
        ("小康社会", N),
        ("第一个百年奋斗目标", N),
        ("第二个百年奋斗目标", N),
        (XI, N),
        ("十三五", N),
        ("两城两基地", L),
    ],
    "07-wancheng-2023": [
        (XI, N),
        ("中心城区起高峰,宛城隆起当先锋", L),
        ("四上", N),
        ("三个一批", P),
    ],
    "08-gaomi-2021": [
        ("十三五", N),
        ("小康社会", N),
        ("高质量发展", N),
        ("供给侧结构性改革", N),
    ],
    "09-yizheng-2024": [
        ("新發(fā)展理念", N),
        ("專精特新", N),
        ("小巨人", N),
    ],
    "10-zherong-2024": [
        ("十四五", N),
        (XI_R, N),
        ("深學(xué)爭優(yōu)、敢為爭先、實(shí)干爭效", P),
        ("三個(gè)攻堅(jiān)年", L),
        ("15+7", L),
        ("我在寧德有畝田", L),
        ("2+N", L),
        ("福九味", P),
    ],
    "11-yunxiao-2021": [
        ("十四五", N),
        ("小康社会", N),
        ("第一个百年奋斗目标", N),
        ("第二个百年奋斗目标", N),
        ("工业新城", L),
        ("高质量发展", N),
        ("百年未有之大变局", N),
        ("新发展阶段", N),
        ("双循环", N),
        ("能源新城", L),
    ],
    "12-yanping-2007": [
        ("科学发展观", N),
        ("为民、守责、创新、廉政", L),
        ("十五", N),
        ("十一五", N),
        ("突出工业,突破工业", L),
        ("新农村", N),
        ("多予少取放", N),  # “多予少取放活”, cut off by the page's end
    ],
    "13-dafeng-2018": [
        ("創新創業、富民興區", L),
        ("戰略性新興產業", N),
    ],
    "14-yushu-2011": [
        ("三農", N),
        ("新農村", N),
    ],
    "50-laifeng-2024": [
        ("習(xí)近平新時(shí)代中國特色社會主義思想", N),
        ("1653", L),
        ("高質(zhì)量發(fā)展", N),
    ],
    "51-zhangwan-2022": [
        (XI, N),
    ],
    "52-taishan-2013": [],
    "53-haojiang-2020": [
        (XI, N),
        ("一核一带一区", P),
        ("双区驱动", P),
        ("放权强区", L),
    ],
    "54-jishou-2025": [
        ("十五五", N),
        ("高质量发展", N),
        ("十四五", N),
        (XI, N),
        ("新发展理念", N),
        ("新发展格局", N),
        ("三区两地", L),
        ("五个湘西", L),
        ("强州府", L),
    ],
    "55-yantian-2022": [
        (XI, N),
        ("1 1 9", P),  # 省委“1+1+9”, the plus signs turned into spaces by the copy
        ("1 10 10", L),  # 市委“1+10+10”
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
        ("中国式现代化", N),
    ],
    "57-huadu-2021": [
        (XI, N),
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
        (XI, N),
        ("新发展阶段", N),
        ("新发展理念", N),
        ("新发展格局", N),
        ("公园城市", N),
        ("四四一一", L),
    ],
    "59-yiliang-2022": [
        (XI, N),
        ("小康社会", N),
        ("脱贫攻坚", N),
        ("两不愁三保障", N),
    ],
    "60-bozhou-2021": [
        ("十四五", N),
        ("十三五", N),
        (XI, N),
        ("四个意识", N),
        ("四个自信", N),
        ("两个维护", N),
        ("不忘初心、牢记使命", N),
        ("三大", P),  # “三大”战略行动 (Guizhou)
        ("新型工业化", N),
        ("新型城镇化", N),
        ("脱贫攻坚", N),
        ("小康社会", N),
    ],
    "61-xunyang-2019": [
        (XI_T, N),
        ("新發展理念", N),
        ("三條底線", L),
        ("七項重點", L),
        ("脫貧攻堅", N),
        ("577", L),
        ("四位一體", L),
        ("就業扶貧", N),
        ("新社區工廠", L),
        ("勞務扶貧", N),
        ("油返砂", L),
        ("光伏扶貧", N),
    ],
    "62-lingao-2023": [
        (XI, N),
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
        ("自创区", N),
        ("新常态", N),
        ("稳中求进", N),
        ("8+2", L),
    ],
    "65-xindu-2020": [
        (XI, N),
        ("新发展理念", N),
        ("新型城镇化", N),  # inside the ranking 新型城镇化质量…“百强区”
    ],
    "66-yunyang-2023": [
        (XI, N),
        ("十链产业·千亿制造", L),
        ("高质量发展", N),
        ("3+10+X", L),
        ("双倍增", P),
        ("专精特新", N),
        ("十链千亿", L),
        ("3+4+X", L),
        ("千年良田", L),
    ],
    "67-liangzhou-2024": [
        (XI_T, N),
        ("主題教育", N),
        ("五量", L),
        ("三抓三促", P),
        ("高質量發展", N),
    ],
    "68-tianxin-2020": [
        ("十三五", N),
        (XI, N),
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

#: Press pages whose first body line is the collection's own heading (the site's page title, not
#: the report's): a chosen string there is furniture (rule 7) and is left out.
COLLECTION_HEADING: frozenset[str] = frozenset({"06-runan-2021"})


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], kind="labels2", heading_line=COLLECTION_HEADING))
