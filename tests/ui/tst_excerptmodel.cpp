#include "excerptmodel.h"
#include "store/project.h"
#include "text/textoffsets.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;

class TestExcerptModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reload_listsPassagesInDocumentOrderWithExactText();
    void passageLine_highlightsTheCodedPartInItsContext();
    void context_neverSplitsACharacterAndStartsOnAWord();
    void longPassage_isShortenedOnTheLineButWholeInPassageRole();
    void pages_nameThePagesAPassageSpans();
    void fetchMore_loadsTextInChunks();
    void manyCodings_loadOnlyWhatIsShown();
    void clearAndProjectChanges_keepTheModelConsistent();

private:
    QTemporaryDir m_dir;
    Test::CodedProject m_fixture;
};

void TestExcerptModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const Core::Status created = m_fixture.create(m_dir.filePath(QStringLiteral("model.marginalia")));
    QVERIFY2(created, qPrintable(created.error()));
}

void TestExcerptModel::reload_listsPassagesInDocumentOrderWithExactText()
{
    Ui::ExcerptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_fixture.project.get());
    model.setFilter({.codeId = m_fixture.protection, .includeSubcodes = true});
    QVERIFY(model.reload());

    QCOMPARE(model.totalCount(), 6);
    QCOMPARE(model.documentCount(), 2);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(Ui::ExcerptModel::ColumnCount));
    const QStringList expected{QStringLiteral("Early identification"), QStringLiteral("identification of victims"),
                               QStringLiteral("حماية الضحايا"),        QStringLiteral("👧 unaccompanied minors"),
                               QStringLiteral("identification"),       QStringLiteral("protection")};
    for (int row = 0; row < expected.size(); ++row)
        QCOMPARE(model.index(row, 0).data(Ui::ExcerptModel::PassageRole).toString(), expected.at(row));

    const auto cell = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(cell(0, Ui::ExcerptModel::DocumentColumn), QStringLiteral("Vienna statement"));
    QCOMPARE(cell(0, Ui::ExcerptModel::CodeColumn), QStringLiteral("Protection/Identification"));
    QCOMPARE(cell(0, Ui::ExcerptModel::CoderColumn), QStringLiteral("bob"));
    QCOMPARE(cell(3, Ui::ExcerptModel::DocumentColumn), QStringLiteral("Action plan"));
    QCOMPARE(cell(3, Ui::ExcerptModel::CodeColumn), QStringLiteral("Protection/Children"));
    QCOMPARE(model.index(3, Ui::ExcerptModel::CodeColumn).data(Qt::DecorationRole).value<QColor>(),
             QColor(QStringLiteral("#E15759")));

    // Offsets are code points: "👧" is one, though two UTF-16 units.
    const QModelIndex child = model.index(3, 0);
    QCOMPARE(child.data(Ui::ExcerptModel::StartRole).toLongLong(), 13);
    QCOMPARE(child.data(Ui::ExcerptModel::EndRole).toLongLong(), 13 + 22);
    QCOMPARE(child.data(Ui::ExcerptModel::DocumentIdRole).toLongLong(), m_fixture.planId);
    QCOMPARE(child.data(Ui::ExcerptModel::CoderIdRole).toLongLong(), m_fixture.alice);
    QCOMPARE(child.data(Ui::ExcerptModel::CodeIdRole).toLongLong(), m_fixture.children);

    // The tooltip has the passage, escaped, and the coding's memo.
    const QString tip = model.index(1, 0).data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(QStringLiteral("identification of victims")));
    QVERIFY(tip.contains(QStringLiteral("overlaps bob's")));

    model.setFilter({.codeId = m_fixture.protection});
    QVERIFY(model.reload());
    QCOMPARE(model.totalCount(), 2);
    model.setFilter({.codeId = m_fixture.protection, .includeSubcodes = true, .coderId = m_fixture.bob});
    QVERIFY(model.reload());
    QCOMPARE(model.totalCount(), 2);
    model.setFilter({.documentId = m_fixture.viennaId,
                     .codeId = m_fixture.protection,
                     .includeSubcodes = true,
                     .coderId = m_fixture.alice});
    QVERIFY(model.reload());
    QCOMPARE(model.totalCount(), 2);
    QCOMPARE(model.documentCount(), 1);
}

