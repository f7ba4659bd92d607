"""Glossary sections that are not a headed, numbered 名词解释 list.

:func:`policyterms.mining.extract.extract_entries` first looks for the classic appendix (a
``名词解释`` heading followed by ``1.headword:definition`` entries). When a text has none,
:func:`find_entries` reads the other layouts real pages use, in this order, each pass
claiming the lines it reads so that a later pass never reads them again:

1. **notes and colon lists** — numbered notes (``[6]``, ``6、``, ``6.``, ``（6）``, ``①``, also
   several on one line) and lines of the form ``headword:definition`` (``1. 简政放权:即…``,
   ``[1]所有者权益合计:是指…``); a note without a colon is read by pass 4, sentence by
   sentence;
2. **entries run into one paragraph** (``主要统计指标解释 行政区划 指…划分。 国民经济行业分类
   自2003年…。``: cut after a sentence end and spaces before ``headword definition``), at
   least two complete entries on the line, and then **headword and definition on one line**,
   separated by spaces (statistical yearbooks' ``工业生产指数  按国际标准…``), at least two
   such lines;
3. **prose definitions**: a sentence ``X是指…`` / ``X指…`` / ``“X”,是指…`` / ``X系指…`` /
   ``X含义为…`` / ``X为…的比率`` (and, inside numbered notes, ``X包括…`` / ``X含…``), its definition running
   to the end of its paragraph or note — or, when the paragraph defines several terms, to
   the end of its sentence plus the sentences that go on about the same term;
4. **headword lines**: a short line with no sentence punctuation (a term, ``（新提法一）X``,
   ``1. X（外延新词:…）``, a question ``X指什么?``) followed by the lines that explain it
   (``【释例】…``, ``含义:…``, a paragraph, or a bullet list naming the term), at least two
   such blocks unless the headword is a question.

Several notes on one line are claimed one by one: a colon note does not hide the ``X是指…``
note after it on the same line.

Everywhere: an entry cut off by the end of the text (no closing 。！？) is dropped, page
furniture (``登录``, ``立即注册``, ``返回顶部``, ``扫一扫`` …) ends an entry, and labels such as
``含义:``, ``报告原文:``, ``字号`` or ``科普`` are never headwords. Nor are headwords with an
unclosed bracket (``具身智能(外延新词:…``), clauses (``“放管服”是…的概念``), remarks about the
figures (``…统计口径``, ``统计范围``, ``数据来源``), or questions about several terms
(``“碳达峰”和“碳中和”``). Dates, ``来源:``-style bylines and romanised pronunciations with
tone marks (dictionary pages) are skipped between a headword line and its explanation. Before
a definition marker, a period (``“X”,1998-2006年,是指…``) opens the definition, a connective
(``其中,``, ``答:``) is dropped, and a lost note bracket (``)X是指…``) is no part of the term;
a section heading glued to the end of a definition (``…。主要统计指标解释``) is cut off.

Also: table rows (``|`` cells), a lead-in line that ends no sentence before a list, and
numbered ``X:…`` points under a heading announcing points (``三、…的意义``) are no entries;
news furniture (``新华网 正文``, ``图集``) is no headword. A dictionary headword followed by its
pronunciation or its book (``书籍:``/``出处:``) counts alone and is read before prose
definitions. In the first sentence of a note or paragraph an alias (``X简称GDP,是…``,
``X,又称Y``) or a gloss before 是 (``X(Consumer Price Index,简称CPI)是…``) opens the
definition; a numbered note ``(2) X 定义…`` is headword, space, definition; a trailing
``(摘自…)`` is no part of a definition. In a first sentence ``为`` defines a ratio
(``X为…的比率。``); a marker inside brackets (``0—14岁(含…)``) is none; a date or the document
itself (``本表…``) is no headword; ``X包括:A;B;C。`` is a prose note, not the colon entry
``X包括``, and a sentence ending in ``;`` goes on to the next; the ``;`` ending a note is no
part of its definition; a question without ``?`` (``X指的是什么意思``) is no definition; an
explanation restating its headword (``不忘初心,即…``) starts at the marker.

Also: a numbered note whose line ends inside a sentence goes on on the next line (a PDF line
break), while a numbered line that is only a heading (``1、指标涵义``) is continued by nothing;
heading words glued before a colon headword (``附注1、指标解释X:``) are cut off, and a summary
line repeating an entry cut inside a sentence is dropped; in a numbered note ``反映`` and, in a
``[n]`` footnote, ``是`` define, and a lead clause ``…构成中,`` before the headword is dropped; a
colon lead-in (``…名词注解上看到:``) opens a ``;`` list of definitions, and ``还有…`` ends one; a
one-term page (``X(English,简称Y):是…``, a headword line then ``是…`` or ``X。是指…``) counts; a
``名词解释:`` label under a keyword headword is the definition and the label is never a headword;
colon lines without a verb count beside ``X:指…`` lines or under ``指标解释:``; a headword line
holding a note mark (``城乡[2]人口``) is a section heading; ``N 、X:`` entries and ``X:`` entries run
into one paragraph are read.

Also: ``X:…`` lines under ``名词解释:`` are entries of one or more sentences; part and chapter
numbers (``第一部分``) are no headwords; a yearbook entry goes on over whole-sentence paragraphs
before the next entry and over the formula line it announces; a formula line (``=``) is no
headword and a closing formula or table after ``为:`` is no cut; ``资金来源`` is a term while
``統計范圍`` and ``采集渠道`` are remarks; ``“8+4”`` is a headword; under a title announcing a
glossary, long headword lines count and are read before prose; a note opening a ``其中`` list
goes on over its item paragraphs; ``“X”,即…`` defines; a data card's definition ends at ``||``.

Also: a byline with a date field after an author's name is skipped; an English name opens a
definition like an alias (``X,英文名称为…``), and no alias follows ``的``; after a definition ending in
``;``, ``则是`` defines the next term in parallel; ``X的含义是指…`` and ``所谓X,是指…``/``就是…`` give ``X``; a
definition opening in a paragraph's middle takes only the sentences that open as going on, and a
closing lead-in ending in a colon is no part of it; a dictionary's ``【意思解释】`` label makes its
headword count alone and is dropped; a ``关键词解读:`` comment under a keyword heading defines
nothing, and markdown emphasis is no part of a headword; ``什么是X?``, ``什么叫X``, ``何谓X`` and ``X什么意思``
are question titles; a heading ``X的含义`` counts alone, ``X的意义`` is no headword and a numbered section
heading ends the explanation above it.

Also: a title repeated on a page is no yearbook list (two distinct headwords at least); 本篇资料,
前者/后者 and a criterion before 包括 (按…, 根据…) name no term; a question about a quoted word (…中的"X"指什么?)
gives the quoted word, and a bracketed remark line (``(承办科室:…)``) ends an answer; a one-term page
counts when its paragraph restates the title after a lead clause (在中国,X是指…) or with a gloss
(X(English name)的英文缩写…), and a summary line repeating the paragraph below is dropped; ``【X】 指…``
lines, a one-sentence ``X,即…`` paragraph, ``X是…的简称``, bulleted ``- X:…`` items, numbered ``N.X:`` headword lines
explained below (page references ``【P14】`` skipped), an ``X:…`` line of several sentences right below
an ``X:是指…`` line, an encyclopedia card (``词条 | X |`` / ``释义 | … |``) and explanations run into
comma-joined table cells after a 指标解释 cell are read (a cell opening like the other definitions
starts one even without 指, and a closing formula after 计算公式 is no cut); an explanation ending in a question defines
nothing; an injected site name (…官方网站) before a headword is dropped, and a headword naming two
terms run into the definition of its first part is cut before it.
Also: a document's section heading numbered in Chinese numerals (``四、方法与流程``) whose paragraph
does not open as a definition is no headword; a headword with unbalanced quotation marks is none; a
page's one answer below its question title needs no closing stop when the text ends with a line
break; ``其中,Y,是指…`` inside a colon note is an entry of its own; ``X,就是指…`` and ``X,通俗的讲就是…`` define
(a sentence restating X right after the frame goes on it); ``X--指…``
lines of a document site's copy are entries.
Also, read first: item-coded explanations (``101 组织机构代码 指…``) run in over a document site's chunk
breaks; explanations run in through OCR text whose punctuation became ``! " # $ % & '``; the knowledge
points of a news item (``【知识点】`` paragraphs ``X是…`` / ``X,全称为…``, a lead sentence ``X是…`` restating a term
just named, a ``【名词解释】`` label run into its entry). And: a ``?`` standing for a lost character ends no
sentence; ``X包括…`` right below a paragraph opening with its own definition is an entry; ``X即…的简称`` defines;
a glossary table (term and explanation columns) gives one entry per row; a report's task headings
(``加快…``, ``关于…``) are weighed as section headings and dropped; ``所指``, ``泛指``, ``是指导``, ``愿意为`` and the
frame ``是以A为B`` define nothing; a definition opening with punctuation or citing a book's volume and page is
none; a PDF's page number (``- 12 -``) reads as a blank line that breaks no wrapped note; knowledge-base
labels (``答复:``, ``回复内容:``, ``内容:``) are no headwords, and after one ``X,就是…`` defines; cards written
with colons (``关键词:X`` / ``释义:…``) are read first; numbered notes run into one line (``注:①X:…②Y:…``) and
unnumbered ones after a glossary label (``名词解释:X:指…。Y:指…``) are split; a note the PDF wrapped goes on
across one or two blank lines to the line ending its sentence; ``泛指``/``特指`` define; bullet marks, markdown
emphasis and a row's serial number are no part of a headword; datelines, dashed subtitles, article numbers,
clauses (``如果…``, ``一要``, ``…的``) are no headwords.
Also, read early: headwords run into ``包括``/``反映``/``即``/``是`` on the lines right below a ``指标解释:`` label line;
explanations run into a paragraph after a numbered heading (``五、指标解释:1.X包括…``), over a document site's
chunk breaks; the ``X:…`` parts (``M0:…``) below a lead-in announcing them (``…可分为三个层次:``), which stays in the
definition above when it restates the term. And: a regulation's lead-in (``第三条 本实施办法所称的X,是指…``) is no
part of the term; an order's number (``第82号``) and a chapter heading (``第一章 总 则``) are no headwords, nor is the
document's genre word (``公报不含…``); a glossary heading run into the first spaced headword is cut off, and spaced
lines holding no sentence are none; a title explained by ``该指标…`` or named by its paragraph (``…称为X。``) counts
alone, and a closing formula line is no cut; ``【X】`` cells after a 指标解释 cell run to the next ``【Y】`` cell.
Also, read first: a terminology standard's entries (headword, its English name in lower case, definition and
``注:`` notes, ``[来源:…]`` source line). And: ``专业名词解释`` announces ``X: …`` lines; an article's bracketed
title (``第二条(…)``) or its number run into the term is no part of it, and a definitions article goes on over
its next paragraph naming the term again; ``(一)X,是指…。(二)Y,是指…`` run into one line are notes; a run-in
``X指…`` paragraph between spaced entries is an entry, and a formula's ``式中:`` legend gives none; a yearbook
parent's first sub-item run into ``包括:(1)`` is an entry, and a spaced headword line after a numbered sub-item
starts the next one; a lost item number ``()X:`` is a note number; comma-joined explanations end at their
formula cells; one-cell table rows below ``指标解释`` and a tag page's ``摘要: X是…`` under the line naming X are read.
Also: three or more ``X :…`` lines (a space before the colon) are a glossary; a headword line ``1、X(又称Y)``
loses its number and keeps its other name, its ``指…`` line finished by a closing formula; an article's title
alone (``第一条(目的和依据)``) and a subsection heading (``1.1 X``) are no headwords; ``前款所称X是指…`` loses its
lead-in; ``其…包括:`` closes a definition; ``摘要: X也称…,是…`` is read; a list's first item run into its lead-in
(``…以下方面: 1. X:…``) is an entry; a closing remark (``需要注意的是,…``) goes on no note; an entry holding a line
cut by an ellipsis (``…的农户...``) is dropped (in :mod:`policyterms.mining.extract`), and ``本篇…`` is no headword.
Also: an English name line under a headword line is skipped and an English paragraph ends the explanation;
an answer restating its question title (``什么是X?`` / ``X是…``) starts at 是, a ``依据:《…》`` line or the page's title
repeated ends it; ``X是…的一种通俗称谓`` defines and ``确定以上…的标准为:`` closes it; ``而“Y”``, ``据了解,``, ``具体`` and pinyin
after ``所稱`` are no part of a term, nor is converter pinyin a gloss; ``何谓X?据…,是指…`` gives X; ``X就其广义而言,是指…``
and ``X是…概念,…它是指…`` give X; ``…的内容是:“Y”指…,“Z”指…`` gives each part; ``…要求`` headings, ``X是…术语`` answers
and ``是指哪三区`` define nothing.
Also: ``⑴``–``⒇`` number notes; ``编者按``, ``理論背景`` and headwords holding kana are no headwords; an English headword line
and paragraph after the explanation end it, and ``其中,“Y”即…;“Z”即…`` closing it are entries each; plain-words connectives
(``简单来说,``, ``顧名思義,``) and attributions (``…指出,``) are no part of a term; ``X即Y,是指…`` gives X and ``X分别指…`` opens
at 分别; definitions run in with semicolons run to their semicolon; ``“X”战略布局,即…``, ``GDP,即…`` and ``“X”,是…,即…``
define; ``X是指…,X额是以…`` gives two entries; ``X分別指:`` with nothing after its colon announces its ``Y:…`` items; a
repeated block gives its entries once; ``。...`` ending a line cuts a summary; a shorter quoted name restated under its
headword line is left out; a land-class table's ``指…`` lines need no stop before a class code line.
Also: page furniture in traditional characters (``登錄``, ``注冊``) is furniture; a heading ending in ``方向`` announces
points; a numbered sub-heading ``(1)…`` whose paragraph does not open as a definition is a section, like ``四、…``.
Also: a subject and its verb of saying (``“决定”指出:``), ``X的重大意义`` headings, photo captions (``…供图``, ``记者 X 摄``) and a
section heading with its subtitle (``一、X:从A到B``) are no headwords; a label glossed by a few instances and an open ``等`` is none;
below a lead-in announcing parts a hyphen sets off ``X-…`` parts; a line ending in a marker and a dash goes on to its sentence's end,
quoted names in a row before ``分别`` being one headword; a news headword over a quoted remark gives nothing, and over ``何為X?…說,就是…``
gives the answer (:mod:`.asked_answers`).
Also: a paragraph opening with quoted terms defined clause by clause (``“数”指数据,“算”是算力,…``) gives an entry
per clause (:mod:`.clauses`), read before the colon and prose passes; so do the parts of a list glossed in turn right
after it (``X是以“A、B、C”为…。`` / ``A,就是…;B,就是…;C,就是…``, :mod:`.listed_parts`), the list's subject with them, and a
pair glossed together with 分别 (``“津城”和“滨城”是…,分别指代…``, :mod:`.respective_glosses`); a dash (``- 津城``) prefixes a
headword line over a paragraph opening as a definition.
Also: a lead-in announcing features, aspects, goals, paths or key points (``X的特点包括:``, ``以下几个方面:``, ``以下因素:``,
``以下是核心要点:``) opens a points section whose ``X:…`` lines are no entries; a heading over labelled points, a bare section
title (``形成原因``, ``二、核心内容:…``) and an earliest-form sentence give none, and a type's frame (``该类型中,``) is left out.
Last, on the lines no pass read: a one-term reference page (:mod:`.reference`) — its lead paragraph defining the term
its title or a question heading names (``X,或稱A,…,是指…``, ``X,全称是Y,是指…``: the other names open the definition), and
a dictionary's senses under ``基本解释``/``详细解释``/``网络解释`` (``词典解释``/``引证解释``/``网络百科``) headings, one entry each.
Also (the forty-second set): a word's sense lines below a lead announcing its senses (``X的释义包含以下两层含义:`` / ``指…`` /
``特指…``, :mod:`.announced_senses`) are entries of the lead's word, and a headword naming two terms glossed in turn
(``大三線和小三線`` / ``大三線包括…。小三線包括…。``, :mod:`.paired_headwords`) gives an entry per term.
Also: an alias sentence before a headless 是 (``X,简称“Y”。是…``) is no part of the definition; ``X是一个简称,全称是Y`` defines;
a table's ``概念 | X是…。 |`` row naming its own headword is an entry.
Also (the forty-first set): a lesson's numbered headword lines over labelled sub-items (``1.X`` / ``(1)含义:…`` / ``(2)形成:…``,
:func:`.meaning_label_items.labelled_sub_items`) give the 含义 value only; a sub-heading numbered on the line before keeps the
points of its section, and unnumbered headings under a lead-in announcing points are none; an essay's title run into a teaser
is no part of its term (:func:`.combine.title_run_in`).
Also: a word card's dashed component words over circled senses (``- 孤兒:`` / ``①…:例。``, :mod:`.component_words`) and a
flattened info box (``中文名`` / X / ``释 义`` / …, :func:`.cards.info_box`) are read early; a term card's byline (author, date,
book) above ``名词解释:`` and a spaced article number (``第 1 條``) are no headwords.
Also: a heading ``X定义`` over ``X就是…`` gives X from the marker, a summary ``总的来说,X是指…`` being an entry of its own; a
run-in ``Y是…的总称`` ends the gloss before it; ``“X”首指``, ``其中,“X”是…的简称``, ``X:`` over ``X即…``, ``【X是啥意思】``, a ``定义 |``
row under a question title, ``X是一个…术语,用来描述…``, ``X就是…的意思``, ``X(即…)`` and ``提出“X”的概念,即“…”`` are read; an
encyclopedia copy's lead (``X- 維基百科``) defines its title.
Also: a glossary gloss closing with a bracketed alias or cross-reference after its stop (``…高血壓。 (亦稱為非傳染病)``) is finished;
a headword restated after a sense lead or before 为/主要是 (``廣義而言,X為…``, ``X主要是…``) opens at the verb; ``歷史沿革`` is a section
title; a character dictionary's page titled with its reading (``遼liáo``) has its senses read first (part of speech and English gloss
off, ``通“勞”`` none), its compounds with one space before pinyin and an English gloss (``遼東 Liáodōng [...]``) are dictionary
headwords, and a card's component words under ``分詞解釋:`` (:func:`.component_words.split_word_glosses`) are entries each.
Also: 因此 is a connective and digits after one are the term's (``顾名思义,"武汉1+8城市圈"指的就是…``); a reader's question after
the gloss (``…,你知道…吗?``) leaves it standing; ``“X”这个词…。它指的是…`` gives X; ``名“X”,主要是指…`` and ``提出了“X”这一概念,指…``
give X; an info box's label after the last stop (``…。 中文名``) ends no definition; ``A是…。B是…`` under
``…A和B的统称`` gives A and B (:mod:`.listed_parts`); ``…所创造的“X”精神,即…`` gives the quoted name.
Also, in the prose pass: quoted slogans glossed run-in right after their quotation marks (a counted slogan spelled out by 即
or a colon, a task and its counted slogan before ``,指``, a quoted piece of a word just named, :mod:`.run_in_slogans`) and a
place's administrative genus after its other names (:mod:`.place_leads`); slogan parts glossed clause by clause after a colon
ending a lead-in that names the slogan (:mod:`.clauses`).
Also (the forty-fourth set): quoted words a paragraph named, glossed clause by clause after 这里的 or a lead clause of their own
(:mod:`.clauses`), things named in turn (``其中,A设为“一线”;B设为“二线”``, :func:`.backward_names.named_in_turn`) and an abbreviation
after its quoted spelling-out (``“A、B、C”(简称“X”)``) and a term with its English name between commas (``X,English,指的是…``)
are read; a plan's tasks under bullets (:mod:`.measure_bullets`), figures of ``运行现状`` and the kinds under ``主要形式`` are no
entries; a question's answer is read past an aside line.
Also (the thirty-ninth round, official cards): a dictionary portal's ``解釋:``/``名詞解釋:`` labels under a title ``X - …百科``
(a skip link, ``:::`` and a logo line above it) are sense headings of X, and a glossary card served alone — a headword line
over one paragraph and nothing else, its English-name or related-terms label showing it is a card (:mod:`.card_pages`) —
gives the paragraph whole, when no other layout found anything. A quoted word's parts glossed in turn on one line
(``“3+1+2”模式是…,“3”为…;“1”为…;“2”为…。``, ``所谓“照”,指的是…,而”证”,指的是…。``) are entries each, an entry found
running over them ending before the first (:mod:`.piece_series`).
After all passes, in :mod:`policyterms.mining.extract` (rules for kinds of pages, not for pages; see
:mod:`.general`): every entry's headword is normalised at one place (enumeration marks, lead-ins and
connectives off, a tail such as 分别 or 即Y opening the definition, a headword restated in quotation marks
written once, an adverb-only headword taking the subject the point before it names); an entry ends before a
line of its own that opens the next entry (and, in running prose, before a clause opening with another headword
run into a strong marker, or a sentence opening with a sibling term and ``,是``) and before the next article of
a regulation; and a short page's topic definitions (``X是指…`` of a term the page names in its title, asks
about or comes back to; a bare ``X是…`` naming its class by the term's head word; the page's lead sentence) are
all there is when no pass reads the page, and stand beside the passes' entries otherwise (a term the passes gave
too, when defined elsewhere in other words), up to the next entry a pass read.
Also, where every layout's definition ends: a closing lead-in naming only an aspect of the term (``其核心在于:``, ``具体措施包括:``)
stays; a sibling named earlier and glossed in turn (``…,两公开指…``, ``…;“服刑在押”就是…``), a sentence on a word built on the
term (``綠證交易是…``), the term's second sense after 此外, a run-in item number after a stop (``。2、``) and a provision on a
so-named regulation term's attribute end it; counted parts (``第一是…。第二是…``) and a sentence wrapped over lines go on.
Also (the fifty-first set): a definitions article's items numbered ``一 X:指…`` run into one line are notes; ``X:`` label lines
under a lead-in announcing aspects and items under ``…條件如下:`` are points; ``1.定义与作用 X是…`` defines X
(:func:`.meaning_headings.run_in_meaning_labels`); ◆ headings, ``…不仅仅是`` and ``就…而言`` name no term.
Also (the fifty-second and fifty-third sets): an FAQ's question numbers (``問1``) are no headwords and its numbered answers
(``  1. X是…``) open their paragraphs; ``†`` ``‡`` ``§`` number footnotes, and ``X是指…,而“Y”Z则指…`` gives Y's entry from 指; a
release's ``X反映…,Y反映…;Z反映…。`` note and its ``…的X,即Y較上年…`` apposition are read (:mod:`.indicators`), as are paragraphs
side by side opening ``X包括…`` / ``Y包括…`` on one head noun; a card glossary's gloss stops before a paragraph opening with a
condition, ``X如同…`` opens at 如同, ``…共分六個類別`` and an owner's section (``教育局的工作範疇`` / ``教育局負責…``) give none;
``,「Y」是指…;`` run in after another quoted principle is Y's entry up to the semicolon.
Also (the fifty-sixth set): a bilingual ordinance's interpretation items (``“工作日”(working day) 指…;``, hard wraps joined) are read
early (:mod:`.interpretation_items`); an amending bill's ``第N條現予修訂`` clauses give none; a one-sentence ``根据《…》…的规定,X即…;``
gloss gives X; a law's frame before a quoted word (``《…》規定的"X"是指…``) is no part of the term; two kinds of one head named
together and glossed in turn by bare 是 are entries (:mod:`.listed_parts`).
Also (the fifty-seventh set, Taiwan's official pages): a run-in colon item's verbless gloss loses its closing ``,如…等。``
examples; ``本辦法X,指…`` without 所稱 gives X; ``…機關係指`` is an agency and its marker; parts numbered ``壹、`` ``貳、`` over points
are sections; ``X於103年以前係指…,自104年起係指…`` gives X, the periods opening and going on its definition; ``…,謂之X。`` names X
after its gloss (:mod:`.backward_names`); ``請問什麼是X?`` is a question title; ``狹義的X只指…`` gives 狹義的X; a term card's
``名詞解釋:`` gloss is its first passage; a data card's ``定義`` label announces its bulleted ``X-…`` items.
Also (the fifty-ninth set, Hong Kong, Macao and Taiwan official pages): ``X場所指…`` is a marker (所指 only after a law is
none), and a line's closing ``,例如…等`` without a stop ends its gloss; ``(caption)稱X者,謂…`` (a civil code) and ``本法所稱X,包括…``
define X; ``其意義為:`` before ``…,謂之X。`` is no part of the gloss; ``一般而言,`` ``對於…,`` and ``簡言之`` are no part of a term,
``X,主要指…`` opens at 主要; ``應當注意,…`` goes on a definition; a census plan's ``法令依據`` / ``普查標準時期`` fields are no terms.
Also (the sixty-first set, Hong Kong official pages): an interpretation table's rows ``「X」 |`` / ``— |`` / ``指…; |``
(:mod:`.interpretation_items`), bulleted kinds ``• X -- gloss`` (:mod:`.dashed_bullets`), a footnote ``1 X包括…`` whose call is
glued to a word above (:mod:`.glued_footnotes`) are entries; a first sentence dividing its subject before its genus (``X可分為A及B,
是…``) defines X from 是; the label lines under a heading on roles and powers (角色, 權責) head
duties, no glosses.
Also (the sixty-third set, mainland official and press pages): numbered kinds ``(一)X。…的商业发展形态。`` closing on their
genus (:mod:`.genus_items`), a plan's run-in ``(二)定义内涵 X是…`` label, ``…谋划了“576”总体架构,即…``, ``X通俗点可理解为:…``,
an answer's ``X全称是…``, ``- X型:…`` kinds under a heading, ``X属于…,是…``, a ``性质与目的:X是…`` label, a counted name's
semicolon clauses after ``“三變”改革:`` and a description named by a bare 即 (``…的改造過程即X。``) are read.
Also (the sixty-fourth set, Hong Kong, Macao and Taiwan official pages): a manual's ``1.3 名詞定義`` section of numbered
headwords (its own sub-clauses only) is read as a standard's terms; a glossary under letter lines ``A`` / ``X English name`` /
gloss keeps the English names (:mod:`.lettered_glossaries`); a glued paragraph number ``8.1X泛指…`` is no part of the term and
``一般原則是…`` no contrast ending the gloss; a law quoted after a colon with 所稱 gives its clauses (涵蓋 a marker there), and a
term card's line whose only definitions lie in such a later passage is left to its headword's block.
Also (the seventieth set and the forty-ninth round): a cited document's definition after its title (``…发布了《…指引》,规定X是
…的Y。``, :mod:`.reported_provisions`) and a paragraph glossing a word and the words built on it in turn (``X是…。不变价X是把…。
X指数就是…``, :mod:`.compound_series`) are read before the prose pass.
Also (the sixty-ninth set): a quoted run-in series glossed clause by clause after commas (``「漁業」係指…,「資源」則是…,因此
「漁業資源」意味著…``, :mod:`.quoted_comma_series`); a headword line restated at the start of a later sentence of its
paragraph, after the month's figures (``- 猩红热`` / ``…病例申报。猩红热是…``, :mod:`.restated_mid_paragraph`); kinds of service
as headword lines over bullet lines (:mod:`.bulleted_kinds`); a conditional naming ``若…,則該Y即屬…Y。``; ``所謂X,依照…的規定,
是指…`` without the citation in the term.
Also (the seventy-first set): classes of one index glossed in turn with 代表 (``甲类X代表…;乙类X代表…``) and the whole index
with 是 right before them (:mod:`.class_series`); a glossary card's labelled fields (``中文 (Chinese) X`` / ``辭彙解釋`` / its
paragraph) under a site's header (:func:`.card_pages.labelled_card`); an article captioned ``(X之定義)`` naming X last
(``…之財產,為X。``); ``本法第N條第M項但書所稱X`` without the proviso in the term; a law print's numbered item cut at the block's
width goes on over its next line; and a bulleted FAQ question over its bulleted ``答:`` line is read as the plain pair.
Also (the seventy-seventh set): a defined term restated in other words (``…。換言之,X係…``, :mod:`.other_words`) is an
entry of its own and ends the answer above it; a view counter (``點閱:12198``) and a record field (``• 上稿單位:…``) are
furniture around an answer; a misreading denied in a statement (``「X」并非…。「X」其实是…``) is answered by the correction.
Also (the seventy-eighth set, press pages): ``所謂X是…`` with no comma opens a paragraph's gloss; a speaker's ``…認為X即…`` is a
reading of its own, ending the one before it; a gloss ends before a word built on its term turned to with 则 (``…,适老化的概念则…``);
a quoted word opening a sentence's last clause before 是指 (``…,「五階梯」由下至上是指…``) and a counted member named in quotes
(``第二階梯是「經濟房屋」,是…``) are terms; a run-in gloss the page cuts after its whole sentences keeps them
(:func:`.combine._before_cut_sentence`).
Also (the hundred-and-first set, press pages): a line repeated word for word under several items of a list is the list's field
and ends each gloss (:mod:`.repeated_fields`); a bare formula's parts glossed line by line (``3+1+2`` / ``3指的是:…;``) are entries
(:mod:`.piece_series`); a glossary's own lead-in (``本术语表…``) announces its ``X:…`` lines, and an English name that lost its
closing bracket before the colon (``意外事故(Accident:``) keeps it open; a whole gloss in brackets (``(下表中的X是指…)``) is an entry.
Every step is a bounded look at one line or a fixed window, and each line is classified once
per pass, so the whole reading is linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.common import OPENS_WITH_MARKER, Found, _FINISHED, _SPACE, _lines
from policyterms.mining.extract_layouts.stopless_bullets import stopless_bullet_items
from policyterms.mining.extract_layouts.notes import _BULLET, _ODD_DOT_BULLET, odd_dot_glossary, ODD_DOT_GLOSS, _Unit, _colon_entry, _points_sections, _spaced_note, _units, group_cell_item, mark_character_levels, section_subtitle, subtitled_run_in, titled_section
from policyterms.mining.extract_layouts.prose import _definitions_in, card_first_passage, past_card_gloss
from policyterms.mining.extract_layouts.spaced import _english_glossed_lines, _labelled_run_in, _question_answer_rows, _lead_in_first_items, _row_notes, _space_colon_lines, _spaced, _table_notes
from policyterms.mining.extract_layouts.card_pages import card_page, labelled_card
from policyterms.mining.extract_layouts.class_series import class_series
from policyterms.mining.extract_layouts.named_kind_labels import named_kind_labels
from policyterms.mining.extract_layouts.cards import _cards, _colon_cards, _glossary_table, info_box
from policyterms.mining.extract_layouts.numbered_heads import _numbered_colon_heads
from policyterms.mining.extract_layouts.run_in import _coded, _dashed, _garbled_run_in, _run_in, _run_in_cells, _run_in_colon
from policyterms.mining.extract_layouts.headwords import _blocks, restated_item_label_dropped
from policyterms.mining.extract_layouts.ordinal_kinds import ordinal_kinds
from policyterms.mining.extract_layouts.asked_dashes import asked_dash_heads
from policyterms.mining.extract_layouts.interpretation_items import interpretation_items, interpretation_table_rows
from policyterms.mining.extract_layouts.aspect_blocks import aspects_of_defined_term
from policyterms.mining.extract_layouts.marker_lines import marker_lines
from policyterms.mining.extract_layouts.pointed_questions import pointed_questions
from policyterms.mining.extract_layouts.headword_lines import example_sections
from policyterms.mining.extract_layouts.knowledge import _knowledge_points, _named_then_it_is, _summary_points
from policyterms.mining.extract_layouts.denied_questions import denied_questions
from policyterms.mining.extract_layouts.terminology import _numbered_terms, _terminology_entries
from policyterms.mining.extract_layouts.lettered_glossaries import lettered_glossary_entries
from policyterms.mining.extract_layouts.labelled import _include_lines, _label_lines, _part_items, _section_explanations
from policyterms.mining.extract_layouts.clauses import one_character_pieces, quoted_clause_series
from policyterms.mining.extract_layouts.listed_parts import listed_parts
from policyterms.mining.extract_layouts.whole_parts import counted_wholes, quoted_slogan_parts, run_in_slogan_parts, zones_in_turn
from policyterms.mining.extract_layouts.name_pieces import name_pieces, quoted_counted_pieces, quoted_list_pieces
from policyterms.mining.extract_layouts.coded_indices import coded_indices
from policyterms.mining.extract_layouts.headword_return import cut_before_headword_above
from policyterms.mining.extract_layouts.quoted_clauses import quoted_clauses
from policyterms.mining.extract_layouts.quoted_law_glosses import quoted_law_glosses
from policyterms.mining.extract_layouts.side_labels import side_label_entries
from policyterms.mining.extract_layouts.bulleted_kinds import bulleted_kinds
from policyterms.mining.extract_layouts.quoted_comma_series import quoted_comma_series
from policyterms.mining.extract_layouts.restated_mid_paragraph import restated_mid_paragraph
from policyterms.mining.extract_layouts.meaning_headings import meaning_heading_definitions, meaning_label_paragraphs, opening_paragraph_definitions, run_in_meaning_labels
from policyterms.mining.extract_layouts.reference import read_dictionary_senses, reference_entries
from policyterms.mining.extract_layouts.bracket_paragraphs import bracketed_paragraphs
from policyterms.mining.extract_layouts.sense_labels import sense_label_entries
from policyterms.mining.extract_layouts.described_headwords import described_dropped
from policyterms.mining.extract_layouts.indicators import apposed_change_glosses, classification_grades_dropped, formula_glosses, indicator_notes, parallel_include_paragraphs
from policyterms.mining.extract_layouts.quoted_notes import quoted_indicator_notes
from policyterms.mining.extract_layouts.ordinary_pages import colon_series_split
from policyterms.mining.extract_layouts.foreign_words import english_headword_lines, quoted_foreign_glosses
from policyterms.mining.extract_layouts.word_frames import word_of_the_moment_glosses
from policyterms.mining.extract_layouts.label_dash_headwords import label_dash_headwords
from policyterms.mining.extract_layouts.dangling_bullets import dangling_bullet_items
from policyterms.mining.extract_layouts.dashed_bullets import dashed_bullet_items
from policyterms.mining.extract_layouts.genus_items import genus_closed_kinds
from policyterms.mining.extract_layouts.glued_footnotes import glued_footnotes
from policyterms.mining.extract_layouts.glossary_cards import glossary_card
from policyterms.mining.extract_layouts.listed_labels import listed_labels
from policyterms.mining.extract_layouts.glued_cells import glued_cells
from policyterms.mining.extract_layouts.component_words import component_words, split_word_glosses
from policyterms.mining.extract_layouts.meaning_label_items import labelled_sub_items, meaning_label_items
from policyterms.mining.extract_layouts.respective_glosses import paired_glosses, respective_glosses
from policyterms.mining.extract_layouts.glossed_lists import bracket_glossed_lists
from policyterms.mining.extract_layouts.aligned_rows import aligned_rows
from policyterms.mining.extract_layouts.backward_names import backward_names, collective_names, named_after_description, named_in_turn, index_after_removal
from policyterms.mining.extract_layouts.cited_rules import cited_law_includes
from policyterms.mining.extract_layouts.numbered_sense_lines import numbered_sense_lines
from policyterms.mining.extract_layouts.other_words import other_words_restatements
from policyterms.mining.extract_layouts.pinyin_senses import pinyin_senses
from policyterms.mining.extract_layouts.character_glosses import character_glosses
from policyterms.mining.extract_layouts.piece_series import piece_series
from policyterms.mining.extract_layouts.announced_senses import announced_senses
from policyterms.mining.extract_layouts.paired_headwords import split_paired_headwords
from policyterms.mining.extract_layouts.new_senses import dictionary_new_senses
from policyterms.mining.extract_layouts.named_words import named_then_glossed
from policyterms.mining.extract_layouts.counted_phrases import counted_phrase_lists
from policyterms.mining.extract_layouts.statistics_metadata import bracketed_label_glosses, metadata_labels_dropped, named_item_definition
from policyterms.mining.extract_layouts.spelled_out import spelled_out_abbreviations
from policyterms.mining.extract_layouts.bracket_zhi import bracket_zhi_glosses
from policyterms.mining.extract_layouts.adopted_methods import adopted_method_glosses
from policyterms.mining.extract_layouts.announced_glossaries import announced_glossary_lines
from policyterms.mining.extract_layouts.label_series import colon_label_series
from policyterms.mining.extract_layouts.dash_apposition import dash_appositions
from policyterms.mining.extract_layouts.measure_bullets import asks_only, defines_label, purpose_only, task_list
from policyterms.mining.extract_layouts.asked_answers import asked_paragraphs, asked_term_answers, exam_term_answers
from policyterms.mining.extract_layouts.run_in_slogans import quoted_jiushi_sentences
from policyterms.mining.extract_layouts.run_in_labels import run_in_label_paragraphs
from policyterms.mining.extract_layouts.reported_provisions import reported_provisions
from policyterms.mining.extract_layouts.given_definitions import given_definitions
from policyterms.mining.extract_layouts.compound_series import compound_series
from policyterms.mining.extract_layouts.combine import (
    _DEFINITIONS_HEADING,
    _DEFINITION_PARAGRAPHS,
    _after_qizhong,
    _announced_list_cut,
    _defined_by_lead_in,
    _article_goes_on,
    _colon_context,
    _colon_sibling,
    _drop_cut_last,
    _drop_cut_repeats,
    _drop_non_definitions,
    _glossary_title,
    _includes_below_definition,
    _quoted_sibling_below,
    _goes_on,
    _in_definition_run,
    _inside_spaced_list,
    _joined,
    _opens_unit,
    _parts_of_headword_above,
    _restates_headword_above,
    _split_qizhong,
    _under_definition_heading,
    teaser_lines_dropped,
    title_run_in,
    _whole_paragraph,
)

__all__ = ["Found", "find_entries"]

# The legend under a formula (式中:X指…, 式中:X为…): it names the formula's symbols.
_FORMULA_LEGEND = re.compile(r"[\s\u3000]*式中[\s\u3000]*[:：,，]")


# A sentence's end or clause punctuation: a line holding one is no heading over the blocks below it.
_SENTENCE_END = re.compile(r"[。！？!?；;，,]")


# A label naming a kind by its type word (政府主导型, 村集体参与型): the item sorts, it makes no point.
_KIND_NAME = re.compile(r"[\u4e00-\u9fff]{2,10}型$")


_MEANS = re.compile(r"[\s\u3000]*意指")


def _defined_point(entry: Found) -> bool:
    """Whether a numbered X:… item under a points heading still defines X: by its marker (是指…), or by restating X and
    是 (二、政策解读 / 1. 新质生产力:新质生产力是创新起主导作用,…的先进生产力质态。: a policy article's reading that
    defines its terms; 1. 政策目标:加快…, a point, restates nothing)."""
    if OPENS_WITH_MARKER.match(entry.definition) or _MEANS.match(entry.definition):
        return True  # (一、impairment:意指損傷,…, 697: 意指 (means) glosses as 是指 does)
    head = entry.term.strip(_SPACE + "“”「」\"")
    if _KIND_NAME.search(head):
        return True  # 四、三旧改造的实施方式 / - 政府主导型:由政府统一规划、…: a kind named and described (P2185), no point
    body = entry.definition.lstrip(_SPACE)
    if len(head) >= 2 and body.startswith("是") and re.search(re.escape(head) + r"[\s\u3000]*[:：][\s\u3000]*" + re.escape(head) + "是", entry.quote):
        return True  # 1. 新质生产力:新质生产力是…: the restated label left out of the definition (notes._restated_after_colon)
    return len(head) >= 2 and body.startswith(head + "是") and not body.startswith(head + "是否")


# --- the passes together ---------------------------------------------------------------------


def _claim(results: Iterable[tuple[int | list[int], Found]], found: list[Found], free: list[bool]) -> list[int]:
    """Take each ``(lines, entry)`` a pass yields: keep the entry and mark its line (an index)
    or lines (a list) as read, as the pass goes, so that its later results and every later
    pass skip them. Returns the lines taken."""
    taken_lines: list[int] = []
    for taken, entry in results:
        found.append(entry)
        for k in (taken,) if isinstance(taken, int) else taken:
            free[k] = False
            taken_lines.append(k)
    return taken_lines


# An FAQ's question under its label (Q1:食品添加物是什麼?, 問:…?): a question title whose label is no colon entry's headword.
_ASKED_LABEL_LINE = re.compile(r"[\s\u3000]*(?:[Qq]|问|問)\d{0,3}[\s\u3000]*[:：][^\n。！!]{2,60}[?？][\s\u3000]*")


def find_entries(text: str) -> list[Found]:
    """Every glossary entry of ``text`` in the layouts of the module docstring, in text order."""
    lines = _lines(text)
    free = [True] * len(lines)
    found: list[Found] = []
    for taken, _ in example_sections(lines, free):  # X造句 / 1.…。 / 2.…。: a dictionary's example sentences, no entries
        for k in taken:
            free[k] = False
    _claim(_terminology_entries(lines, free), found, free)  # a terminology standard: headword, English name, definition
    _claim(_numbered_terms(lines, free), found, free)  # 3术语和定义 / 3.1 X / definition: a standard's numbered terms
    _claim(lettered_glossary_entries(lines, free), found, free)  # A / 户口价值 Account value / gloss: a glossary sorted by its English names
    _claim(announced_glossary_lines(lines, free), found, free)  # 辭彙 (防洪) / 重現期是…: lines of a page titled a glossary
    _claim(_coded(lines, free), found, free)  # item codes first: their chunk numbers are no notes
    _claim(interpretation_items(lines, free), found, free)  # “工作日”(working day) 指…;: a bilingual ordinance's items
    _claim(interpretation_table_rows(lines, free), found, free)  # 「條例」 | / — | / 指…; |: the same items as a table's rows
    _claim(glued_footnotes(lines, free), found, free)  # …理由1提出… / 1 適用理由包括…。: a footnote called by a glued digit
    _claim(glued_cells(lines, free), found, free)  # 編號中類項目定義 / 1員額數X本府…。: a definitions table's cells glued
    _claim(side_label_entries(lines, free), found, free)  # text lines / 判行 (a smaller indent) / text lines。: a side headword column
    _claim(_garbled_run_in(lines, free), found, free)  # OCR text whose punctuation became ! " # $ …
    _claim(exam_term_answers(lines, free), found, free)  # 名词解释题 10.X(GNP) / 【正确答案】…: an exam bank's term and answer
    asked_terms = list(asked_term_answers(lines, free))  # 什么是X; X名词解释定义是什么? / 【参考答案】 / answer: the same, asked
    _claim(asked_terms, found, free)
    _claim(_question_answer_rows(lines, free), found, free)  # 问题名称: | 什么是“X”? | / 规范答案: | …“X”,即…。 |
    _claim(_labelled_run_in(lines, free), found, free)  # X:定义:X是指…。性质:…: a labelled definition run into a line
    _claim(_english_glossed_lines(lines, free), found, free)  # English sentence.(“X”:gloss): a bilingual word of the day
    _claim(english_headword_lines(lines, free), found, free)  # 2016·post-truth:相对于…。: English words glossed in Chinese
    _claim(quoted_foreign_glosses(lines, free), found, free)  # …热词“青年震荡”(youthquake),意指“…”。: a glossed loanword
    _claim(word_of_the_moment_glosses(lines, free), found, free)  # X是最近的热词,指…。: a word of the moment glossed
    _claim(label_dash_headwords(lines, free), found, free)  # ●大陸用語-學霸 / 平時…的學生: a category label on every headword line
    _claim(dangling_bullet_items(lines, free), found, free)  # - / X / gloss。 - / Y / gloss。: a list's bullets left dangling
    _claim(dashed_bullet_items(lines, free), found, free)  # • X -- gloss / • Y -- gloss: a service's kinds, glossed after a double dash
    _claim(genus_closed_kinds(lines, free), found, free)  # (一)X。…的商业发展形态。 / (二)Y。…: numbered kinds glossed by their genus
    _claim(component_words(lines, free), found, free)  # - 孤兒: / ①…:例。 / ②…: a word card's component words and senses
    _claim(split_word_glosses(lines, free), found, free)  # 分詞解釋:X: / gloss / Y: / 1.… / 2.…。Z:: a card's component words
    reference: list[Found] = []  # a one-term reference page: its lead, a dictionary's senses (their ends judged there)
    _claim(read_dictionary_senses(lines, free), reference, free)  # 讀音 / 遼liáo / 基本字義 / 1. (形)遠:~遠。: the title's senses
    _claim(character_glosses(lines, free), found, free)  # 土特产是指…。“土”指的是…,“特”是指…: a word's characters glossed in turn
    _claim(pinyin_senses(lines, free), found, free)  # 山林 shān lín / 1.山与林。 / 2.借指隐居。: a dictionary's senses by a reading
    _claim(_knowledge_points(lines, free), found, free)  # 【知识点】 paragraphs, the news lead above them
    _claim(_named_then_it_is(lines, free), found, free)  # X(English)英文缩写为…。它是…: the definition at 它是
    _claim(denied_questions(lines, free), found, free)  # “X”是要求…吗?并非如此。它其实是…: a misreading denied, then what X is
    _claim(_summary_points(lines, free), found, free)  # 为您找到“X”标签… / 摘要: X是…
    _claim(_colon_cards(lines, free), found, free)  # 关键词:X / 释义:…
    box = info_box(lines, free)  # 中文名 / X / 释 义 / …: a flattened info box, its meaning value without a stop
    _claim(box, found, free)
    labelled = list(meaning_label_items(lines, free))  # 1. X / paragraph / **含義:**…: numbered words with meaning lines
    _claim(labelled, found, free)
    _claim(labelled_sub_items(lines, free), found, free)  # 1.X / (1)含义:… / (2)形成:…: a lesson's headwords, labelled sub-items
    whole = {(entry.start, entry.end) for _, entry in labelled + box}  # glosses whole without a stop, beside the same word's sentences
    whole |= {(entry.start, entry.end) for _, entry in asked_terms}  # (an exam answer's line is whole: …来表示。即:失业率=…*100%)
    _claim(_label_lines(lines, free), found, free)  # 指标解释: / X包括… / Y反映…: headwords run into their verb
    _claim(formula_glosses(lines, free), found, free)  # • 扶幼比=幼年人口÷青壯年人口×100,即…。: a ratio's formula, then its gloss
    _claim(_include_lines(lines, free), found, free)  # 东部包括:… / 中部包括:…: a run of one-sentence include lines
    _claim(_section_explanations(lines, free), found, free)  # 五、指标解释:1.X包括…(a document site's chunks)
    _claim(_lead_in_first_items(lines, free), found, free)  # 具体包括…以下方面: 1. X:包括…。 / 2. Y:…
    _claim(_part_items(lines, free), found, free)  # …可分为三个层次: / M0:… / M1:…: the parts, entries of their own
    _claim(quoted_clause_series(lines, free), found, free)  # “数”指数据,“算”是算力,…: quoted terms clause by clause
    # “一案三制”體系是…。“一案”為…,“三制”為…。應急管理體制主要指…: a name's pieces glossed by 为; the line stays free for the rest
    found.extend(entry for _, entry in quoted_clause_series(lines, free, wei=True))
    _claim(one_character_pieces(lines, free), found, free)  # 2. 核心内涵 / - 亲:… / - 清:…: a slogan's pieces, one character each
    _claim(listed_parts(lines, free), found, free)  # X是以“A、B”为…。 / A,就是…;B,就是…: a list's parts glossed in turn
    _claim(quoted_slogan_parts(lines, free), found, free)  # 构建“三主两辅多点”… / “三主”为…;: a slogan's quoted parts, a paragraph each
    _claim(run_in_slogan_parts(lines, free), found, free)  # …布局产业地图》 / “一芯”依托…;“两带”以…;“三区”围绕…。: run into one paragraph
    _claim(zones_in_turn(lines, free), found, free)  # 核心区为…,紧密区为…。: a plan's zones glossed in turn by 为
    found.extend(entry for _, entry in ordinal_kinds(lines, free))  # …主要有四种,一是崩塌,即…;二是滑坡,即…: the line stays free
    found.extend(entry for _, entry in asked_dash_heads(lines, free))  # 什麼是防災士? … 防災士–是…。: the line stays free
    found.extend(entry for _, entry in counted_wholes(lines, free))  # 打造三个基地,分别为A、B、C。: a counted whole's members; the line stays free
    _claim(quoted_jiushi_sentences(lines, free), found, free)  # “全域厦门”,就是把…。: a quoted slogan glossed by 就是
    _claim(run_in_label_paragraphs(lines, free), found, free)  # 大数据技术。大数据技术是一种…: a run-in label restated as the subject
    _claim(reported_provisions(lines, free), found, free)  # …发布了《…指引》,规定X是…的Y。: a cited document's definition
    _claim(given_definitions(lines, free), found, free)  # 《…》对X作出过这样的定义:…。: a definition given, after its colon
    _claim(compound_series(lines, free), found, free)  # X是…。不变价X是把…。X指数就是…: a word and the words built on it
    _claim(index_after_removal(lines, free), found, free)  # …,若再剔除能源後(即核心物價指數)則上漲…: a release's index named after its removal
    _claim(name_pieces(lines, free), found, free)  # 五议两公开是…。五议指…,两公开指…: a name, then its counted pieces
    found.extend(entry for _, entry in quoted_list_pieces(lines, free))  # “育、繁、推”…。具体而言,育:指…;繁:指…: the line stays free
    found.extend(entry for _, entry in quoted_counted_pieces(lines, free))  # “四领域五环节”,四个领域是…;五个环节是…。: the line stays free
    _claim(class_series(lines, free), found, free)  # 甲类X代表…;乙类X代表…。: classes of one index glossed in turn
    _claim(named_kind_labels(lines, free), found, free)  # 分成兩種,…偵煙式…定溫式。 / ※偵煙式:… / ※定溫式:…: kinds named, then glossed
    _claim(collective_names(lines, free), found, free)  # 碳达峰与碳中和一起,简称“双碳”。: a pair, then its short name
    _claim(paired_glosses(lines, free), found, free)  # “A”和“B”是…,分别指…: two words glossed together and each
    _claim(coded_indices(lines, free), found, free)  # 1. 年平均溫度 TG / 每年日平均溫度的平均值,…: a portal's index codes
    _claim(bracketed_label_glosses(lines, free), found, free)  # *時效(指…):45日: a form's label glossed in brackets
    _claim(named_item_definition(lines, free), found, free)  # 資料項目名稱: X / *統計項目定義: / gloss。: the form's one item
    _claim(bracket_glossed_lists(lines, free), found, free)  # 香港─奧運鈔(…)、迷債(…)、…: new words glossed in brackets
    senses = list(numbered_sense_lines(lines, free))  # 飞 地 1.指… 2.指…: a card's headword line, its senses run in
    _claim(senses, found, free)
    announced = list(announced_senses(lines, free))  # X的释义包含以下两层含义: / 指… / 特指…: a lead's word, its sense lines
    _claim(announced, found, free)
    senses += announced
    whole |= {(entry.start, entry.end) for _, entry in senses}  # senses without stops, whole at the page's end and beside the lead's sentences

    _claim(run_in_meaning_labels(lines, free, inside_line=True), found, free)  # …。 (二)定义内涵 X是…: a plan's run-in heading
    units = _units(lines, free)
    mark_character_levels(units)  # (一)類:指… / (二)綱:指… / (三)目:指…: a classification's one-character levels
    claimed: set[int] = set()  # starts of the units read as colon entries
    shared: set[int] = set()  # lines that hold a claimed unit and others (several notes on a line)
    per_line: dict[int, int] = {}
    for unit in units:
        per_line[unit.lines[0]] = per_line.get(unit.lines[0], 0) + 1
    points = _points_sections(lines)
    odd_glossary = odd_dot_glossary([unit.text for unit in units if not unit.numbered])  # ．L3級:是… beside ．L1級:這是…
    colon_list = any(not unit.numbered and _colon_context(unit, units) for unit in units)
    # a section heading with its subtitle over a paragraph (not over the next numbered item of a list)
    # (or over anything when its title names no term: 二、核心内容:管理办法的重点条款解析 / (1)…, or when the section's paragraph
    # runs into its line after a space: 一、 战略定位:中部崛起的重要增长极 国家…。)
    subtitled = {
        unit.start
        for unit, after in zip(units, [*units[1:], None])
        if unit.numbered
        and (after is not None and not after.numbered and section_subtitle(unit.text) or titled_section(unit.text) or subtitled_run_in(unit.text))
    }
    stopless = stopless_bullet_items(lines, units)  # 兩部份組成: / • 基本電價:包括…成本 / • 燃料調整費:…: bullets closing on no stop
    bullet_entries = [
        e for unit in units
        if not unit.numbered and _BULLET.match(unit.text) and (_colon_sibling(unit, sentences=True, bullet=True) or unit.start in stopless)
        and (e := _colon_entry(unit)) is not None
    ]
    tasks = task_list(bullet_entries)  # - 空间布局:优化城市空间布局,… / - 创新驱动:加大…: an essay's tasks, no glosses
    previous: _Unit | None = None
    listed = False  # the unit before was an X:… line of a list under a heading announcing definitions
    defined = False  # the unit before was an X:是指… line read as an entry
    for unit in units:
        heading = previous is not None and bool(_DEFINITIONS_HEADING.fullmatch(strip_pinyin(previous.text).strip(_SPACE)))
        # right below an X:是指… line, an X:… line of several sentences is the next entry of the list
        # (or after one blank line, the next paragraph: 支農再貸款:是指…。 / / 支小再貸款:發放對象是…。…, P1235)
        below = defined and previous is not None and previous.lines[-1] < unit.lines[0] <= previous.lines[-1] + 2 and all(
            lines[k].blank for k in range(previous.lines[-1] + 1, unit.lines[0])
        )
        announced = heading or listed or below
        previous = unit
        # Under 名词解释: (or 指标解释:) a run of X:… lines are its entries, each of one or more sentences.
        listed = not unit.numbered and announced and _colon_sibling(unit, sentences=True)
        bulleted = (
            not unit.numbered and bool(_BULLET.match(unit.text)) and (_colon_sibling(unit, sentences=True, bullet=True) or unit.start in stopless)
            and not _closes_semicolon_list(lines, unit)
        )
        entry = (
            _colon_entry(unit)
            if unit.numbered or _colon_context(unit, units) or (colon_list or announced) and _colon_sibling(unit) or listed or bulleted
            or group_cell_item(unit.text)  # 三清 1. 清理垃圾:…。 / 一改 改变不良生活习惯:…。: a table's group cell, then the item
            else None
        )
        listed = listed and entry is not None
        defined = entry is not None and not unit.numbered and (_colon_context(unit, units) or listed)
        if entry and unit.start in subtitled:
            for k in unit.lines:  # 一、历史倒逼的战略抉择:从“救企业”到“活体系” / a paragraph: a section heading, read, not an entry
                free[k] = False
            continue
        if entry and (unit.numbered or bulleted) and purpose_only(entry):
            continue  # 3. **X:** 主要是为了改善…: what the item is for, no gloss (its sentences the prose pass's)
        if entry and (unit.numbered or bulleted) and asks_only(entry):
            continue  # 1、X的范围及依据:…时,如何来确定…?: an issue the item asks about, no gloss (its sentences the prose pass's)
        if entry and _ASKED_LABEL_LINE.fullmatch(unit.text):
            continue  # Q1:食品添加物是什麼?: an FAQ's labelled question, the headword pass's question title, no colon entry (P3121)
        if entry and bulleted and _ODD_DOT_BULLET.match(unit.text) and not ODD_DOT_GLOSS.match(entry.definition) and not odd_glossary:
            continue  # ．領取對象:凡於…: a field of a programme under an odd dot, no gloss (its sentences the prose pass's)
        if entry and bulleted and tasks and not defines_label(entry):
            continue  # - 文化创意产业:发展文化创意产业,…: a task of the plan an essay reads, no entry (its sentences the prose pass's)
        if entry and (unit.numbered or bulleted) and points[unit.lines[0]] and not _defined_point(entry):
            for k in unit.lines:  # a point under a heading such as 三、…的意义: read, not an entry
                free[k] = False
            continue
        spaced = _spaced_note(unit) if unit.numbered else None
        if spaced and entry is not None and re.match(r"[^\s\u3000，,。；;:：]{1,6}[\s\u3000]*[:：]", spaced.definition):
            spaced = None  # 六、 三公 经费: 指…: a stray space inside the headword, not a spaced note
        if spaced and (entry is None or len(spaced.term) < len(entry.term)):
            if entry is None and points[unit.lines[0]] and not OPENS_WITH_MARKER.match(spaced.definition):
                for k in unit.lines:  # …其主要特征包括: / (1)时效性强 政策往往…: a feature, read, not an entry
                    free[k] = False
                continue
            entry = spaced
        if entry:
            parts = [part for first in _split_qizhong(unit, entry) for part in colon_series_split(unit, first)]
            found.extend(parts)
            last_line = lines[unit.lines[-1]]
            if bulleted and unit.start in stopless and text.find("\n", last_line.start + len(last_line.raw)) >= 0:
                # (a stopless list's last item at the page's end, its line closed by a line break: whole, as its siblings
                # are, no cut gloss; a page cut by its reader ends inside the line, review 69)
                whole |= {(part.start, part.end) for part in parts}
            claimed.add(unit.start)
            for k in unit.lines:
                free[k] = False
                if per_line.get(k, 0) > 1:
                    shared.add(k)
    _claim(_row_notes(lines, free), found, free)
    table = _glossary_table(lines, free)  # 内容 | 定义 | 说明 | / 农业 | 指… | …: a cell is whole without a stop
    _claim(table, found, free)
    whole |= {(entry.start, entry.end) for _, entry in table}
    for layout in (_cards, _table_notes, _numbered_colon_heads, _dashed, _run_in_cells, _run_in, _run_in_colon):
        _claim(layout(lines, free), found, free)
    _claim(_space_colon_lines(lines, free), found, free)  # 税收 :国家依据税法…: a space before each colon
    aligned = aligned_rows(lines, free)  # 熱狗      非空調巴士: a jargon list's space-aligned rows
    _claim(aligned, found, free)
    whole |= {(entry.start, entry.end) for _, entry in aligned}  # stopless by the layout, which sees its own cut row
    spaced_lines = set(_claim(_spaced(lines, free), found, free))
    _claim(bracketed_paragraphs(lines, free), found, free)  # 【黨費】指…: one dictionary entry's bracketed headword
    _claim(marker_lines(lines, free), found, free)  # 集资诈骗罪是指 / 以非法占有为目的,…的行为。: the marker closing its line
    _claim(pointed_questions(lines, free), found, free)  # - 信用報告 / * 這是什麼? 一份…。: the question points at the word above
    _claim(quoted_comma_series(lines, free), found, free)  # 「漁業」係指…,「資源」則是…,因此「漁業資源」意味著…: parts glossed in turn
    _claim(listed_labels(lines, free), found, free)  # 1. 合謀行為 / 2. … / 合謀行爲:企業之間…: a listed kind glossed by its colon label
    _claim(_blocks(lines, free, dictionary=True), found, free)
    title = _glossary_title(lines, free)
    if title >= 0:
        _claim(_blocks(lines, free, glossary=title), found, free)
        _claim(glossary_card(lines, free, title), found, free)  # 名詞解釋 / 訴訟費用 / 因訴訟程序支出的費用。…: one term's card
    reopened = [free[i] or i in shared for i in range(len(lines))]
    reopened_units = _units(lines, reopened)
    taken_units: set[int] = set()
    card_lines: set[int] = set()  # term cards' lines left to their headword blocks (past_card_gloss)
    all_definitions = [[] if unit.start in claimed else _definitions_in(unit) for unit in reopened_units]
    opening = [bool(d) and _opens_unit(u, d[0]) for u, d in zip(reopened_units, all_definitions)]
    for n, unit in enumerate(reopened_units):
        if unit.start in claimed or n in taken_units:
            continue
        if _FORMULA_LEGEND.match(strip_pinyin(unit.text)):
            continue  # 式中:出生人数指活产婴儿…。年平均人数指…: the symbols of a formula, no glossary entries
        definitions = all_definitions[n]
        if not definitions:
            above = all_definitions[n - 1][0].term if n and all_definitions[n - 1] else ""
            below = _includes_below_definition(reopened_units, opening, n, lines, above)  # X指…。 / Y包括…。
            definitions = [below] if below is not None else definitions
        if not definitions:
            sibling = _quoted_sibling_below(reopened_units, n, lines, all_definitions[n - 1][0] if n and all_definitions[n - 1] else None)
            definitions = [sibling] if sibling is not None else definitions  # “第二代住宅”,是指…; / “第三代住宅”,是…;
            all_definitions[n] = definitions
        if len(definitions) > 1 and opening[n] and _in_definition_run(reopened_units, opening, n) and not any(
            _after_qizhong(unit, d) for d in definitions[1:]
        ):
            definitions = [_whole_paragraph(unit, definitions[0])]  # X是指…。Y是指…。 / Z是指…: one entry per paragraph
        if definitions and _parts_of_headword_above(lines, unit, definitions):
            continue  # 青山绿道蓝网 / 青山指…,绿道指…: the paragraph explains the headword line above
        if len(definitions) == 1 and _announced_list_cut(lines, reopened_units, n) and not _defined_by_lead_in(definitions[0]):
            continue  # X,是指…。其来源主要包括以下四个方面: / (1)… / (2)…(the page ends inside): cut by the page
        if len(definitions) == 1 and _restates_headword_above(lines, unit, definitions[0]):
            continue  # “十四五”规划 / 十四五规划,即…: the headword line above, as written, is the term
        if len(definitions) == 1 and not unit.numbered:  # 五、光盘行动 / “光盘”是指…。“光盘行动”旨在…: up to the headword
            definitions = [cut_before_headword_above(lines, unit.lines[0], definitions[0])]
        if len(definitions) > 1 and _inside_spaced_list(lines, unit, spaced_lines, definitions[0]):
            definitions = [_whole_paragraph(unit, definitions[0])]  # 土地资源 / 土地指…。…未利用地指…。 between yearbook lines
        if len(definitions) == 1 and _under_definition_heading(lines, unit, definitions[0]):
            m = n + 1  # 一、基本定义 / X是指…。 / X主要用于反映…。: the paragraphs up to the next heading
            while m < len(reopened_units) and m - n <= _DEFINITION_PARAGRAPHS and _goes_on(reopened_units[m], claimed):
                definitions = [_joined(definitions[0], reopened_units[m])]
                taken_units.add(m)
                for k in reopened_units[m].lines:
                    free[k] = False
                m += 1
        if len(definitions) == 1 and n + 1 < len(reopened_units) and _article_goes_on(lines, unit, definitions[0], reopened_units[n + 1], claimed):
            definitions = [_joined(definitions[0], reopened_units[n + 1])]  # 第二條 本規定所稱的X是指…。 / …的X為…: one article
            taken_units.add(n + 1)
            for k in reopened_units[n + 1].lines:
                free[k] = False
        if definitions:
            found.extend(definitions)
            # (a term card's line whose definitions are all in later passages stays for its headword's block, 683)
            if past_card_gloss(unit.text, [d.start - unit.start for d in definitions]) and not unit.joins:
                card_lines.update(unit.lines)
                continue
            for k in unit.lines:
                free[k] = False
    _claim(meaning_heading_definitions(lines, free), found, free)  # 1.1 X的内涵与特征 / X是对…的过程。: the heading's term
    _claim(meaning_label_paragraphs(lines, free), found, free)  # X的内涵,基础在全面,…: the frame's gloss
    _claim(run_in_meaning_labels(lines, free), found, free)  # 1.定义与作用 X是…: the term the paragraph restates
    kinds = bulleted_kinds(lines, free)  # 幼兒中心 / • 為三歲以下的幼兒提供全日照顧 / • …: a department's kinds of service
    _claim(kinds, found, free)
    whole |= {(entry.start, entry.end) for _, entry in kinds}  # (bullets close on no stop)
    blocks = [(k, restated_item_label_dropped(e)) for k, e in _blocks(lines, free, listed=frozenset(spaced_lines))]
    blocks = [(k, card_first_passage(e) if isinstance(k, list) and card_lines & set(k) else e) for k, e in blocks]
    if task_list([e for _, e in blocks]):  # ●乡村振兴领域 / 围绕…,聚焦…,实施…: a plan's fields over their tasks, read, no entries
        _claim([(k, e) for k, e in blocks if not defines_label(e)], [], free)
        blocks = [(k, e) for k, e in blocks if defines_label(e)]
    headings = [line.clean if not line.blank and len(line.clean) <= 40 and not _SENTENCE_END.search(line.clean) else "" for line in lines]
    kept = {id(e) for e in aspects_of_defined_term([e for _, e in blocks], found, headings)}
    _claim([(k, e) for k, e in blocks if id(e) in kept], found, free)
    _claim([(k, e) for k, e in blocks if id(e) not in kept], [], free)  # 1. **政府與民間合作** / …是實現淨零轉型的…: an aspect of the term above, read
    _claim(other_words_restatements(lines, free, found), found, free)  # …。換言之,保安林係…: a defined term restated in other words
    _claim(dictionary_new_senses(lines, free), found, free)  # “晒”增加了“展示”的释义: a dictionary's new sense in the news
    _claim(named_then_glossed(lines, free), found, free)  # …年度字為「rizz」,意思是…: a word named, then glossed
    _claim(counted_phrase_lists(lines, free), found, free)  # 香港的四个传统主要行业,即A、B…,可带动…: a counted phrase's list
    _claim(quoted_clauses(lines, free), found, free)  # …新动能,“X”特指…。 / “A”“B”…,前者是…,后者则是…。: a news list's glosses
    _claim(quoted_law_glosses(lines, free), found, free)  # …,亦即部落「係指…核定者」。: a law's definition quoted after its word
    _claim(respective_glosses(lines, free), found, free)
    _claim(named_in_turn(lines, free), found, free)  # 其中,A设为“一线”;B设为“二线”。: things named in turn
    named_from = len(found)
    # …公开展示地籍图,此即为地籍公布。: the name after its description  # 「大陸」、「內地」二詞,…,一指…,一指…。: two words glossed in turn
    _claim(backward_names(lines, free), found, free)
    # (the gloss before the name ends at the naming, no stop of its own: whole at the page's end too, …編報者,即為本方案之查報單位。, 578)
    whole |= {(entry.start, entry.end) for entry in found[named_from:]}
    asked = list(asked_paragraphs(lines, free))  # 什么是“X”?简单说,就是…。: a question and its answer run in, on lines no pass read
    _claim(asked, found, free)
    whole |= {(entry.start, entry.end) for _, entry in asked}  # (a numbered heading's phrase answer, whole without a stop: P2515)
    _claim(opening_paragraph_definitions(lines, free), found, free)  # 课后延时服务是…的惠民政策,…: the page's subject
    restated = restated_mid_paragraph(lines, free)  # - 猩红热 / 4月份共接获…。猩红热是…: the word restated after figures
    _claim(restated, found, free)
    whole |= {(entry.start, entry.end) for _, entry in restated}  # (ended at its paragraph's last complete sentence)
    _claim(reference_entries(lines, free), reference, free)
    _claim(indicator_notes(lines, free), found, free)  # 4.X为…;Y为…。 / 其中: / X 为…: parallel indicator glosses
    _claim(quoted_indicator_notes(lines, free), found, free)  # 3.本表中“X”包括…,“Y”仅包括…。: quoted indicators of a table note
    _claim(cited_law_includes(lines, free), found, free)  # 根据《防止贿赂条例》,公职人员包括…: a law's extent of a word
    _claim(parallel_include_paragraphs(lines, free), found, free)  # 評估服務包括…。 / 支援服務包括…: kinds glossed by what each covers
    apposed = apposed_change_glosses(lines, free)  # …的經營盈餘總額,即…總額較上年下跌…: a measure glossed before its change
    _claim(apposed, found, free)
    whole |= {(entry.start, entry.end) for _, entry in apposed}  # (ended by the sentence's predicate, no stop)
    spelled = spelled_out_abbreviations(lines, found)  # 依靠“三胞”(台湾同胞、港澳同胞与海外侨胞)支持: a quoted word spelled out
    found.extend(spelled)
    whole |= {(entry.start, entry.end) for entry in spelled}  # a bracket's list, whole without a stop
    glossed = bracket_zhi_glosses(lines, found)  # …比较多的短板(指短处)。: a word glossed in brackets where it is named
    found.extend(glossed)
    adopted = adopted_method_glosses(lines, found)  # …係採托崙斯制,即…。: a method named as adopted, then glossed by 即
    found.extend(adopted)
    labelled = colon_label_series(lines, found)  # 布局为:“一横”徐兰高铁,“一竖”京广高铁,…: labels run into their names
    found.extend(labelled)
    whole |= {(entry.start, entry.end) for entry in glossed + labelled}
    found.extend(dash_appositions(lines, found))  # 广西“三大定位”新使命—— / 发挥…。: a counted name's content after a dash
    found, pieces = piece_series(lines, found)  # “3+1+2”模式是…,“3”为…;“1”为…;“2”为…。: a quoted word's parts glossed in turn
    found.extend(pieces)
    whole |= {(entry.start, entry.end) for entry in pieces}  # each part's gloss ends at the comma before the next
    before_naming = {(entry.start, entry.end) for entry in found}
    found = named_after_description(lines, found, text)  # …进行报销,称为统筹共济;: a thing described, then named
    # (a naming's gloss is the clause before its verb, whole without a stop: not a cut summary of a longer gloss of the same word
    # — 平台运营商是指运营第三方交易平台的组织,…。 / …运营这个第三方交易平台的组织称为平台运营商。, P3113, an ask page naming its
    # headword again at the end, both glosses counted)
    whole |= {(entry.start, entry.end) for entry in found if (entry.start, entry.end) not in before_naming and not _FINISHED.search(entry.definition)}
    if not found and not reference:
        reference.extend(entry for _, entry in card_page(lines, free))  # 學校社會工作 / 這項社會服務的目的在於:…: a card served alone
        if not reference:  # 公告地價 / 中文 (Chinese) 公告地價 / 英文 (English) … / 辭彙解釋 / 公告地價為…: a labelled card under a site's header
            reference.extend(entry for _, entry in labelled_card(lines, free))
    found.sort(key=lambda f: f.start)
    found = split_paired_headwords(found, text)  # 什麼叫大三線和小三線 / 大三線包括…。小三線包括…。: each term its gloss
    found = teaser_lines_dropped(found, lines)  # …没有刚...赤道结局是什么: a strip of cut teasers for other pages
    found = title_run_in(found, lines)  # 老区究竟…价值 / …价值老区指…(a teaser, cut): the title is no part of the term
    kept = classification_grades_dropped(_drop_cut_last(_drop_non_definitions(_drop_cut_repeats(_once(found), whole)), text, whole))
    kept = sense_label_entries(kept, text)  # 一、本义层面 指代…: a sense of the page's headword, the label no term
    kept = metadata_labels_dropped(kept)  # 統計標準時間:以每年年底之事實為準: a metadata form's field, no term
    kept = described_dropped(kept)  # 6. 疫苗 / 疫苗作为…的重要手段,…受到广泛关注。: news about the word beside definitions
    # (a dictionary's sense needs no closing stop beside a longer one, nor does a gloss ending in a site's watermark)
    return sorted(kept + _once(reference), key=lambda f: f.start) if reference else kept


def _closes_semicolon_list(lines: list, unit: _Unit) -> bool:
    """A bulleted ``X:…`` item right below a bulleted item ending in ``；`` closes a list written as one sentence
    (``- 能源领域:加强…;`` / ``- 环保领域:强化…;`` / ``- 产业领域:推动…。``, P1436; ``碳减排信用可用于以下场景:`` / ``- 抵扣碳排放:…;``
    / … / ``- 碳汇植树:将…。``, P1450): its items are the clauses of that sentence, measures or uses, and its last
    one, stopped only because the sentence ends there, is no gloss any more than the ones before it."""
    k = unit.lines[0] - 1
    while k >= 0 and lines[k].blank and k >= unit.lines[0] - 2:
        k -= 1
    if k < 0 or lines[k].blank:
        return False
    above = strip_pinyin(lines[k].clean).strip(_SPACE)
    return bool(_BULLET.match(lines[k].clean)) and above.endswith(("；", ";"))


def _once(found: list[Found]) -> list[Found]:
    """A block the page prints twice (a content farm's or a copy's repeated lines, P205, P216) gives its entries
    once: an entry with the same term and definition as an earlier one is dropped."""
    seen: set[tuple[str, str]] = set()
    out = []
    for entry in found:
        key = (strip_pinyin(entry.term).strip(_SPACE), strip_pinyin(entry.definition).strip(_SPACE))
        if key not in seen:
            seen.add(key)
            out.append(entry)
    return out
