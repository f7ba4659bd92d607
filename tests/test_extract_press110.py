"""The hundred-and-tenth development set's press pages P3078–P3097 (schooling, examinations and universities: mainland,
Hong Kong and Taiwan pages, blogs, school and exam sites). Each mend has the real sentences it was written from (short
excerpts, the press pages not being bundled) and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from conftest import pairs


# --- the items of a heading naming features or merits (P3084, P3083) ---

_HIGHER_DIPLOMA = (
    "中国香港的高级文凭课程是香港资历架构下的第四级课程,属于副学位层次,与副学士平行,但侧重点有显著不同。\n"
    "以下是关于香港高级文凭课程的详细介绍:\n"
    "1. 课程定位与核心特点\n"
    "- 职业导向鲜明:课程设计紧密对接特定行业的需求,旨在培养具备专业技能的实务型人才。\n"
    "- 资历认可:属于香港资历架构第四级,与副学士同级,但方向不同。\n"
    "- “学历”与“资历”并重:毕业生不仅获得学历证书,更掌握业界认可的实操技能,有利于考取相关专业资格。\n"
    "2. 与副学士课程的主要区别\n"
)


def test_the_items_under_a_numbered_features_heading_are_traits_not_terms():
    assert pairs(_HIGHER_DIPLOMA) == [
        ("中国香港的高级文凭课程", "是香港资历架构下的第四级课程,属于副学位层次,与副学士平行,但侧重点有显著不同。"),
    ]


def test_the_items_under_a_heading_of_kinds_are_still_read():
    # (a heading naming the kinds of a thing, not its features: its items are named kinds, entries)
    text = (
        "1. 课程的主要类型\n"
        "- 高级文凭:是以职业技能为导向的副学位课程。\n"
        "- 副学士:是以通识教育为主的副学位课程。\n"
    )
    assert pairs(text) == [
        ("高级文凭", "是以职业技能为导向的副学位课程。"),
        ("副学士", "是以通识教育为主的副学位课程。"),
    ]


_AIDED_SCHOOLS = (
    "官立 / 資助學校的優點\n"
    "\n"
    "以校網區分所屬學生\n"
    "\n"
    "由於官立 / 資助是透過「統一派位」來收取學生。因此，家長必須就對子女所屬校網的中學有所了解。\n"
    "\n"
    "學費全免\n"
    "\n"
    "官立 / 資助學校是由政府全額資助。因此，學生背景無論是貧抑或富，只要是合資格的學生即可免費取得學位就讀。\n"
    "\n"
    "資深優秀的教師較穩定\n"
    "\n"
    "由於傳統官立 / 資助學校的教席，過往大多是終身聘用，升遷任免均有其制度，因此令較資深優秀的教師繼續留任。\n"
)


def test_the_headword_lines_under_a_merits_heading_are_merits_not_terms():
    assert pairs(_AIDED_SCHOOLS) == []


def test_headword_lines_under_another_heading_are_still_read():
    text = _AIDED_SCHOOLS.replace("官立 / 資助學校的優點", "學校常用詞")
    assert [term for term, _ in pairs(text)] == ["以校網區分所屬學生", "學費全免", "資深優秀的教師較穩定"]


# --- the items under a lead-in naming a procedure's stages (P3093) ---

_DOCTORAL_APPLICATION = (
    "博士申请考核制是什么意思\n"
    "\n"
    "博士申请考核制是一种特殊的博士招考方式,它不同于传统的统一入学考试。\n"
    "\n"
    "博士申请考核制的流程通常包括以下几个环节:\n"
    "\n"
    "1、个人申请:考生需要按照招生单位的要求,提交个人基本信息、学术简历、研究计划。\n"
    "\n"
    "2、初审:招生单位收到考生的申请材料后,由相关学科领域的专家组成评审委员会进行初审。\n"
    "\n"
    "3、综合考核:通过初审的考生将会受邀参加进一步的考核,考核形式多样,可以包括面试、笔试。\n"
)


def test_the_items_under_a_procedure_lead_in_are_steps_not_terms():
    assert pairs(_DOCTORAL_APPLICATION) == [
        ("博士申请考核制", "是一种特殊的博士招考方式,它不同于传统的统一入学考试。"),
    ]


def test_an_item_defining_its_label_under_a_procedure_lead_in_stays():
    text = _DOCTORAL_APPLICATION.replace("1、个人申请:考生需要", "1、个人申请:是指考生")
    assert ("个人申请", "是指考生按照招生单位的要求,提交个人基本信息、学术简历、研究计划。") in pairs(text.replace("是指考生需要按照", "是指考生按照"))


# --- a title asking another name of the word (P3087) ---


def test_a_title_asking_the_other_name_gives_no_entry():
    text = (
        "春考也叫什么高考\n"
        "\n"
        "一、主要别称\n"
        "\n"
        "职教高考\n"
        "\n"
        "强调其职业教育的属性,是中等职业教育和普通高中学生升学的统一考试。\n"
    )
    assert ("春考", "也叫什么高考") not in pairs(text)


def test_a_naming_with_a_real_other_name_is_no_question():
    from policyterms.mining.extract_layouts.false_glosses import asked_name

    assert not asked_name("也叫职教高考,是中等职业教育和普通高中学生升学的统一考试。")
    assert asked_name("又稱甚麼")


# --- the items under a heading naming an aspect in which the compared things differ (P3085) ---

_JOINT_EXAM = (
    "港澳台联考与高考的区别:\n"
    "一、性质不同\n"
    "1、港澳台联考:学制的一种,是内地为了向港澳台招生而兴起的一种学制考试。\n"
    "2、高考:是合格的内地高中毕业生或具有同等学力的考生参加的选拔性考试。\n"
    "二、 身份要求不同\n"
    "1、港澳台联考:华侨考生,考生本人及其父母一方均需取得住在国长期或者永久居留权。\n"
    "2、高考:符合下列条件之一且具有高中毕业文化程度(须为学历教育)的人员,可以申请报名。\n"
    "三、考试时间不同\n"
    "1、港澳台联考:每年5月的第三个周末。\n"
    "2、高考:国内高考每年6月7号8号两天。\n"
)


def test_the_items_under_an_aspect_of_difference_are_no_glosses_but_those_under_nature_are():
    assert pairs(_JOINT_EXAM) == [
        ("港澳台联考", "学制的一种,是内地为了向港澳台招生而兴起的一种学制考试。"),
        ("高考", "是合格的内地高中毕业生或具有同等学力的考生参加的选拔性考试。"),
    ]


def test_an_item_defining_its_label_under_an_aspect_of_difference_stays():
    text = "二、适用对象不同\n1、普通高考:是指面向普通高中毕业生的考试。\n2、春季高考:面向中职学生。\n"
    assert pairs(text) == [("普通高考", "是指面向普通高中毕业生的考试。")]


# --- a restated headword before a class in apposition; a full name and its short form before the marker (P3085) ---


def test_a_restated_headword_before_a_class_in_apposition_is_left_out():
    text = "一、性质不同\n1、港澳台联考:港澳台联考,学制的一种,是内地为了向港澳台招生而兴起的一种学制考试。\n"
    assert pairs(text) == [("港澳台联考", "学制的一种,是内地为了向港澳台招生而兴起的一种学制考试。")]


def test_a_full_name_and_its_short_form_before_the_marker_are_left_out():
    text = (
        "一、性质不同\n"
        "2、高考:普通高等学校招生全国统一考试,简称“高考”,是中华人民共和国(不包括香港特别行政区、澳门特别行政区和台湾省)"
        "合格的高中毕业生或具有同等学历的考生参加的选拔性考试。\n"
    )
    assert pairs(text) == [
        ("高考", "是中华人民共和国(不包括香港特别行政区、澳门特别行政区和台湾省)合格的高中毕业生或具有同等学历的考生参加的选拔性考试。")
    ]


def test_a_short_form_of_another_word_stays_in_the_definition():
    # (the short form named is not the headword: the clause is part of what the gloss says)
    text = "1、招生考试:普通高等学校招生全国统一考试,简称“高考”,是选拔性考试之一。\n"
    assert pairs(text) == [("招生考试", "普通高等学校招生全国统一考试,简称“高考”,是选拔性考试之一。")]


def test_a_restated_headword_before_a_clause_that_is_no_class_stays():
    text = "1、港澳台联考:港澳台联考,每年5月举行,考试科目由教育部规定。\n"
    assert pairs(text) == [("港澳台联考", "港澳台联考,每年5月举行,考试科目由教育部规定。")]


# --- a lead of one sentence, going on in the next paragraph that refers back to its subject (P3078) ---

_STRONG_FOUNDATION = (
    "高考强基计划是一种新的高考招生录取模式,主要是选拔出志向服务于国家大战略需求,并且综合素质优秀或者基础学科拔尖的学生。\n"
    "为国家重大战略领域,比如智能科技、国家安全、新材料和先进制造领域输送后备人才。该项计划由试点高校结合本校的办学特色,合理安排招生专业。\n"
    "强基计划主要选拔培养有志于服务国家重大战略需求且综合素质优秀或基础学科拔尖的学生。\n"
)


def test_a_one_sentence_lead_going_on_in_the_next_paragraph_defines_its_subject():
    assert pairs(_STRONG_FOUNDATION) == [
        ("高考强基计划", "是一种新的高考招生录取模式,主要是选拔出志向服务于国家大战略需求,并且综合素质优秀或者基础学科拔尖的学生。"),
    ]


def test_a_one_sentence_lead_whose_next_paragraph_is_about_something_else_gives_nothing():
    text = (
        "高考强基计划是一种新的高考招生录取模式,主要是选拔出志向服务于国家大战略需求的学生。\n"
        "数学、物理、化学等学科招生人数逐年增加,各地考生报名踊跃。\n"
    )
    assert pairs(text) == []


# --- a popular name after the full one before 是; a paragraph counting the thing's parts ends the run-over (P3082) ---

_DSE = (
    "DSE全稱為香港中學(xué)文憑考試(Hong Kong Diploma of Secondary Education Examination),俗稱“香港高考”是香港教育制度中的一項(xiàng)重要考試,也是香港考試及評核局主辦的公開考試之一。這項(xiàng)考試的主旨是評估學(xué)生在香港中學(xué)教育階段所學(xué)的知識和技能。\n"
    "DSE考試包括四個(gè)核心科目分別是“中文、數(shù)學(xué)和通識教育”,其中語文、數(shù)學(xué)和通識教育是考試科目,,考生還可以從20個(gè)選修科目中選擇2個(gè)進(jìn)行考試。\n"
    "DSE考試不僅針對港籍學(xué)生,內(nèi)地學(xué)生也可以報(bào)考參加,是全球一個(gè)可以用中文應(yīng)答的國際考試。考生可以通過該考試,報(bào)讀中國香港及海外的大學(xué),用DSE成 績考取心儀的海內(nèi)外名 校。同時(shí)香港籍學(xué)生還可以免試招生入讀內(nèi)地大學(xué)。\n"
)


def test_a_popular_name_after_the_full_name_is_left_out_and_a_count_of_parts_ends_the_definition():
    # (the page's converter pinyin, 項(xiàng), left out of the definition as everywhere)
    assert pairs(_DSE) == [
        (
            "DSE",
            "是香港教育制度中的一項重要考試,也是香港考試及評核局主辦的公開考試之一。這項考試的主旨是評估學生在香港中學教育階段所學的知識和技能。",
        )
    ]


def test_a_restating_paragraph_naming_parts_without_counting_them_still_runs_on():
    from policyterms.mining.extract_layouts.topics import _ASIDE_PARAGRAPH

    assert _ASIDE_PARAGRAPH.match("DSE考試包括四個核心科目分別是…", 3) is not None
    assert _ASIDE_PARAGRAPH.match("DSE考試包括中文、數學和通識教育等科目。", 3) is None


# --- a summary label before the lead; an other name before a strong marker; a kind named again below (P3093) ---

_DOCTORAL_SUMMARY = (
    "博士申请考核制是什么意思\n"
    "\n"
    "考博英语 责任编辑:王娟 2024-04-03\n"
    "\n"
    "摘要:博士申请考核制,又称为博士研究生选拔考核制或博士研究生入学考试制度改革,是指在招收博士研究生时,采用一种更加全面、科学的选拔方式,以提高博士研究生的培养质量。具体请见下文。\n"
    "\n"
    "博士申请考核制是一种特殊的博士招考方式,它不同于传统的统一入学考试。在这种制度下,考生不再需要参加学校组织的博士入学初试考试,而是直接向学院或学科提出申请,并提交相关材料。这些材料通常包括学历证书、成绩单、研究计划、学术成果等,用于证明个人的学术水平和研究潜力。\n"
)


def test_a_summary_label_and_an_other_name_before_a_strong_marker_are_left_out_and_the_kind_below_counts_again():
    assert pairs(_DOCTORAL_SUMMARY) == [
        ("博士申请考核制", "是指在招收博士研究生时,采用一种更加全面、科学的选拔方式,以提高博士研究生的培养质量。具体请见下文。"),
        ("博士申请考核制", "是一种特殊的博士招考方式,它不同于传统的统一入学考试。在这种制度下,考生不再需要参加学校组织的博士入学初试考试,而是直接向学院或学科提出申请,并提交相关材料。这些材料通常包括学历证书、成绩单、研究计划、学术成果等,用于证明个人的学术水平和研究潜力。"),
    ]


def test_a_bare_summary_tag_without_its_colon_is_no_lead_in():
    # (导读 before a teaser repeating the body's paragraph, P2634: the teaser's own tag, no lead-in of the topic reading)
    from policyterms.mining.extract_layouts.topics import _SUBJECT

    assert _SUBJECT.match("摘要:博士申请考核制是一种特殊的博士招考方式。").group("lead") == "摘要:"
    match = _SUBJECT.match("导读 城中村改造是一种城市更新方式。")
    assert match is None or not match.group("lead")


# --- the page's topic opening its numbered item, its first sentence closing on 的…制度 (P3080) ---

_NORMAL_STUDENTS = (
    "1、公费师范生就是我们之前所说的免费师范生,2018年教育部改为叫公费师范生,并出台了教育部直属师范大学师范生公费教育实施办法。\n"
    "2、公费师范生是国家为了吸引优秀人才从教,培养大批有理想信念、有道德情操、有扎实学识、有仁爱之心的“四有”好教师,进一步形成尊师重教的浓厚氛围,在北京师范大学、华东师范大学、东北师范大学、华中师范大学、陕西师范大学和西南大学六所教育部直属师范大学面向师范专业本科生实行的,由中央财政承担其在校期间学费、住宿费并给予生活费补助的培养管理制度。\n"
    "【相关文章】\n"
)


def test_a_topic_item_closing_its_sentence_on_a_kind_of_arrangement_defines_it():
    assert pairs(_NORMAL_STUDENTS) == [("公费师范生", "是国家为了吸引优秀人才从教,培养大批有理想信念、有道德情操、有扎实学识、有仁爱之心的“四有”好教师,进一步形成尊师重教的浓厚氛围,在北京师范大学、华东师范大学、东北师范大学、华中师范大学、陕西师范大学和西南大学六所教育部直属师范大学面向师范专业本科生实行的,由中央财政承担其在校期间学费、住宿费并给予生活费补助的培养管理制度。")]


def test_a_term_named_once_closing_on_a_kind_of_arrangement_gives_nothing():
    # (the page's topic only: named three times at least)
    text = "2、招生计划是国家为了吸引优秀人才从教,在六所师范大学实行的,由中央财政承担学费的培养管理制度。\n"
    assert pairs(text) == []


# --- the literary copula before a kind counted as one (P3026, dev-108) ---

_OLD_AGE_ALLOWANCE = (
    "行政长官根据《澳门特别行政区基本法》第五十条(五)项,经征询行政会的意见,制定本行政法规。\n"
    "\n"
    "第一条 标的及目的\n"
    "\n"
    "一、本行政法规订定向澳门特别行政区永久性居民发放敬老金的制度。\n"
    "\n"
    "二、敬老金为一项金钱给付,其发放旨在体现对澳门特别行政区长者的关怀,并弘扬敬老美德。\n"
    "\n"
    "第二条 职权\n"
    "\n"
    "敬老金申请的接收及处理,以及敬老金的发放,均由社会工作局负责。\n"
    "\n"
)


def test_the_copula_wei_before_a_kind_counted_as_one_defines_the_topic_of_a_regulation():
    assert pairs(_OLD_AGE_ALLOWANCE) == [("敬老金", "为一项金钱给付,其发放旨在体现对澳门特别行政区长者的关怀,并弘扬敬老美德。")]


def test_the_copula_wei_before_a_figure_or_a_weighed_kind_gives_nothing():
    from policyterms.mining.extract_layouts.topics import _ONE_OF_A_KIND

    assert _ONE_OF_A_KIND.fullmatch("一项金钱给付")
    assert not _ONE_OF_A_KIND.fullmatch("1億元")
    assert not _ONE_OF_A_KIND.fullmatch("一种重要的资源")


# --- a document defining the word, its verb before it (P3064, dev-109) ---

_GREEN_POWER = (
    "2025年5月30日,国家发展改革委、国家能源局联合印发《关于有序推动绿电直连发展有关事项的通知》(发改能源〔2025〕650号)。这是我国首份绿电直连政策法规,旨在探索创新新能源生产和消费融合发展模式,促进新能源就近就地消纳,更好满足企业绿色用能需求。\n"
    "在国际碳贸易壁垒下,绿电直连政策是我国应对全球绿色贸易规则的关键制度创新,通过物理溯源机制将新能源资源转化为产业竞争力。同时,国内新能源并网消纳的压力下,绿电直连通过“电源-用户”专线直供实现电量可溯源,改变了传统的源-网-荷之间的关系,按照“安全优先(按产权分界点明确安全责任界面)、权责对等(并网型绿电直连项目享有平等的市场地位)、源荷匹配(不低于60%自用比例)的原则,建立新能源消纳新机制。\n"
    "未来,需在专线共享成本分摊(如园区级微网)、国际认证互认(联合BSI等机构)等环节持续突破,以实现绿电经济性与安全性的双赢。\n"
    "1\n"
    "新政核心要点解析\n"
    "(1)构建供给电物理溯源体系\n"
    "《通知》明确定义绿电直连为“风电、太阳能发电等新能源通过直连线路向单一电力用户供给绿电,实现供给电量清晰物理溯源的模式”。按照负荷是否接入公共电网分为并网型和离网型两类。并网型项目作为整体接入公共电网,与公共电网形成清晰的物理界面与责任界面,电源应接入用户和公共电网产权分界点的用户侧。\n"
)


def test_a_document_defining_the_word_before_it_gives_its_definition_from_wei():
    assert pairs(_GREEN_POWER) == [("绿电直连", "为“风电、太阳能发电等新能源通过直连线路向单一电力用户供给绿电,实现供给电量清晰物理溯源的模式”。按照负荷是否接入公共电网分为并网型和离网型两类。并网型项目作为整体接入公共电网,与公共电网形成清晰的物理界面与责任界面,电源应接入用户和公共电网产权分界点的用户侧。")]


def test_a_document_defining_a_word_the_page_does_not_speak_of_gives_nothing():
    # (the page's topic only: a word named once is no topic)
    text = "《通知》明确定义新型储能为“除抽水蓄能外以输出电力为主要形式的储能”。\n"
    assert pairs(text) == []
