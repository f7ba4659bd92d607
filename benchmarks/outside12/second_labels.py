"""Independent second labels of benchmarks/outside12 (all 16 documents; see SECOND.md),
written as offsets by benchmarks/outside_labels.py into ``NN-*.labels2.json`` beside each text.

    python benchmarks/outside12/second_labels.py          # rewrite the second labels files
    python benchmarks/outside12/second_labels.py --check  # verify them on disk instead
    python benchmarks/outside12/second_labels.py --show   # print every label with its context

Made from the documents and the labelling rule alone (benchmarks/outside/ADJUDICATION.md,
docs/outside-evaluation.md "Labelling rule"), without the first labels or any tool output.
The press page (54) lives in $POLICYTERMS_OUTSIDE_PRESS/outside12/.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from outside_labels import write_labels  # noqa: E402

N, P, L = "national", "provincial", "local"

# file stem -> [(text as it appears in the body, level)]
CHOICES: dict[str, list[tuple[str, str]]] = {
    "01-kundulun-2017": [
        ("小康社会", N),  # in 全面建成小康社会
    ],
    "02-yuquan-2018": [
        ("小康社会", N),  # in 全面建设小康社会
        ("新常态", N),
    ],
    "03-yuwangtai-2015": [
        ("十二五", N),
        ("科学发展观", N),
        ("发展工业、开发旧城、提升三产、建好农村、改善民生、构建和谐", L),  # quoted 工作思路
        ("持续快速发展、持续快速突破", L),  # quoted 总体工作要求
        ("两改一建", L),
    ],
    "04-shinan-2022": [
        ("习近平新时代中国特色社会主义思想", N),
        ("小康社会", N),
        ("十三五", N),
        ("十四五", N),
    ],
    "05-wenjiang-2016": [
        ("新常态", N),
        ("双城共兴", L),  # Chengdu's biomedicine layout; the two cities are not named
    ],
    "06-yanta-2008": [
        ("邓小平理论", N),  # guiding ideology in the Party constitution (class C)
        ("三个代表", N),
        ("科学发展观", N),
        ("创一流工作业绩,实现率先发展", L),  # quoted 标准
    ],
    "07-daoli-2005": [
        ("邓小平理论", N),
        ("三个代表", N),
        ("科学发展观", N),
    ],
    "08-gaochang-2024": [
        ("习近平新时代中国特色社会主义思想", N),
        ("治疆方略", N),
        ("新发展理念", N),
        ("稳中求进", N),
        ("1535", L),  # 市委“1535”工作思路 (吐鲁番)
        ("一年打基础", L),
        ("乡村振兴", N),
        ("农业稳市", L),
    ],
    "50-nanhai-2018": [
        ("品牌南海", L),
        ("团结民主、和谐共进", L),
        ("四个意识", N),
        ("四个自信", N),
        ("四个坚持、三个支撑、两个走在前列", N),  # the general secretary's charge to 广东
        ("两学一做", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("不忘初心,牢记使命", N),
    ],
    "51-guangshui-2024": [
        ("习近平新时代中国特色社会主义思想", N),
        ("再进位、冲百强、创辉煌", L),
        ("稳中求进", N),
        ("请老乡、回故乡、建家乡", L),
    ],
    "52-zaoyang-2022": [
        ("习近平新时代中国特色社会主义思想", N),
        ("高质量发展", N),
    ],
    "53-yangxin-2021": [
        ("高质量发展", N),
        ("小康社会", N),
        ("供给侧结构性改革", N),
        ("专精特新", N),
        ("小巨人", N),
    ],
    "54-ruian-2021": [
        ("十三五", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("加快融合发展、打造至美瑞安", L),
        ("小康社会", N),
        ("新发展理念", N),  # in 五大新发展理念
        ("十大责任捆绑攻坚行动", L),
        ("三位一体", L),  # 瑞安's 生产、供销、信用 cooperative reform
        ("医共体", N),
        ("万亩千亿", P),
        ("两区一廊", L),
        ("五大亮点区块", L),
    ],
    "55-pingyuan-2006": [
        ("邓小平理论", N),
        ("三个代表", N),
        ("科学发展观", N),
        ("四个梅州", L),
    ],
    "56-jinzhai-2025": [
        ("习近平新时代中国特色社会主义思想", N),
        ("稳中求进", N),
        ("抓项目、促投资,抓创新、聚活力,抓保障、强服务", L),
    ],
    "57-wuwei-2023": [
        ("十四五", N),
        ("战略性新兴产业", N),
    ],
}


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], kind="labels2"))
