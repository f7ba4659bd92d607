"""Independent second labels of benchmarks/outside10 (every document, bundled and press),
written as offsets by benchmarks/outside_labels.py into ``NN-*.labels2.json``.

    python benchmarks/outside10/second_labels.py          # rewrite the second labels files
    python benchmarks/outside10/second_labels.py --check  # verify them on disk instead
    python benchmarks/outside10/second_labels.py --show   # print every label with its context

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
    "01-xiaoshan-2015": [
        ("转型升级、新型城市化、生态文明", L),
        ("两链", L),
    ],
    "02-yuecheng-2024": [
        XI,
        ("首位立区、幸福越城", L),
        ("三件大事", L),
        ("258", L),
        ("一号发展工程", P),
        ("攀登计划", L),
    ],
    "03-huangdao-2016": [
        ("十二五", N),
        ("四实目标、六化机制", L),
        ("一号通", L),
        ("一支队伍管全部、管到底", L),
    ],
    "04-yanhu-2017": [
        ("十三五", N),
        ("三农", N),
        ("健康+", L),
        ("一村一品", N),
        ("三品一标", N),
    ],
    "05-saihan-2016": [
        ("十二五", N),
        ("十一五", N),
        ("8337", P),
        ("2345", L),
        ("新常态", N),
    ],
    "06-yaodu-2014": [
        ("项目推进年", L),
        ("六位一体", L),
        ("煤炭25条", L),
        ("经济运行20条", L),
        ("营改增", N),
    ],
    "07-jinghu-2024": [
        ("十四五", N),
        XI,
    ],
    "08-xingyang-2021": [
        ("十三五", N),
        XI,
        ("六稳", N),
        ("六保", N),
        ("双战双胜", L),
        ("四早", N),
        ("4+N", L),
        ("大数据+网格化", L),
        ("外防输入、内防反弹", N),
    ],
    "09-cangshan-2017": [
        ("新区建设年", L),
    ],
    "40-weiyang-2014": [
        ("稳中求进", N),
        ("四大商圈", L),
    ],
    "41-chenghua-2019": [
        XI,
        ("文旅成华", L),
        ("文商旅体金", L),
    ],
    "42-liubei-2023": [
        ("第二个百年奋斗目标", N),
        XI,
        ("三大振兴和一个更新", L),
        ("实力、活力、美丽、幸福", L),
        ("高质量发展", N),
        ("1+1+3", L),
    ],
    "43-meilan-2019": [
        XI,
        ("四个意识", N),
        ("四个自信", N),
        ("两个维护", N),
        ("六个一", L),
    ],
    "44-hanyang-2016": [
        ("十二五", N),
        ("工业倍增", L),
    ],
    "45-wangyi-2010": [
        ("三产兴区、工业强区、农业突破", L),
    ],
    "80-guandu-2023": [],
    "81-pukou-2020": [
        ("疫情防控常态化", N),
        ("稳中求进", N),
        ("新发展理念", N),
        ("六稳", N),
        ("六保", N),
        ("四新行动", L),
        ("防疫+", L),
    ],
    "82-dongtou-2019": [
        ("海上花园", L),
        XI,
        ("新发展理念", N),
        ("高质量发展", N),
        ("三区", L),
        ("两山", N),
        ("全域旅游", N),
        ("一带一路", N),
    ],
    "83-linhai-2014": [
        ("四换三名", P),
        ("一企一策", L),
        ("个转企", P),
        ("小升规", P),
    ],
    "84-yuyao-2022": [
        ("小康社会", N),
        XI,
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
    ],
    "87-shenhe-2020": [
        ("高质量发展", N),
        XI,
        ("四篇文章", L),
        ("五大工程", L),
    ],
    "88-chibi-2022": [
        XI,
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


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], kind="labels2"))
