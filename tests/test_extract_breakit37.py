"""Counter-tests for the thirty-seventh round's rules, on real text of the shapes they read: a congress report's eulogy
whose next sentence names its subject again (the paragraph going on about a term), a commentary giving a name's
standing before glossing its pieces with 就是, …"""

from __future__ import annotations

from conftest import pairs


# --- a class sentence in mid-paragraph, the next sentence naming the term again (topics, P991's rule) -----------------


def test_a_eulogy_whose_next_sentence_names_its_subject_again_is_no_definition() -> None:
    # 在中国共产党第十一次全国代表大会上的政治报告 (1977; cpc-congress-reports.jsonl row 6), three paragraphs: a series of
    # 是 clauses praising 毛泽东思想, one of them holding 思想 (强大的思想武器), the next sentence opening with the term again
    page = (
        "在当代国际共产主义运动中，毛主席以彻底唯物主义者的大无畏的革命气概，发动了批判以苏修叛徒集团为中心的现代修正主义的伟大斗争，"
        "促进了世界无产阶级革命事业和各国人民反帝反霸事业的蓬勃发展，赢得了全世界真正的马克思列宁主义者和全世界革命人民的尊敬和爱戴。"
        "毛泽东思想的旗帜，也是世界人民革命的胜利旗帜。\n"
        "毛主席是当代最伟大的马克思主义者。毛主席把马克思列宁主义的普遍真理，同中国革命和世界革命的具体实践结合起来，在哲学、政治经济学和"
        "科学社会主义方面，继承、捍卫和发展了马克思列宁主义。在社会主义时期，毛主席对马克思主义的最伟大贡献，就是完整地创立了无产阶级专政下"
        "继续革命的理论。毛泽东思想，是中国人民进行新民主主义革命和社会主义革命、社会主义建设的指路明灯，是世界人民反对帝国主义、社会帝国主义"
        "和各国反动派的强大的思想武器，是共产党人反对修正主义，反对教条主义和经验主义的强大的思想武器。毛泽东思想，是马克思列宁主义理论宝库的"
        "最新财富，是毛主席贡献给我们时代的最宝贵的遗产。\n"
        "毛主席在革命理论和革命实践上，为中国人民、为全世界无产阶级和革命人民立下的丰功伟绩，是永垂不朽的。\n"
    )
    assert "毛泽东思想" not in [t for t, _ in pairs(page)]


# --- a name's standing before its pieces glossed with 就是 (clauses, the new 就是 marker) -------------------------------


def test_a_names_standing_before_its_pieces_glossed_with_jiushi_is_no_entry() -> None:
    # a 2016 commentary on “两学一做” by a cadre of 合江县, 泸州 (search corpus `pages`, served without its address): the
    # paragraph opens with what 知行合一 is for the campaign (是…的基本要求, a standing), then glosses 知 and 行 with 就是
    page = (
        "“两学一做”基础在学,关键在做。学习党章党规,明白作为一名党员的基本职责,做到在党言党、在党爱党、在党为党、在党忧党,做政治上的明白人;"
        "学习习近平系列讲话,深刻领会讲话的丰富内涵和核心要义。\n"
        "“知行合一”是“两学一做”学习教育活动的基本要求。 “知”就是要把党章党规和系列讲话内化于心,转化为思想自觉和行动自觉;“行”就是要把"
        "两学一做转化为用权履职的实践,作为党员干部执政做人的根本遵循,转化为“忠诚、干净、担当”的实际行动。以“两学一做”为标尺,不断查找自身"
        "思想上的模糊地带和认识上的偏差,真正领悟党章党规的规定和习近平系列讲话精神的精髓。\n"
        "(作者单位:四川省泸州市合江县 )\n"
    )
    assert "“知行合一”" not in [t for t, _ in pairs(page)]
