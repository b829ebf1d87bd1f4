#include "analysis/excerptreader.h"
#include "export/csvexport.h"
#include "projecttestsupport.h"
#include "store/project.h"
#include "text/textoffsets.h"

#include <QBuffer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia::Core;
using namespace Marginalia::Test;

class TestExcerpts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void text_isExactlyTheCodedCodePoints_data();
    void text_isExactlyTheCodedCodePoints();
    void excerpts_comeInDocumentOrder();
    void filters_selectCodeSubcodesCoderAndDocument();
    void visitor_canStopEarly();
    void csv_hasContractColumnsAndExactText();
    void csv_guardsFormulasUnlessRaw();
    void pages_sayWhereAnExcerptIs_data();
    void pages_sayWhereAnExcerptIs();

private:
    struct Row
    {
        QString document, codePath, coder, text, memo;
        qint64 start, end;
    };
    QList<Row> rows(const CodingFilter &filter = {}) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QString m_mixedText;
    qint64 m_mixed = 0, m_plain = 0, m_topic = 0, m_subtopic = 0, m_other = 0, m_alice = 0, m_bob = 0;
};

QList<TestExcerpts::Row> TestExcerpts::rows(const CodingFilter &filter) const
{
    QList<Row> result;
    auto status = ExcerptReader::forEach(*m_project, filter, [&](const Excerpt &e) {
        result.append({QString::fromUtf8(e.document), QString::fromUtf8(e.codePath), QString::fromUtf8(e.coder),
                       QString::fromUtf8(e.text), QString::fromUtf8(e.memo), e.start, e.end});
        return true;
    });
    if (!status)
        qWarning("%s", qPrintable(status.error()));
    return result;
}

void TestExcerpts::initTestCase()
{
    MARGINALIA_REQUIRE_STORE_BACKEND();
    QStandardPaths::setTestModeEnabled(true);
    auto project = Project::create(storeLocation(m_dir.filePath(QStringLiteral("x.marginalia"))));
    QVERIFY2(project, qPrintable(project.error()));
    m_project = std::move(*project);

    // Non-BMP (emoji, rare CJK), Arabic and a combining accent, so that code points, UTF-16 units and
    // UTF-8 bytes all differ.
    m_mixedText = QStringLiteral("Refugees 🌍 fled; 𠮷 marks; مبدأ عدم الإعادة القسرية; cafe\u0301 =SUM(A1) end.");
    NewDocument mixed;
    mixed.name = QStringLiteral("mixed");
    mixed.text = m_mixedText;
    m_mixed = m_project->addDocument(mixed)->id;
    NewDocument plain;
    plain.name = QStringLiteral("plain");
    plain.text = QStringLiteral("Line one, with \"quotes\".\nLine two.");
    m_plain = m_project->addDocument(plain)->id;

    m_topic = m_project->addCode(QStringLiteral("Topic"))->id;
    m_subtopic = m_project->addCode(QStringLiteral("Sub/topic"), m_topic)->id;
    m_other = m_project->addCode(QStringLiteral("Other"))->id;
    m_alice = m_project->ensureCoder(QStringLiteral("alice"))->id;
    m_bob = m_project->ensureCoder(QStringLiteral("bob"))->id;
}

void TestExcerpts::text_isExactlyTheCodedCodePoints_data()
{
    QTest::addColumn<QString>("phrase");
    QTest::newRow("emoji") << QStringLiteral("🌍 fled");
    QTest::newRow("cjk extension b") << QStringLiteral("𠮷 marks");
    QTest::newRow("arabic") << QStringLiteral("مبدأ عدم الإعادة القسرية");
    QTest::newRow("combining accent") << QStringLiteral("cafe\u0301");
    QTest::newRow("after all of them") << QStringLiteral("end.");
}