void TestExcerptModel::passageLine_highlightsTheCodedPartInItsContext()
{
    Ui::ExcerptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_fixture.project.get());
    model.setFilter({.documentId = m_fixture.viennaId, .codeId = m_fixture.protection, .includeSubcodes = true});
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 3);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, Ui::ExcerptModel::PassageColumn);
        const QString line = index.data().toString();
        const int start = index.data(Ui::ExcerptModel::HighlightStartRole).toInt();
        const int length = index.data(Ui::ExcerptModel::HighlightLengthRole).toInt();
        QCOMPARE(line.mid(start, length), index.data(Ui::ExcerptModel::PassageRole).toString());
        QVERIFY(!line.contains(u'\n'));
    }
    // Context stays in the passage's paragraph: the Arabic one whole, with neither neighbour.
    QCOMPARE(model.index(2, Ui::ExcerptModel::PassageColumn).data().toString(),
             QStringLiteral("الفقرة ٢: حماية الضحايا واجب على الدول."));
    QCOMPARE(model.index(0, Ui::ExcerptModel::PassageColumn).data().toString(),
             QStringLiteral("1. 🌍 Early identification of victims protects them."));

    // A passage across a paragraph break is on one line, the break a space.
    const qint64 crossing = m_fixture.addCoding(m_fixture.viennaId, m_fixture.vienna, QStringLiteral("them.\nالفقرة"),
                                                m_fixture.nonRefoulement, m_fixture.bob);
    model.setFilter({.documentId = m_fixture.viennaId, .codeId = m_fixture.nonRefoulement});
    QVERIFY(model.reload());
    const QModelIndex across = model.index(int(model.rowOfCoding(crossing)), Ui::ExcerptModel::PassageColumn);
    QCOMPARE(across.data(Ui::ExcerptModel::PassageRole).toString(), QStringLiteral("them.\nالفقرة"));
    QVERIFY(across.data().toString().contains(QStringLiteral("protects them. الفقرة ٢:")));
    QVERIFY(m_fixture.project->removeCoding(crossing));
}

void TestExcerptModel::context_neverSplitsACharacterAndStartsOnAWord()
{
    Ui::ExcerptModel model;
    model.setProject(m_fixture.project.get());
    model.setFilter({.documentId = m_fixture.planId, .codeId = m_fixture.identification, .coderId = m_fixture.bob});
    for (int context = 0; context <= 20; ++context) {
        model.setContextLength(context);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex index = model.index(0, Ui::ExcerptModel::PassageColumn);
        const QString line = index.data().toString();
        const int start = index.data(Ui::ExcerptModel::HighlightStartRole).toInt();
        QCOMPARE(line.mid(start, 14), QStringLiteral("identification"));
        for (qsizetype i = 0; i < line.size(); ++i) {
            QVERIFY2(!line.at(i).isHighSurrogate() || (i + 1 < line.size() && line.at(i + 1).isLowSurrogate()),
                     qPrintable(line));
            QVERIFY2(!line.at(i).isLowSurrogate() || (i > 0 && line.at(i - 1).isHighSurrogate()), qPrintable(line));
        }
        // Cut context begins after an ellipsis on a whole word, never in the middle of one.
        if (line.startsWith(QChar(0x2026)) && start > 1) {
            const QString before = m_fixture.plan.left(m_fixture.plan.indexOf(QStringLiteral("identification")));
            const QString shown = line.mid(1, start - 1);
            QVERIFY2(before.endsWith(shown), qPrintable(line));
            QVERIFY2(before.at(before.size() - shown.size() - 1).isSpace(), qPrintable(line));
        }
    }
    model.setContextLength(0);
    QVERIFY(model.reload());
    QCOMPARE(model.index(0, Ui::ExcerptModel::PassageColumn).data().toString(),
             QStringLiteral("\u2026identification\u2026"));
}

void TestExcerptModel::longPassage_isShortenedOnTheLineButWholeInPassageRole()
{
    QString text;
    for (int i = 0; i < 100; ++i)
        text += QStringLiteral("word%1 𝄞 ").arg(i);
    Core::NewDocument document;
    document.name = QStringLiteral("long");
    document.text = text;
    const qint64 documentId = m_fixture.project->addDocument(document)->id;
    const qint64 codeId = m_fixture.project->addCode(QStringLiteral("Long"))->id;
    const qint64 codePoints = Core::TextOffsets::codePointLength(text);
    QVERIFY(m_fixture.project->addCoding({documentId, codeId, m_fixture.alice, 0, codePoints, {}, {}, {}}));

    Ui::ExcerptModel model;
    model.setProject(m_fixture.project.get());
    model.setFilter({.codeId = codeId});
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex index = model.index(0, Ui::ExcerptModel::PassageColumn);
    QCOMPARE(index.data(Ui::ExcerptModel::PassageRole).toString(), text);
    const QString line = index.data().toString();
    QVERIFY(line.size() < 400);
    QVERIFY(line.contains(QStringLiteral(" \u2026 ")));
    QVERIFY(line.startsWith(QStringLiteral("word0 𝄞 word1")));
    QVERIFY(line.trimmed().endsWith(QStringLiteral("word99 𝄞")));
    QVERIFY(m_fixture.project->deleteCode(codeId));
    QVERIFY(m_fixture.project->removeDocument(documentId));
}

