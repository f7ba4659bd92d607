"""Write the NN-*.labels.json files of the outside evaluation set from the choices below.

The labels were chosen by hand, one document at a time, following the rule at the top of
docs/outside-evaluation.md. This script only turns each chosen string into offsets: every
occurrence of the string in the document body is labelled (the body is the file content
after the first blank line), longer strings first, and an occurrence overlapping an already
labelled span is skipped. It checks body[start:end] == text for every label it writes and
fails if a chosen string does not occur in its document.

    python benchmarks/outside/make_labels.py          # rewrite every labels file
    python benchmarks/outside/make_labels.py --check  # verify the files on disk instead
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
    "01-hanbin-2025": [
        ("高质量发展", N), ("三个年", L), ("四个一批", L), ("两图两库", L), ("五上", P),
    ],
    "02-pingyang-2021": [
        ("十三五", N), ("八八战略", P), ("重要窗口", P), ("六稳", N), ("六保", N),
        ("三个十天硬仗", L), ("25+1", L), ("12+3", L), ("精密智控", P),
    ],
    "03-ganzhou-2018": [
        ("脱贫攻坚", N), ("苏区振兴", N), ("北上南下", L), ("六大攻坚战", L),
        ("五个一工程", N), ("中国制造2025", N),
    ],
    "04-xuanhan-2021": [
        ("六穩", N), ("六保", N), ("三大戰略", L), ("雙核雙區", L),
    ],
    "05-luoyang-2023": [
        ("新发展理念", N), ("两个确保", P), ("十大战略", P),
        ("建强副中心、形成增长极、重振洛阳辉煌", L), ("脱贫攻坚", N), ("全面从严治党", N),
        ("不忘初心、牢记使命", N), ("能力作风建设年", P), ("解放思想大讨论", L), ("三转三优", L),
        ("两个确立", N), ("两个维护", N), ("四个意识", N), ("四个自信", N), ("政治三力", N),
    ],
    "06-datong-2022": [
        ("生态有为", L), ("山水林田湖草沙", N), ("河长制", N), ("林长制", N), ("共同富裕", N),
        ("高质量发展", N), ("以人民为中心", N), ("双循环", N),
    ],
    "07-changchun-2025": [
        ("一中心、五高地", L), ("高质量发展", N), ("稳增长26条", L),
    ],
    "08-zunyi-2020": [
        ("稳中求进", N), ("新发展理念", N), ("两条底线", P), ("六稳", N), ("脱贫攻坚", N),
        ("全面小康", N), ("十三五", N), ("一地一市", L), ("一枢纽两中心三基地", L),
        ("三大攻坚战", N), ("供给侧结构性改革", N), ("以人民为中心", N),
    ],
    "09-yueyang-2021": [
        ("十三五", N), ("高质量发展", N), ("小康社会", N), ("全面小康", N), ("第一个百年", N),
        ("脱贫攻坚", N), ("脱贫摘帽", N), ("八字诀", L), ("大楼区", L),
    ],
    "10-yuzhong-2023": [
        ("四化", L), ("四区", L), ("红岩精神", N), ("红色三岩", L),
    ],
    "11-tianchang-2016": [
        ("十二五", N), ("十一五", N), ("三个天长", L), ("两个冲刺", L),
    ],
    "12-fuan-2022": [
        ("十四五", N), ("七一", N), ("六稳", N), ("六保", N), ("五促一保一防一控", L),
        ("高质量发展", N),
    ],
    "13-weichang-2021": [
        ("十三五", N), ("三个圆满收官", L), ("脱贫攻坚", N), ("两不愁三保障", N),
        ("精准扶贫", N), ("精准脱贫", N), ("建档立卡", N), ("春雨工程", L),
        ("生态产业化、产业生态化", N),
    ],
    "14-gaoqing-2021": [
        ("十三五", N), ("新常态", N), ("小康社会", N), ("新旧动能转换", N), ("五个优化", L),
    ],
    "15-dongwuqi-2022": [
        ("高质量发展", N), ("脱贫攻坚", N), ("建档立卡", N), ("两不愁三保障", N), ("乡村振兴", N),
    ],
    "16-guangzhou-2022": [
        ("老城市新活力", L), ("两个确立", N), ("四个意识", N), ("四个自信", N), ("两个维护", N),
    ],
    "17-shenyang-2021": [
        ("十三五", N), ("六稳", N), ("六保", N), ("小康社会", N),
        ("四防", L), ("五早", L), ("六快", L), ("八条主线", L),
    ],
    "18-sanya-2024": [
        ("自贸港", P), ("封关运作", P), ("两个15%", P), ("零关税", P),
    ],
    "19-shenyang-2016": [
        ("十二五", N), ("稳中求进", N), ("新常态", N),
    ],
    "20-chuxiong-2022": [
        ("十四五", N),
    ],
    "21-zhangjiagang-2017": [
        ("新常态", N), ("新发展理念", N), ("张家港精神", L), ("810工程", L), ("四大品质", L),
        ("十二五", N), ("小康社会", N), ("千人(万人)计划", N), ("双创计划", P), ("姑苏计划", L),
    ],
    "22-yuli-2025": [
        ("十四五", N), ("治疆方略", N), ("中国式现代化", N), ("党政同责", N), ("种业振兴", N),
    ],
    "23-wuqia-2023": [
        ("对口支援", N), ("两个统筹", N), ("动态清零", N), ("二十条", N), ("十条", N),
        ("新发展理念", N),
    ],
    "24-binhai-2012": [
        ("十二五", N), ("科学发展观", N), ("主题主线", N), ("十大战役", L), ("十大改革", L),
        ("五加二、白加黑", L),
    ],
}


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:]))