void TestExcerpts::text_isExactlyTheCodedCodePoints()
{
    QFETCH(QString, phrase);
    const TextOffsets offsets(m_mixedText);
    const qsizetype at = m_mixedText.indexOf(phrase);
    QVERIFY(at >= 0);
    const qint64 start = offsets.toCodePoint(at);
    const qint64 end = offsets.toCodePoint(at + phrase.size());
    QCOMPARE(end - start, TextOffsets::codePointLength(phrase));

    auto added = m_project->addCoding({m_mixed, m_other, m_bob, start, end, QStringLiteral("probe"), {}, {}});
    QVERIFY2(added, qPrintable(added.error()));
    QVERIFY(added->has_value());
    CodingFilter filter;
    filter.codeId = m_other;
    filter.documentId = m_mixed;
    const auto found = rows(filter);
    bool seen = false;
    for (const Row &row : found) {
        if (row.start == start && row.end == end) {
            QCOMPARE(row.text, phrase);
            seen = true;
        }
    }
    QVERIFY(seen);
    QVERIFY(m_project->removeCoding((*added)->id));
}

void TestExcerpts::excerpts_comeInDocumentOrder()
{
    QVERIFY(m_project->addCodings({
        {m_plain, m_topic, m_alice, 10, 23, {}, {}, {}},
        {m_plain, m_subtopic, m_bob, 0, 8, QStringLiteral("first line"), {}, {}},
        {m_mixed, m_topic, m_alice, 0, 8, {}, {}, {}},
        {m_mixed, m_other, m_alice, 0, 8, {}, {}, {}},
    }));
    const auto all = rows();
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.at(0).document, QStringLiteral("mixed"));
    QCOMPARE(all.at(0).codePath, QStringLiteral("Topic"));
    QCOMPARE(all.at(1).codePath, QStringLiteral("Other"));
    QCOMPARE(all.at(2).document, QStringLiteral("plain"));
    QCOMPARE(all.at(2).text, QStringLiteral("Line one"));
    QCOMPARE(all.at(2).codePath, QStringLiteral("Topic/Sub\\/topic"));
    QCOMPARE(all.at(2).memo, QStringLiteral("first line"));
    QCOMPARE(all.at(3).text, QStringLiteral("with \"quotes\""));
}

void TestExcerpts::filters_selectCodeSubcodesCoderAndDocument()
{
    CodingFilter topic;
    topic.codeId = m_topic;
    QCOMPARE(rows(topic).size(), 2);
    topic.includeSubcodes = true;
    QCOMPARE(rows(topic).size(), 3);

    CodingFilter bob;
    bob.coderId = m_bob;
    const auto bobs = rows(bob);
    QCOMPARE(bobs.size(), 1);
    QCOMPARE(bobs.first().coder, QStringLiteral("bob"));

    CodingFilter plain;
    plain.documentId = m_plain;
    QCOMPARE(rows(plain).size(), 2);

    CodingFilter none;
    none.codeId = m_other;
    none.documentId = m_plain;
    QVERIFY(rows(none).isEmpty());
}

void TestExcerpts::visitor_canStopEarly()
{
    int visited = 0;
    QVERIFY(ExcerptReader::forEach(*m_project, {}, [&](const Excerpt &) { return ++visited < 2; }));
    QCOMPARE(visited, 2);
}

void TestExcerpts::csv_hasContractColumnsAndExactText()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CodingFilter filter;
    filter.documentId = m_plain;
    QVERIFY(CsvExport::writeExcerpts(*m_project, filter, &buffer, {}));
    const QList<QByteArray> lines = buffer.data().split('\n');
    QVERIFY(lines.first().startsWith("document,code_path,start,end,coder,text,memo,created"));
    // Quotes inside the coded text are doubled, the row ends with CRLF.
    QVERIFY(buffer.data().contains(",\"with \"\"quotes\"\"\","));
    QVERIFY(buffer.data().contains("plain,Topic/Sub\\/topic,0,8,bob,Line one,first line,"));
    QVERIFY(buffer.data().endsWith("\r\n"));
}

