"""Bidi over the whole paragraph, then line breaks: every line of hard mixed paragraphs reads in
the order Qt's QTextLayout gives the same paragraph broken at the same places."""

from __future__ import annotations

import unicodedata

import pytest
from qt_oracle import qt_visual_lines

from confdesk.exports.documents.bidi import visual_runs
from confdesk.exports.documents.fonts import faces
from confdesk.exports.documents.layout import LineSpan, Paragraph, break_lines, measure

SIZE = 10.0

#: Paragraphs as they occur in the Arabic, French and English documents, and worse.
HARD = [
    "المائدة المستديرة الأولى: Global Compact for Migration (GCM) والهجرة الآمنة والمنظمة",
    "اكتبوا إلى gcm-review@example.org قبل 5 فبراير، أو زوروا https://migration.example.org/gcm?lang=ar",
    "الجلسة (10:00–11:30) في القاعة B، ثم استراحة قهوة",
    "International Organization for Migration (IOM)، المكتب الإقليمي للشرق الأوسط وشمال أفريقيا",
    "Roundtable 1 (المائدة المستديرة الأولى) on GCM objectives 2, 5 and 23",
    "السيدة أمينة حداد، مديرة شؤون الهجرة، وزارة العمل (Ministry of Labour)",
    "الهدف 23 من الاتفاق (GCM): تعزيز التعاون الدولي والشراكات العالمية",
    "قال المتحدث: «الهجرة ظاهرة عالمية» ثم أضاف «Migration is a global phenomenon»",
    "Table ronde 2 : « Protéger les droits » (المائدة المستديرة الثانية) à 14:00",
    "تبدأ الجلسة الساعة 09:30 وتنتهي 12:45 بتوقيت بيروت (UTC+2)",
    "المشاركون من [UNHCR, ILO, UNICEF] ومنظمات المجتمع المدني",
    "ILO والمفوضية السامية UNHCR تشاركان في الجلسة العامة",
    "الجلسة العامة مع Dr. Jane Smith",
    "١٠:٠٠–١١:٣٠ الجلسة الافتتاحية ثم كلمة الأمين التنفيذي",
    "Opening session with the Executive Secretary of ESCWA and the Director General of IOM (online)",
    "The session « Migration et développement » (الهجرة والتنمية) is held in French and Arabic",
    "رقم الاجتماع 812 3456 7890 ورمز الدخول gcm2021 للمشاركة عبر Zoom",
    "(GCM) الاتفاق العالمي",
    "العربية والإنجليزية والفرنسية: Arabic, English, French",
    "10:00 – 11:30 (بتوقيت بيروت)",
    "تقرير المقرر Rapporteur's report: النتائج الرئيسية والتوصيات",
    "انظر الصفحة 12 (الملحق ب) والجدول 3.4",
    "Contact: team@example.org / +961 1 234 567 (بيروت)",
    "ورشة عمل حول \"الهجرة الآمنة\" و'المسارات النظامية' للشباب",
    "الأسئلة؟ الأجوبة! التعليقات؛ الملاحظات.",
    "من 23 إلى 25 فبراير 2021، عبر الإنترنت",
    # What python-bidi's report says around the levels, typed in a paragraph.
    "ملاحظة: levels: [1, 2] في التقرير، وليس    ], بعدها",
]


def _line_visual(line: LineSpan) -> list[int]:
    text = line.paragraph.text
    order: list[int] = []
    for run in visual_runs(text, line.paragraph.rtl, line.start, line.end):
        indices = range(run.start, run.end)
        order.extend(reversed(indices) if run.rtl else indices)
    return [index for index in order if _compared(text[index])]


def _compared(char: str) -> bool:
    # Formatting characters draw nothing; a combining mark sits on its base letter.
    return unicodedata.category(char) not in ("Cf", "Mn")


def _cases() -> list[tuple[str, int]]:
    return [(text, lines) for text in HARD for lines in (2, 3)]


def _broken(text: str, lines: int) -> list[LineSpan]:
    fonts = faces(False)
    return break_lines(text, measure(text, fonts, SIZE) / (lines - 0.4), fonts, SIZE, rtl=True)


@pytest.mark.parametrize(("text", "lines"), _cases())
def test_each_line_of_a_mixed_paragraph_reads_as_qt_lays_it_out(qapp, text, lines):
    broken = _broken(text, lines)
    assert len(broken) >= 2
    expected = qt_visual_lines(broken, document_rtl=True)
    for line, qt_order in zip(broken, expected, strict=True):
        qt_order = [index for index in qt_order if _compared(line.paragraph.text[index])]
        ours = _line_visual(line)
        show = line.paragraph.text
        assert ours == qt_order, (
            f"{line.text!r}: ours {''.join(show[i] for i in ours)!r}, Qt {''.join(show[i] for i in qt_order)!r}"
        )


def test_a_latin_paragraph_in_an_arabic_document_runs_left_to_right():
    lines = _broken("International Organization for Migration (IOM), Regional Office for the Arab States", 3)
    assert not lines[0].paragraph.rtl
    first = lines[0]
    order = _line_visual(first)
    assert order == sorted(order)  # every character in reading order, brackets unturned
    assert first.text.startswith("International")


def test_resolving_each_line_alone_would_not_match_qt(qapp):
    """The oracle can tell: the old way (each wrapped line resolved alone, with the document's
    direction) orders some of these lines differently from Qt."""
    differ = 0
    for text, lines in _cases():
        broken = _broken(text, lines)
        for line, qt_order in zip(broken, qt_visual_lines(broken, document_rtl=True), strict=True):
            alone = LineSpan(Paragraph(line.text, True), 0, len(line.text))
            old = [line.start + index for index in _line_visual(alone)]
            differ += old != [index for index in qt_order if _compared(line.paragraph.text[index])]
    assert differ > 5
