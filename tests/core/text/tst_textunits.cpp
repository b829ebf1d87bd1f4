#include "text/fulltextquery.h"
#include "text/textoffsets.h"
#include "text/textunits.h"

#include <QTest>

using namespace Marginalia::Core;

/// Sentences, paragraphs and UN paragraph numbers (TextUnits), and the query as a researcher types it
/// turned into FTS5's syntax (FullTextQuery).
class TestTextUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paragraphNumbers_ofUnDocuments();
    void sentenceAround_endsAtFullStopsAndLineBreaks();
    void paragraphAround_isBetweenBlankLinesOrLines();
    void toFts5_quotesWordsWithPunctuation_data();
    void toFts5_quotesWordsWithPunctuation();
    void needsSubstring_forScriptsWithoutSpaces();
};

void TestTextUnits::paragraphNumbers_ofUnDocuments()
{
    const QString text = QStringLiteral("A. Heading\n\n1. First.\n  2. Indented.\n(3) In brackets.\n4 bis. Inserted.\n"
                                        "5 ter Another.\n(a) sub-paragraph of 5 ter\n1.2 a section, not a paragraph\n"
                                        "In 2017. a year\n07. a list\n");
    const TextUnits units(text);
    QStringList numbers;
    for (const NumberedParagraph &paragraph : units.numberedParagraphs())
        numbers.append(paragraph.number);
    QCOMPARE(numbers,
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4 bis"),
                          QStringLiteral("5 ter")}));
    QCOMPARE(units.numberedParagraphs().at(1).start, text.indexOf(QStringLiteral("2. Indented")));
    QCOMPARE(units.paragraphNumberAt(0), QString());
    QCOMPARE(units.paragraphNumberAt(text.indexOf(QStringLiteral("sub-paragraph"))), QStringLiteral("5 ter"));
    QCOMPARE(units.paragraphNumberAt(text.size()), QStringLiteral("5 ter"));
}

void TestTextUnits::sentenceAround_endsAtFullStopsAndLineBreaks()
{
    const QString text = QString::fromUtf16(u"\U0001F30D One sentence here. Another one, with victims! Third?\n"
                                            u"A heading without stop\nNext line.");
    const TextUnits units(text);
    const auto sentence = [&](const QString &word) {
        const qint64 utf16 = text.indexOf(word);
        const TextOffsets offsets(text);
        const qint64 start = offsets.toCodePoint(utf16);
        const TextRange range = units.sentenceAround({start, start + TextOffsets::codePointLength(word)});
        return TextOffsets::slice(text, range.start, range.end);
    };
    QCOMPARE(sentence(QStringLiteral("victims")), QStringLiteral("Another one, with victims!"));
    QCOMPARE(sentence(QStringLiteral("sentence")), QString::fromUtf16(u"\U0001F30D One sentence here."));
    QCOMPARE(sentence(QStringLiteral("without")), QStringLiteral("A heading without stop"));
    QCOMPARE(sentence(QStringLiteral("Next")), QStringLiteral("Next line."));
}

void TestTextUnits::paragraphAround_isBetweenBlankLinesOrLines()
{
    const QString blank = QStringLiteral("First para\ncontinues.\n\n  Second para.  \n \nThird.");
    const TextUnits units(blank);
    const auto paragraph = [](const TextUnits &u, const QString &text, const QString &word) {
        const qint64 start = text.indexOf(word);
        const TextRange range = u.paragraphAround({start, start + word.size()});
        return text.mid(range.start, range.end - range.start);
    };
    QCOMPARE(paragraph(units, blank, QStringLiteral("continues")), QStringLiteral("First para\ncontinues."));
    QCOMPARE(paragraph(units, blank, QStringLiteral("Second")), QStringLiteral("Second para."));
    QCOMPARE(paragraph(units, blank, QStringLiteral("Third")), QStringLiteral("Third."));
    // Without any blank line, a line is a paragraph.
    const QString lines = QStringLiteral("One line.\nTwo line.\nThree.");
    const TextUnits byLine(lines);
    QCOMPARE(paragraph(byLine, lines, QStringLiteral("Two")), QStringLiteral("Two line."));
}

void TestTextUnits::toFts5_quotesWordsWithPunctuation_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("fts5");
    QTest::newRow("word") << QStringLiteral("victims") << QStringLiteral("victims");
    QTest::newRow("hyphen") << QStringLiteral("non-refoulement") << QStringLiteral("\"non-refoulement\"");
    QTest::newRow("apostrophe") << QStringLiteral("UNHCR's") << QStringLiteral("\"UNHCR's\"");
    QTest::newRow("prefix kept") << QStringLiteral("traffick*") << QStringLiteral("traffick*");
    QTest::newRow("prefix of a quoted word") << QStringLiteral("non-ref*") << QStringLiteral("\"non-ref\"*");
    QTest::newRow("phrase as written") << QStringLiteral("\"birth registration\"")
                                       << QStringLiteral("\"birth registration\"");
    QTest::newRow("unclosed phrase") << QStringLiteral("\"birth regis") << QStringLiteral("\"birth regis\"");
    QTest::newRow("operators") << QStringLiteral("a AND (b OR c) NOT d") << QStringLiteral("a AND (b OR c) NOT d");
    QTest::newRow("NEAR") << QStringLiteral("NEAR(victims protection, 5)")
                          << QStringLiteral("NEAR(victims protection, 5)");
    QTest::newRow("accented") << QStringLiteral("réfugiés") << QStringLiteral("réfugiés");
    QTest::newRow("dot") << QStringLiteral("A/RES/73/195") << QStringLiteral("\"A/RES/73/195\"");
}

void TestTextUnits::toFts5_quotesWordsWithPunctuation()
{
    QFETCH(QString, query);
    QFETCH(QString, fts5);
    QCOMPARE(FullTextQuery::toFts5(query), fts5);
}

void TestTextUnits::needsSubstring_forScriptsWithoutSpaces()
{
    QVERIFY(FullTextQuery::needsSubstring(QString::fromUtf16(u"\u96BE\u6C11")));
    QVERIFY(FullTextQuery::needsSubstring(QString::fromUtf16(u"\u30C6\u30B9\u30C8")));
    QVERIFY(FullTextQuery::needsSubstring(QString::fromUtf16(u"\U00020BB7"))); // Han outside the BMP
    QVERIFY(!FullTextQuery::needsSubstring(QStringLiteral("réfugiés")));
    QVERIFY(!FullTextQuery::needsSubstring(QString::fromUtf16(u"\u0627\u0644\u0644\u0627\u062C\u0626\u064A\u0646")));
    SearchQuery query;
    query.text = QString::fromUtf16(u"\"\u96BE\u6C11\"");
    const SearchQuery resolved = FullTextQuery::resolved(query);
    QCOMPARE(resolved.kind, SearchQuery::Kind::Substring);
    QCOMPARE(resolved.text, QString::fromUtf16(u"\u96BE\u6C11"));
}

QTEST_GUILESS_MAIN(TestTextUnits)
#include "tst_textunits.moc"