void TestExcerpts::csv_guardsFormulasUnlessRaw()
{
    const qsizetype at = m_mixedText.indexOf(QStringLiteral("=SUM(A1)"));
    const TextOffsets offsets(m_mixedText);
    QVERIFY(m_project->addCoding(
        {m_mixed, m_subtopic, m_alice, offsets.toCodePoint(at), offsets.toCodePoint(at + 8), {}, {}, {}}));
    CodingFilter filter;
    filter.codeId = m_subtopic;
    filter.documentId = m_mixed;

    QBuffer guarded;
    guarded.open(QIODevice::WriteOnly);
    QVERIFY(CsvExport::writeExcerpts(*m_project, filter, &guarded, {}));
    QVERIFY(guarded.data().contains(",'=SUM(A1),"));

    QBuffer raw;
    raw.open(QIODevice::WriteOnly);
    CsvExport::Options options;
    options.formulaGuard = CsvWriter::FormulaGuard::Off;
    QVERIFY(CsvExport::writeExcerpts(*m_project, filter, &raw, options));
    QVERIFY(raw.data().contains(",=SUM(A1),"));
}

void TestExcerpts::pages_sayWhereAnExcerptIs_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<int>("firstPage");
    QTest::addColumn<int>("lastPage");
    QTest::addColumn<QString>("pages");
    // Pages begin at 0, 10 and 20 (code points); the end of a coding is exclusive.
    QTest::newRow("inside page 1") << qint64(2) << qint64(5) << 1 << 1 << QStringLiteral("1");
    QTest::newRow("across pages 1 and 2") << qint64(8) << qint64(12) << 1 << 2 << QStringLiteral("1-2");
    QTest::newRow("ends where page 3 begins") << qint64(15) << qint64(20) << 2 << 2 << QStringLiteral("2");
    QTest::newRow("starts where page 3 begins") << qint64(20) << qint64(22) << 3 << 3 << QStringLiteral("3");
    QTest::newRow("all three") << qint64(0) << qint64(30) << 1 << 3 << QStringLiteral("1-3");
}

void TestExcerpts::pages_sayWhereAnExcerptIs()
{
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(int, firstPage);
    QFETCH(int, lastPage);
    QFETCH(QString, pages);

    auto existing = m_project->documentByName(QStringLiteral("paged"));
    qint64 paged = existing ? existing->id : 0;
    if (!paged) {
        NewDocument document;
        document.name = QStringLiteral("paged");
        document.text = QStringLiteral("page one.\n\npage two.\n\npage three");
        document.fileType = QStringLiteral("application/pdf");
        document.pageStarts = {10, 20};
        auto added = m_project->addDocument(document);
        QVERIFY2(added, qPrintable(added.error()));
        paged = added->id;
    }
    auto coding = m_project->addCoding({paged, m_other, m_alice, start, end, {}, {}, {}});
    QVERIFY2(coding, qPrintable(coding.error()));
    CodingFilter filter;
    filter.documentId = paged;
    bool seen = false;
    int foundFirst = -1;
    int foundLast = -1;
    QString foundRange;
    QVERIFY(ExcerptReader::forEach(*m_project, filter, [&](const Excerpt &excerpt) {
        if (excerpt.start == start && excerpt.end == end) {
            seen = true;
            foundFirst = excerpt.firstPage;
            foundLast = excerpt.lastPage;
            foundRange = ExcerptReader::pageRange(excerpt);
        }
        return true;
    }));
    QVERIFY(seen);
    QCOMPARE(foundFirst, firstPage);
    QCOMPARE(foundLast, lastPage);
    QCOMPARE(foundRange, pages);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(CsvExport::writeExcerpts(*m_project, filter, &buffer, {}));
    const QList<QByteArray> lines = buffer.data().split('\n');
    QVERIFY(lines.first().trimmed().endsWith(",coding_guid,pages,paragraph"));
    QVERIFY2(buffer.data().contains(QByteArray("," + coding->value().guid.toUtf8() + "," + pages.toUtf8() + ",")),
             buffer.data().constData());

    // A document without pages has an empty pages cell.
    buffer.close();
    buffer.setData({});
    buffer.open(QIODevice::WriteOnly);
    filter.documentId = m_plain;
    QVERIFY(CsvExport::writeExcerpts(*m_project, filter, &buffer, {}));
    for (const QByteArray &line : buffer.data().split('\n').mid(1)) {
        if (!line.trimmed().isEmpty())
            QVERIFY2(line.endsWith(",\r"), line.constData());
    }
}

QTEST_GUILESS_MAIN(TestExcerpts)
#include "tst_excerpts.moc"