void TestExcerptModel::pages_nameThePagesAPassageSpans()
{
    Ui::ExcerptModel model;
    model.setProject(m_fixture.project.get());
    model.setFilter({.documentId = m_fixture.viennaId});
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, Ui::ExcerptModel::PagesColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(2, Ui::ExcerptModel::PagesColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(3, Ui::ExcerptModel::PagesColumn).data().toString(), QStringLiteral("2"));

    // A coding across the page break names both pages; an unpaged document names none.
    const qint64 crossing = m_fixture.addCoding(m_fixture.viennaId, m_fixture.vienna, QStringLiteral("them.\nالفقرة"),
                                                m_fixture.nonRefoulement, m_fixture.bob);
    QVERIFY(model.reload());
    const qsizetype row = model.rowOfCoding(crossing);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(int(row), Ui::ExcerptModel::PagesColumn).data().toString(), QStringLiteral("1\u20132"));
    QVERIFY(m_fixture.project->removeCoding(crossing));
    model.setFilter({.documentId = m_fixture.planId});
    QVERIFY(model.reload());
    QCOMPARE(model.index(0, Ui::ExcerptModel::PagesColumn).data().toString(), QString());
}

void TestExcerptModel::fetchMore_loadsTextInChunks()
{
    Ui::ExcerptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChunkSize(2);
    model.setProject(m_fixture.project.get());
    model.setFilter({.codeId = m_fixture.protection, .includeSubcodes = true});
    QVERIFY(model.reload());
    QCOMPARE(model.totalCount(), 6);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 3);
    // Row 3 starts the second document: its text is cut from that document, not the first.
    QCOMPARE(model.index(3, 0).data(Ui::ExcerptModel::PassageRole).toString(),
             QStringLiteral("👧 unaccompanied minors"));
    model.fetchUntil(100);
    QCOMPARE(model.rowCount(), 6);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(5, 0).data(Ui::ExcerptModel::PassageRole).toString(), QStringLiteral("protection"));
    QCOMPARE(model.rowOfCoding(model.index(4, 0).data(Ui::ExcerptModel::CodingIdRole).toLongLong()), 4);
    QCOMPARE(model.rowOfCoding(-5), -1);
}

void TestExcerptModel::manyCodings_loadOnlyWhatIsShown()
{
    // 20,000 codings in one document: reload keeps ids and offsets of all of them and text for one chunk.
    QString text;
    for (int i = 0; i < 20000; ++i)
        text += QStringLiteral("Para %1 🌍 refugees. ").arg(i, 5, 10, QLatin1Char('0'));
    Core::NewDocument document;
    document.name = QStringLiteral("many");
    document.text = text;
    const qint64 documentId = m_fixture.project->addDocument(document)->id;
    const qint64 codeId = m_fixture.project->addCode(QStringLiteral("Many"))->id;
    QList<Core::NewCoding> codings;
    const qint64 stride = Core::TextOffsets::codePointLength(QStringLiteral("Para 00000 🌍 refugees. "));
    for (qint64 i = 0; i < 20000; ++i)
        codings.append({documentId,
                        codeId,
                        i % 2 ? m_fixture.alice : m_fixture.bob,
                        i * stride + 11,
                        i * stride + 22,
                        {},
                        {},
                        {}});
    QCOMPARE(*m_fixture.project->addCodings(codings), qint64(20000));

    Ui::ExcerptModel model;
    model.setProject(m_fixture.project.get());
    model.setFilter({.codeId = codeId});
    QElapsedTimer timer;
    timer.start();
    QVERIFY(model.reload());
    qInfo("reload of 20,000 passages: %lld ms", qlonglong(timer.elapsed()));
    QCOMPARE(model.totalCount(), 20000);
    QCOMPARE(model.rowCount(), Ui::ExcerptModel::DefaultChunkSize);
    QCOMPARE(model.index(0, 0).data(Ui::ExcerptModel::PassageRole).toString(), QStringLiteral("🌍 refugees."));
    timer.restart();
    model.fetchUntil(20000);
    qInfo("text of all 20,000 passages: %lld ms", qlonglong(timer.elapsed()));
    QCOMPARE(model.rowCount(), 20000);
    QCOMPARE(model.index(19999, 0).data(Ui::ExcerptModel::PassageRole).toString(), QStringLiteral("🌍 refugees."));
    QVERIFY(model.index(19999, Ui::ExcerptModel::PassageColumn)
                .data()
                .toString()
                .contains(QStringLiteral("refugees. Para 19999 🌍 refugees.")));
    QVERIFY(m_fixture.project->deleteCode(codeId));
    QVERIFY(m_fixture.project->removeDocument(documentId));
}

void TestExcerptModel::clearAndProjectChanges_keepTheModelConsistent()
{
    Ui::ExcerptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_fixture.project.get());
    model.setFilter({.codeId = m_fixture.identification});
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 3);
    const qint64 added = m_fixture.addCoding(m_fixture.planId, m_fixture.plan, QStringLiteral("unaccompanied"),
                                             m_fixture.identification, m_fixture.alice);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(m_fixture.project->removeCoding(added));
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 3);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 3);
    model.setProject(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.index(0, 0).data(), QVariant());
}

QTEST_MAIN(TestExcerptModel)
#include "tst_excerptmodel.moc"
