// The CSV exports byte for byte, against files kept in tests/golden/csv/: their columns are a contract
// with users' scripts, and their quoting, line endings and formula guard are what a spreadsheet reads.
// A change to them is made on purpose: scripts/update-golden.sh writes the files anew from this test,
// and the diff is reviewed like any other.

#include "analysis/frequencies.h"
#include "export/csvexport.h"
#include "store/project.h"
#include "text/textoffsets.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia::Core;

class TestCsvGolden final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exports_data();
    void exports();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

namespace {

QDateTime at(int minute)
{
    // From text: QTimeZone::UTC is Qt 6.5, and the Qt::TimeSpec constructor is deprecated in 6.8.
    return QDateTime::fromString(QStringLiteral("2026-11-30T09:%1:02.517Z").arg(minute, 2, 10, QLatin1Char('0')),
                                 Qt::ISODateWithMs);
}

QString guid(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

} // namespace

void TestCsvGolden::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto created = Project::create(m_dir.filePath(QStringLiteral("golden.marginalia")));
    QVERIFY(created);
    m_project = std::move(*created);
    Project &project = *m_project;

    // Text a spreadsheet must read as it is: outside the BMP, right to left, quotes, commas, a line
    // break inside a passage, and passages that begin like formulas.
    const QString vienna
        = QStringLiteral("1. 🌍 Early identification of victims, \"as soon as possible\", protects them.\n"
                         "الفقرة ٢: حماية الضحايا واجب على الدول.\n"
                         "=SUM(A1) -5 @home 𠀋 non-refoulement applies to everyone.");
    NewDocument viennaDocument;
    viennaDocument.name = QStringLiteral("Vienna, statement");
    viennaDocument.text = vienna;
    viennaDocument.pageStarts = {TextOffsets(vienna).toCodePoint(vienna.indexOf(u'\n') + 1)};
    viennaDocument.pageCount = 2;
    const qint64 viennaId = project.addDocument(viennaDocument)->id;
    NewDocument planDocument;
    planDocument.name = QStringLiteral("Action plan");
    planDocument.text = QStringLiteral("Children and 👧 unaccompanied minors need guardians.");
    const qint64 planId = project.addDocument(planDocument)->id;

    const qint64 protection = project.addCode(QStringLiteral("Protection"), 0, QStringLiteral("#4E79A7"))->id;
    const qint64 identification
        = project.addCode(QStringLiteral("Identification"), protection, QStringLiteral("#F28E2B"))->id;
    const qint64 children
        = project.addCode(QStringLiteral("Children, \"minors\""), protection, QStringLiteral("#B22222"))->id;
    const qint64 formula = project.addCode(QStringLiteral("=Formula"), 0, QStringLiteral("#59A14F"))->id;
    const qint64 alice = project.ensureCoder(QStringLiteral("alice"), guid(901))->id;
    const qint64 bob = project.ensureCoder(QStringLiteral("bob"), guid(902))->id;

    auto code = [&](qint64 document, const QString &text, const QString &phrase, qint64 codeId, qint64 coder,
                    const QString &memo, int n) {
        const qsizetype from = text.indexOf(phrase);
        QVERIFY2(from >= 0, qPrintable(phrase));
        const TextOffsets offsets(text);
        const auto added = project.addCoding({document, codeId, coder, offsets.toCodePoint(from),
                                              offsets.toCodePoint(from + phrase.size()), memo, guid(n), at(n)});
        QVERIFY2(added && added->has_value(), qPrintable(added ? QStringLiteral("duplicate") : added.error()));
    };
    code(viennaId, vienna, QStringLiteral("Early identification of victims"), identification, alice,
         QStringLiteral("Compare with \"screening\",\nsee p. 2"), 1);
    code(viennaId, vienna, QStringLiteral("identification of victims, \"as soon as possible\""), identification, bob,
         {}, 2);
    code(viennaId, vienna, QStringLiteral("protects them.\nالفقرة ٢"), protection, alice, {}, 3);
    code(viennaId, vienna, QStringLiteral("=SUM(A1) -5 @home"), formula, bob,
         QStringLiteral("-a memo that looks negative"), 4);
    code(viennaId, vienna, QStringLiteral("𠀋 non-refoulement"), protection, bob, {}, 5);
    code(planId, planDocument.text, QStringLiteral("Children and 👧 unaccompanied minors"), children, alice, {}, 6);
    code(planId, planDocument.text, QStringLiteral("unaccompanied minors"), children, bob, {}, 7);
}

void TestCsvGolden::exports_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("excerpts") << QStringLiteral("excerpts.csv");
    QTest::newRow("excerpts, raw, with BOM") << QStringLiteral("excerpts-raw-bom.csv");
    QTest::newRow("excerpts of a code with subcodes") << QStringLiteral("excerpts-protection.csv");
    QTest::newRow("frequencies by code") << QStringLiteral("frequencies-by-code.csv");
    QTest::newRow("frequencies by document") << QStringLiteral("frequencies-by-document.csv");
    QTest::newRow("frequencies by coder") << QStringLiteral("frequencies-by-coder.csv");
}

void TestCsvGolden::exports()
{
    QFETCH(QString, file);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Status written = success();
    CsvExport::Options options;
    if (file.startsWith(QLatin1String("excerpts"))) {
        CodingFilter filter;
        if (file == QLatin1String("excerpts-raw-bom.csv")) {
            options.formulaGuard = CsvWriter::FormulaGuard::Off;
            options.byteOrderMark = true;
        } else if (file == QLatin1String("excerpts-protection.csv")) {
            filter.codeId = m_project->codes().first().id;
            filter.includeSubcodes = true;
        }
        written = CsvExport::writeExcerpts(*m_project, filter, &buffer, options);
    } else {
        const auto frequencies = Frequencies::compute(*m_project);
        QVERIFY(frequencies);
        if (file == QLatin1String("frequencies-by-code.csv"))
            written = CsvExport::writeFrequenciesByCode(*frequencies, &buffer, options);
        else if (file == QLatin1String("frequencies-by-document.csv"))
            written = CsvExport::writeFrequenciesByDocument(*frequencies, &buffer, options);
        else
            written = CsvExport::writeFrequenciesByCoder(*frequencies, &buffer, options);
    }
    QVERIFY2(written, qPrintable(written.error()));

    const QString golden = QStringLiteral(MARGINALIA_TEST_SOURCE_DIR) + QStringLiteral("/golden/csv/") + file;
    if (qEnvironmentVariableIntValue("MARGINALIA_UPDATE_GOLDEN") == 1) {
        QFile out(golden);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(buffer.data());
        qInfo("wrote %s", qPrintable(golden));
        return;
    }
    QFile expected(golden);
    QVERIFY2(expected.open(QIODevice::ReadOnly),
             qPrintable(golden + QStringLiteral(" is missing: scripts/update-golden.sh makes it")));
    const QByteArray want = expected.readAll();
    if (buffer.data() != want) {
        // Where they part, so that the failure says what changed.
        qsizetype at = 0;
        while (at < want.size() && at < buffer.data().size() && want.at(at) == buffer.data().at(at))
            ++at;
        QFAIL(qPrintable(QStringLiteral("%1 differs from the export at byte %2:\n  golden: %3\n  export: %4")
                             .arg(golden)
                             .arg(at)
                             .arg(QString::fromUtf8(want.mid(std::max<qsizetype>(0, at - 20), 80)),
                                  QString::fromUtf8(buffer.data().mid(std::max<qsizetype>(0, at - 20), 80)))));
    }
}

QTEST_GUILESS_MAIN(TestCsvGolden)
#include "tst_csvgolden.moc"
