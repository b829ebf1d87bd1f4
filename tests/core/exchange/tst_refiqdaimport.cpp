#include "archive/ziparchive.h"
#include "archive/zipwriter.h"
#include "exchange/refiqdaexporter.h"
#include "exchange/refiqdaimporter.h"
#include "model/codetree.h"
#include "store/project.h"
#include "text/textoffsets.h"
#include "tst_refiqdasupport.h"

#include <QDir>
#include <QDirIterator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Marginalia::Core;
using namespace Marginalia::Test;

namespace {

using Entries = QList<std::pair<QString, QByteArray>>;

/// Writes a ZIP with exactly these entry names, hostile ones included (QuaZip checks nothing).
bool writeRawZip(const QString &path, const Entries &entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, data] : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        if (file.write(data) != data.size())
            return false;
        file.close();
        if (file.getZipError() != 0)
            return false;
    }
    zip.close();
    return zip.getZipError() == 0;
}

/// A coded passage of an imported project, as "document|code path|coder|text|memo".
QStringList excerpts(const Project &project)
{
    const CodeTree tree(project.codes());
    QHash<qint64, QString> coders;
    for (const Coder &coder : project.coders())
        coders.insert(coder.id, coder.name);
    QStringList result;
    for (const Coding &coding : project.codings()) {
        const Document document = *project.document(coding.documentId);
        result.append(QStringList{document.name, tree.path(coding.codeId), coders.value(coding.coderId),
                                  TextOffsets::slice(*project.documentText(document.id), coding.start, coding.end),
                                  coding.memo}
                          .join(u'|'));
    }
    result.sort();
    return result;
}

QByteArray qde(const QByteArray &body, const QByteArray &attributes = "name=\"Quirks\"")
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" " + attributes + ">"
        + body + "</Project>";
}

/// Everything below @p folder, relative, so that a test can prove nothing was written beside it.
QStringList filesBelow(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(folder).relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace

class TestRefiQdaImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void sample_qualitativeCodingDemo_importsEveryCodeAndCoding();
    void sample_qualitativeCodingDemo_exportsValidAndRoundTrips();
    void sample_handAuthored_fromItsFolder();
    void sample_handAuthored_zipped();
    void quirks_ofRealExports_areAcceptedAndReported();
    void crlf_positionsCountingCrlfAsOne_areDetectedFromSelectionNames();
    void peerFacts_noColourFoldersAndCreation_areKeptAndExportedBack();
    void memoInNoteAndDescription_isKeptOnce();
    void positions_utf16UnitsOrCodePoints_areToldByTheText_data();
    void positions_utf16UnitsOrCodePoints_areToldByTheText();
    void positions_textOutsideBmpWithoutSelections_nothingDependsOnTheReading();
    void externalAndEscapingPaths_areNeverRead();
    void hostileArchive_isRefusedAndWritesNothing_data();
    void hostileArchive_isRefusedAndWritesNothing();
    void existingTarget_isRefusedAndLeftAlone();
    void roundTrip_attributesCasesAndSets_comeBackWithTheirGuids();
    void variables_badValueAndOneUsedBySourcesAndCases_areReported();
    void cancelled_leavesNothingBehind();

private:
    /// Imports @p source into a fresh project and opens it.
    std::unique_ptr<Project> import(const QString &source, RefiQdaReport *report = nullptr);

    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestRefiQdaImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Project> TestRefiQdaImport::import(const QString &source, RefiQdaReport *report)
{
    const QString target = m_dir.filePath(QStringLiteral("imported-%1.marginalia").arg(++m_counter));
    auto imported = RefiQdaImporter::importProject(source, target);
    if (!imported) {
        qWarning("%s", qPrintable(imported.error()));
        return nullptr;
    }
    if (report)
        *report = *imported;
    auto project = Project::open(target);
    if (!project) {
        qWarning("%s", qPrintable(project.error()));
        return nullptr;
    }
    return std::move(*project);
}

void TestRefiQdaImport::sample_qualitativeCodingDemo_importsEveryCodeAndCoding()
{
    MARGINALIA_SKIP_WITHOUT_REFI_QDA();
    RefiQdaReport report;
    auto project = import(refiQdaPath(QStringLiteral("samples/qualitative-coding-demo.qdpx")), &report);
    QVERIFY(project);
    QVERIFY(project->check().isEmpty());
    QCOMPARE(project->codes().size(), 262);
    QCOMPARE(project->codings().size(), 205);
    QCOMPARE(report.codes, 262);
    QCOMPARE(report.codings, 205);
    QCOMPARE(report.documents, 2);
    QVERIFY2(report.isComplete(), qPrintable(report.lines().join(u'\n')));
    // Not conformant: paths without internal:// and sources without a name, both named in the report.
    QCOMPARE(report.adjustedCount(QStringLiteral("plainTextPath")), 2);
    QCOMPARE(report.adjustedCount(QStringLiteral("source-name")), 2);

    QCOMPARE(project->coders().size(), 1);
    QCOMPARE(project->coders().first().name, QStringLiteral("cp"));
    QCOMPARE(project->coders().first().guid, QStringLiteral("39633935-3331-3962-6632-373436373264"));
    const auto board = project->documentByName(QStringLiteral("board_2017"));
    QVERIFY(board);
    QCOMPARE(board->length, 52543);
    QCOMPARE(board->codingCount, 205);
    QVERIFY(project->documentByName(QStringLiteral("admin-1")));

    // 158 selections: the 205 codings fall on 158 distinct ranges.
    QSet<std::pair<qint64, qint64>> ranges;
    for (const Coding &coding : project->codings())
        ranges.insert({coding.start, coding.end});
    QCOMPARE(ranges.size(), 158);

    const CodeTree tree(project->codes());
    const Code *fun = tree.findByPath(QStringLiteral("rq2_curriculum_and_instruction/pedagogy/fun"));
    QVERIFY(fun);
    QCOMPARE(fun->guid, QStringLiteral("37613432-3130-6635-3839-613934656566"));
    const QString text = *project->documentText(board->id);
    CodingFilter filter;
    filter.codeId = fun->id;
    const QList<Coding> funCodings = project->codings(filter);
    QVERIFY(!funCodings.isEmpty());
    QCOMPARE(funCodings.first().start, 320);
    QCOMPARE(TextOffsets::slice(text, 320, 400),
             QStringLiteral("This district goal is engage every student in joyful, purposeful learning that \n"));
    // Four codes on one line (selection "line:836").
    int onLine836 = 0;
    for (const Coding &coding : project->codings()) {
        if (coding.start == 51235 && coding.end == 51315)
            ++onLine836;
    }
    QCOMPARE(onLine836, 4);
    QCOMPARE(TextOffsets::slice(text, 51235, 51315),
             QStringLiteral("issue with introducing computer science through our math programs is precisely \n"));
    QVERIFY(tree.findByPath(QStringLiteral("rq1_definition/concepts/abstraction")));
}

void TestRefiQdaImport::sample_qualitativeCodingDemo_exportsValidAndRoundTrips()
{
    MARGINALIA_SKIP_WITHOUT_REFI_QDA();
    auto project = import(refiQdaPath(QStringLiteral("samples/qualitative-coding-demo.qdpx")));
    QVERIFY(project);
    const QString file = m_dir.filePath(QStringLiteral("demo-again.qdpx"));
    auto report = RefiQdaExporter::exportProject(*project, file);
    QVERIFY2(report, qPrintable(report.error()));
    auto zip = ZipArchive::open(file);
    QVERIFY(zip);
    const QString qdePath = m_dir.filePath(QStringLiteral("demo-again.qde"));
    QVERIFY(writeFile(qdePath, *(*zip)->read(QStringLiteral("project.qde"))));
    MARGINALIA_VALIDATE_XSD(refiQdaPath(QStringLiteral("Project.xsd")), qdePath);

    auto again = import(file);
    QVERIFY(again);
    QCOMPARE(excerpts(*again), excerpts(*project));
    QCOMPARE(again->codes().size(), 262);
}

void TestRefiQdaImport::sample_handAuthored_fromItsFolder()
{
    MARGINALIA_SKIP_WITHOUT_REFI_QDA();
    RefiQdaReport report;
    auto project = import(refiQdaPath(QStringLiteral("samples/hand-authored")), &report);
    QVERIFY(project);
    QCOMPARE(project->name(), QStringLiteral("Sample Study"));
    QCOMPARE(project->projectMemo(), QStringLiteral("Remember to follow up on diet-related comments."));
    QCOMPARE(project->coders().size(), 1);
    QCOMPARE(project->codes().size(), 4);

    // The text source, the PDF's text representation and the audio transcript become documents.
    QCOMPARE(report.documents, 3);
    const auto interview = project->documentByName(QStringLiteral("Interview 1.txt"));
    QVERIFY(interview);
    QCOMPARE(interview->guid, QStringLiteral("40000000-0000-0000-0000-000000000001"));
    QCOMPARE(interview->imported, QDateTime(QDate(2024, 1, 15), QTime(10, 5), QTimeZone::utc()));
    const auto pdf = project->documentByName(QStringLiteral("doc.pdf"));
    QVERIFY(pdf);
    QCOMPARE(*project->documentText(pdf->id), QStringLiteral("Notes about diet and health from the document."));
    QVERIFY(project->documentByName(QStringLiteral("interview.m4a (transcript)")));

    // The overlapping selections 0-15 and 9-23, and the transcript selection between sync points 0 and 20.
    QCOMPARE(excerpts(*project),
             (QStringList{
                 QStringLiteral("Interview 1.txt|Topics/Health/Diet|Researcher A|health are clo|"),
                 QStringLiteral("Interview 1.txt|Topics/Health|Researcher A|Diet and health|"),
                 QStringLiteral("interview.m4a (transcript)|Topics/Health/Diet|Researcher A|Diet and health are |")}));
    const CodeTree tree(project->codes());
    QCOMPARE(tree.findByPath(QStringLiteral("Topics/Health/Diet"))->color, QStringLiteral("#DC0000"));
    QCOMPARE(tree.findByPath(QStringLiteral("Topics/Health"))->description,
             QStringLiteral("Anything about physical or mental health"));

    // Everything it cannot map is named and counted.
    QCOMPARE(report.notMappedCount(QStringLiteral("PictureSource")), 1);
    QCOMPARE(report.notMappedCount(QStringLiteral("PictureSelection")), 1);
    QCOMPARE(report.notMappedCount(QStringLiteral("PDFSelection")), 1);
    QCOMPARE(report.notMappedCount(QStringLiteral("AudioSource")), 1);
    QCOMPARE(report.notMappedCount(QStringLiteral("AudioSelection")), 1);
    QCOMPARE(report.notMappedCount(QStringLiteral("VideoSource")), 1);
    QCOMPARE(report.notMappedCount(QStringLiteral("VideoSelection")), 1);
    QCOMPARE(report.notMappedCount(QStringLiteral("media-coding")), 4);
    QCOMPARE(report.notMappedCount(QStringLiteral("Link")), 1);
    QCOMPARE(report.notMappedCount(QStringLiteral("Graph")), 1);

    // The variables have values on the case only: case attributes, Integer as a number.
    QVERIFY(project->attributes(AttributeTarget::Document).isEmpty());
    const QList<Attribute> caseAttributes = project->attributes(AttributeTarget::Case);
    QCOMPARE(caseAttributes.size(), 2);
    QCOMPARE(caseAttributes.at(0).name, QStringLiteral("Age"));
    QCOMPARE(caseAttributes.at(0).type, AttributeType::Number);
    QCOMPARE(caseAttributes.at(0).guid, QStringLiteral("30000000-0000-0000-0000-000000000001"));
    QCOMPARE(caseAttributes.at(1).name, QStringLiteral("Consented"));
    QCOMPARE(caseAttributes.at(1).type, AttributeType::Boolean);
    QCOMPARE(report.attributes, 2);
    QCOMPARE(report.cases, 1);
    // The case: its description as memo, its values, the interview whole and its first selection as a
    // passage; the code it names is reported.
    QCOMPARE(project->cases().size(), 1);
    const Case participant = project->cases().constFirst();
    QCOMPARE(participant.name, QStringLiteral("Participant 1"));
    QCOMPARE(participant.guid, QStringLiteral("d0000000-0000-0000-0000-000000000001"));
    QCOMPARE(participant.memo, QStringLiteral("A pseudonymised interview participant."));
    QStringList values;
    for (const CaseAttributeValue &value : project->caseAttributeValues())
        values.append(value.value);
    QCOMPARE(values, (QStringList{QStringLiteral("34"), QStringLiteral("yes")}));
    QStringList members;
    for (const CaseMember &member : project->caseMembers(participant.id))
        members.append(QStringLiteral("%1 %2-%3")
                           .arg(project->document(member.documentId)->name)
                           .arg(member.start)
                           .arg(member.end));
    QCOMPARE(members, (QStringList{QStringLiteral("Interview 1.txt 0-0"), QStringLiteral("Interview 1.txt 0-15")}));
    QCOMPARE(report.notMappedCount(QStringLiteral("case-CodeRef")), 1);
    // The set of a code and a source: a set of documents and a code set, one name.
    QCOMPARE(project->documentSets().size(), 1);
    QCOMPARE(project->documentSets().constFirst().name, QStringLiteral("Diet-related"));
    QCOMPARE(project->documentSets().constFirst().guid, QStringLiteral("c0000000-0000-0000-0000-000000000001"));
    QCOMPARE(project->documentSets().constFirst().documentIds, QList<qint64>{interview->id});
    QCOMPARE(project->codeSets().size(), 1);
    QCOMPARE(project->codeSets().constFirst().name, QStringLiteral("Diet-related"));
    QCOMPARE(project->codeSets().constFirst().codeIds,
             QList<qint64>{tree.findByPath(QStringLiteral("Topics/Health/Diet"))->id});
    QCOMPARE(report.adjustedCount(QStringLiteral("set-split")), 1);
    QCOMPARE(report.sets, 2);
    QVERIFY(!tree.findByPath(QStringLiteral("Topics"))->codable); // isCodable="false": a folder, kept
    QVERIFY(tree.findByPath(QStringLiteral("Topics/Health"))->codable);
    QCOMPARE(report.adjustedCount(QStringLiteral("PDFSource")), 1);
    QCOMPARE(report.adjustedCount(QStringLiteral("Transcript")), 1);
    const QString lines = report.lines().join(u'\n');
    QVERIFY2(lines.contains(QLatin1String("\"photo.jpg\"")), qPrintable(lines));
    QVERIFY2(lines.contains(QLatin1String("\"Diet-related\"")), qPrintable(lines));
}

void TestRefiQdaImport::sample_handAuthored_zipped()
{
    MARGINALIA_SKIP_WITHOUT_REFI_QDA();
    const QString folder = refiQdaPath(QStringLiteral("samples/hand-authored"));
    const QString file = m_dir.filePath(QStringLiteral("hand-authored.qdpx"));
    {
        ZipWriter zip(file);
        QVERIFY(zip.open());
        for (const QString &name : filesBelow(folder))
            QVERIFY(zip.addFile(name, readFile(folder + u'/' + name)));
        QVERIFY(zip.commit());
    }
    RefiQdaReport fromZip;
    auto zipped = import(file, &fromZip);
    QVERIFY(zipped);
    auto unzipped = import(folder);
    QVERIFY(unzipped);
    QCOMPARE(excerpts(*zipped), excerpts(*unzipped));
    QCOMPARE(fromZip.documents, 3);
    QCOMPARE(fromZip.notMappedCount(QStringLiteral("PictureSource")), 1);
    QCOMPARE(zipped->cases().size(), 1);
    QCOMPARE(zipped->caseMembers().size(), 2);
}

void TestRefiQdaImport::quirks_ofRealExports_areAcceptedAndReported()
{
    // One archive with what real exports do: a .qde named after the project, "Sources/" in capitals, GUIDs
    // in braces and upper case, a path without internal://, a BOM, CRLF line endings counted as two code
    // points, a Windows-1252 source, a memo in a selection's Description, a note in its own file, a
    // zero-length selection, one outside the text, a coding of a code that is not in the codebook, codings
    // without a creating user, and a coding GUID used twice.
    const QByteArray crlfText
        = QByteArrayLiteral("\xEF\xBB\xBFLine one\r\nLine two\r\nLine three \xF0\x9F\x8C\x8D end\r\n");
    const QByteArray xml = qde(QByteArrayLiteral(
        "<Users><User guid=\"{10000000-0000-0000-0000-00000000000A}\" name=\"Ana\"/>"
        "<User guid=\"10000000-0000-0000-0000-00000000000B\" name=\"Ben\"/></Users>"
        "<CodeBook><Codes><Code guid=\"{20000000-0000-0000-0000-00000000000A}\" name=\"Lines\" isCodable=\"true\">"
        "<NoteRef targetGUID=\"{A0000000-0000-0000-0000-000000000002}\"/></Code></Codes></CodeBook>"
        "<Sources>"
        "<TextSource guid=\"{40000000-0000-0000-0000-00000000000A}\" name=\"CRLF source\" "
        "plainTextPath=\"internal://ABCDEF00-0000-0000-0000-00000000000A.TXT\">"
        // "Line two" is 10-18 and "three 🌍" 25-32 when CRLF counts as two code points.
        "<PlainTextSelection guid=\"{50000000-0000-0000-0000-000000000001}\" startPosition=\"10\" endPosition=\"18\" "
        "creatingUser=\"{10000000-0000-0000-0000-00000000000B}\"><Description>Why line two?</Description>"
        "<Coding guid=\"{60000000-0000-0000-0000-000000000001}\"><CodeRef "
        "targetGUID=\"{20000000-0000-0000-0000-00000000000A}\"/></Coding>"
        "</PlainTextSelection>"
        "<PlainTextSelection guid=\"50000000-0000-0000-0000-000000000002\" startPosition=\"25\" endPosition=\"32\">"
        "<Coding guid=\"60000000-0000-0000-0000-000000000001\" creatingUser=\"10000000-0000-0000-0000-00000000000a\">"
        "<CodeRef targetGUID=\"20000000-0000-0000-0000-00000000000a\"/></Coding></PlainTextSelection>"
        "<PlainTextSelection guid=\"50000000-0000-0000-0000-000000000003\" name=\"empty\" startPosition=\"5\" "
        "endPosition=\"5\">"
        "<Coding guid=\"60000000-0000-0000-0000-000000000003\"><CodeRef "
        "targetGUID=\"20000000-0000-0000-0000-00000000000a\"/></Coding>"
        "</PlainTextSelection>"
        "<PlainTextSelection guid=\"50000000-0000-0000-0000-000000000004\" name=\"outside\" startPosition=\"30\" "
        "endPosition=\"1000\">"
        "<Coding guid=\"60000000-0000-0000-0000-000000000004\"><CodeRef "
        "targetGUID=\"20000000-0000-0000-0000-00000000000a\"/></Coding>"
        "</PlainTextSelection>"
        "<PlainTextSelection guid=\"50000000-0000-0000-0000-000000000005\" name=\"unknown code\" startPosition=\"0\" "
        "endPosition=\"4\">"
        "<Coding guid=\"60000000-0000-0000-0000-000000000005\"><CodeRef "
        "targetGUID=\"99999999-0000-0000-0000-000000000000\"/></Coding>"
        "</PlainTextSelection>"
        "</TextSource>"
        "<TextSource guid=\"40000000-0000-0000-0000-00000000000B\" name=\"Latin\" plainTextPath=\"latin1.txt\">"
        "<PlainTextSelection guid=\"50000000-0000-0000-0000-000000000006\" startPosition=\"0\" endPosition=\"4\">"
        "<Coding guid=\"60000000-0000-0000-0000-000000000006\"><CodeRef "
        "targetGUID=\"20000000-0000-0000-0000-00000000000a\"/></Coding>"
        "</PlainTextSelection></TextSource>"
        "</Sources>"
        "<Notes><Note guid=\"A0000000-0000-0000-0000-000000000002\" name=\"Code note\" "
        "plainTextPath=\"internal://note.txt\"/></Notes>"));
    const QString file = m_dir.filePath(QStringLiteral("quirks.qdpx"));
    QVERIFY(writeRawZip(file,
                        {{QStringLiteral("Quirks Study.QDE"), xml},
                         {QStringLiteral("Sources/ABCDEF00-0000-0000-0000-00000000000A.TXT"), crlfText},
                         {QStringLiteral("Sources/latin1.txt"),
                          QByteArrayLiteral("Caf\xE9 cr\xE8me br\xFBl\xE9"
                                            "e, na\xEFve fa\xE7"
                                            "ade, d\xE9j\xE0 vu.")},
                         {QStringLiteral("Sources/note.txt"), QByteArrayLiteral("A note\r\nin a file.")}}));
    RefiQdaReport report;
    auto project = import(file, &report);
    QVERIFY(project);
    QVERIFY(project->check().isEmpty());

    const auto crlf = project->documentByName(QStringLiteral("CRLF source"));
    QVERIFY(crlf);
    QCOMPARE(crlf->guid, QStringLiteral("40000000-0000-0000-0000-00000000000a"));
    QCOMPARE(*project->documentText(crlf->id), QStringLiteral("Line one\nLine two\nLine three 🌍 end\n"));
    QCOMPARE(excerpts(*project),
             (QStringList{QStringLiteral("CRLF source|Lines|Ana|three 🌍|"),
                          QStringLiteral("CRLF source|Lines|Ben|Line two|Why line two?"),
                          QStringLiteral("Latin|Lines|unknown|Café|")}));
    const CodeTree tree(project->codes());
    QCOMPARE(tree.findByPath(QStringLiteral("Lines"))->guid, QStringLiteral("20000000-0000-0000-0000-00000000000a"));
    QCOMPARE(tree.findByPath(QStringLiteral("Lines"))->memo, QStringLiteral("A note\nin a file."));

    QCOMPARE(report.adjustedCount(QStringLiteral("qde-name")), 1);
    // The deviations docs/refi-qda.md accepts are named too: GUIDs in braces or upper case (users, code, sources,
    // selection, coding, code references), and files found under another case ("Sources/", ".TXT").
    QVERIFY2(report.adjustedCount(QStringLiteral("guid-form")) >= 8, qPrintable(report.lines().join(u'\n')));
    QCOMPARE(report.adjustedCount(QStringLiteral("file-name-case")), 3);
    QCOMPARE(report.adjustedCount(QStringLiteral("bom")), 1);
    QCOMPARE(report.adjustedCount(QStringLiteral("crlf")), 1);
    QCOMPARE(report.adjustedCount(QStringLiteral("encoding")), 1);
    QCOMPARE(report.adjustedCount(QStringLiteral("plainTextPath")), 1);
    QCOMPARE(report.adjustedCount(QStringLiteral("selection-description")), 1);
    QCOMPARE(report.adjustedCount(QStringLiteral("coding-guid")), 1);
    QCOMPARE(report.adjustedCount(QStringLiteral("unknown-user")), 1);
    QCOMPARE(report.notMappedCount(QStringLiteral("empty-selection")), 1);
    QCOMPARE(report.notMappedCount(QStringLiteral("selection-outside")), 1);
    QCOMPARE(report.notMappedCount(QStringLiteral("CodeRef")), 1);
    QCOMPARE(report.codings, 3);
    const QString lines = report.lines().join(u'\n');
    QVERIFY2(lines.contains(QLatin1String("CRLF source: outside [30, 1000) of 38")), qPrintable(lines));
    // The CRLF source has an emoji: its positions are read as code points, which the text shows (the selection
    // ending after the emoji would cut it in two as UTF-16 units).
    QVERIFY2(lines.contains(QLatin1String("Positions: 1 of 2 sources")), qPrintable(lines));
    QCOMPARE(report.positionReadingCount(QStringLiteral("code-points")), 1);
}

void TestRefiQdaImport::crlf_positionsCountingCrlfAsOne_areDetectedFromSelectionNames()
{
    // Some tools count a CRLF as one character. Their selection names quote the text, which tells.
    const QByteArray xml = qde(QByteArrayLiteral(
        "<Users><User guid=\"10000000-0000-0000-0000-000000000001\" name=\"Ana\"/></Users>"
        "<CodeBook><Codes><Code guid=\"20000000-0000-0000-0000-000000000001\" name=\"Greek\" "
        "isCodable=\"true\"/></Codes></CodeBook>"
        "<Sources><TextSource guid=\"40000000-0000-0000-0000-000000000001\" name=\"Letters\" "
        "plainTextPath=\"internal://40000000-0000-0000-0000-000000000001.txt\">"
        "<PlainTextSelection guid=\"50000000-0000-0000-0000-000000000001\" name=\"Delta epsilon zeta\" "
        "startPosition=\"17\" endPosition=\"35\"><Coding guid=\"60000000-0000-0000-0000-000000000001\" "
        "creatingUser=\"10000000-0000-0000-0000-000000000001\"><CodeRef "
        "targetGUID=\"20000000-0000-0000-0000-000000000001\"/>"
        "</Coding></PlainTextSelection>"
        "<PlainTextSelection guid=\"50000000-0000-0000-0000-000000000002\" name=\"Eta theta iota kappa\" "
        "startPosition=\"36\" endPosition=\"56\"><Coding guid=\"60000000-0000-0000-0000-000000000002\" "
        "creatingUser=\"10000000-0000-0000-0000-000000000001\"><CodeRef "
        "targetGUID=\"20000000-0000-0000-0000-000000000001\"/>"
        "</Coding></PlainTextSelection></TextSource></Sources>"));
    const QString file = m_dir.filePath(QStringLiteral("crlf-as-one.qdpx"));
    QVERIFY(writeRawZip(file,
                        {{QStringLiteral("project.qde"), xml},
                         {QStringLiteral("sources/40000000-0000-0000-0000-000000000001.txt"),
                          QByteArrayLiteral("Alpha beta gamma\r\nDelta epsilon zeta\r\nEta theta iota kappa")}}));
    RefiQdaReport report;
    auto project = import(file, &report);
    QVERIFY(project);
    QCOMPARE(excerpts(*project),
             (QStringList{QStringLiteral("Letters|Greek|Ana|Delta epsilon zeta|"),
                          QStringLiteral("Letters|Greek|Ana|Eta theta iota kappa|")}));
    QCOMPARE(report.adjustedCount(QStringLiteral("crlf-as-one")), 1);
}

void TestRefiQdaImport::peerFacts_noColourFoldersAndCreation_areKeptAndExportedBack()
{
    // What another tool says about its project must come back out as it went in: codes without a colour stay
    // without one (no palette colour made up), a folder of codes (isCodable="false") stays a folder, and the
    // project keeps when and by whom it was created.
    const QByteArray xml = qde(
        QByteArrayLiteral(
            "<Users><User guid=\"10000000-0000-0000-0000-000000000001\" name=\"Ana\"/></Users>"
            "<CodeBook><Codes>"
            "<Code guid=\"20000000-0000-0000-0000-000000000001\" name=\"Themes\" isCodable=\"false\">"
            "<Code guid=\"20000000-0000-0000-0000-000000000002\" name=\"Trust\" isCodable=\"true\" color=\"#1A2\"/>"
            "</Code>"
            "<Code guid=\"20000000-0000-0000-0000-000000000003\" name=\"Uncoloured\" isCodable=\"true\"/>"
            "</Codes></CodeBook>"
            "<Sources><TextSource guid=\"40000000-0000-0000-0000-000000000001\" name=\"Talk\">"
            "<PlainTextContent>We trust them.</PlainTextContent>"
            "<PlainTextSelection guid=\"50000000-0000-0000-0000-000000000001\" startPosition=\"3\" endPosition=\"8\">"
            "<Coding guid=\"60000000-0000-0000-0000-000000000001\" "
            "creatingUser=\"10000000-0000-0000-0000-000000000001\">"
            "<CodeRef targetGUID=\"20000000-0000-0000-0000-000000000002\"/></Coding></PlainTextSelection>"
            "</TextSource></Sources>"),
        QByteArrayLiteral("name=\"Peer\" origin=\"SomeTool 2.1\" creationDateTime=\"2019-03-05T10:20:30Z\" "
                          "creatingUserGUID=\"10000000-0000-0000-0000-000000000001\""));
    const QString file = m_dir.filePath(QStringLiteral("peer-facts.qdpx"));
    QVERIFY(writeRawZip(file, {{QStringLiteral("project.qde"), xml}}));
    RefiQdaReport report;
    auto project = import(file, &report);
    QVERIFY(project);
    QVERIFY2(project->check().isEmpty(), qPrintable(project->check().join(u'\n')));

    const CodeTree tree(project->codes());
    QCOMPARE(tree.findByPath(QStringLiteral("Themes"))->color, QString());
    QCOMPARE(tree.findByPath(QStringLiteral("Uncoloured"))->color, QString());
    QCOMPARE(tree.findByPath(QStringLiteral("Themes/Trust"))->color, QStringLiteral("#11AA22"));

    // Exported again, the file says what the peer said.
    const QString again = m_dir.filePath(QStringLiteral("peer-facts-again.qdpx"));
    auto exported = RefiQdaExporter::exportProject(*project, again);
    QVERIFY2(exported, qPrintable(exported.error()));
    auto zip = ZipArchive::open(again);
    QVERIFY(zip);
    const QString qdeText = QString::fromUtf8(*(*zip)->read(QStringLiteral("project.qde")));
    QVERIFY2(qdeText.contains(QLatin1String("creationDateTime=\"2019-03-05T10:20:30Z\"")), qPrintable(qdeText));
    QVERIFY2(qdeText.contains(QLatin1String("creatingUserGUID=\"10000000-0000-0000-0000-000000000001\"")),
             qPrintable(qdeText));
    QVERIFY2(qdeText.contains(QLatin1String("name=\"Themes\" isCodable=\"false\">")), qPrintable(qdeText));
    QVERIFY2(qdeText.contains(QLatin1String("name=\"Uncoloured\" isCodable=\"true\"/>")), qPrintable(qdeText));
    QVERIFY2(qdeText.contains(QLatin1String("name=\"Trust\" isCodable=\"true\" color=\"#11AA22\"")),
             qPrintable(qdeText));
    if (hasRefiQda()) {
        const QString qdePath = m_dir.filePath(QStringLiteral("peer-facts-again.qde"));
        QVERIFY(writeFile(qdePath, qdeText.toUtf8()));
        MARGINALIA_VALIDATE_XSD(refiQdaPath(QStringLiteral("Project.xsd")), qdePath);
    }
}

void TestRefiQdaImport::memoInNoteAndDescription_isKeptOnce()
{
    // Marginalia (and other tools) write a memo both as a <Note> and as the owner's <Description>, for tools
    // that read only one of them. Read back, each memo is there once, and the description that only copies
    // a code's memo does not become its definition.
    const QByteArray xml = qde(QByteArrayLiteral(
        "<Users><User guid=\"10000000-0000-0000-0000-000000000001\" name=\"Ana\"/></Users>"
        "<CodeBook><Codes>"
        "<Code guid=\"20000000-0000-0000-0000-000000000001\" name=\"Trust\" isCodable=\"true\">"
        "<Description>Ask Ben about trust.</Description>"
        "<NoteRef targetGUID=\"a0000000-0000-0000-0000-000000000001\"/></Code>"
        "<Code guid=\"20000000-0000-0000-0000-000000000002\" name=\"Defined\" isCodable=\"true\">"
        "<Description>When people rely on others.</Description>"
        "<NoteRef targetGUID=\"a0000000-0000-0000-0000-000000000002\"/></Code>"
        "</Codes></CodeBook>"
        "<Sources><TextSource guid=\"40000000-0000-0000-0000-000000000001\" name=\"Talk\">"
        "<Description>Recorded in May.</Description>"
        "<PlainTextContent>We trust them.</PlainTextContent>"
        "<PlainTextSelection guid=\"50000000-0000-0000-0000-000000000001\" startPosition=\"3\" endPosition=\"8\">"
        "<Description>Said twice.</Description>"
        "<Coding guid=\"60000000-0000-0000-0000-000000000001\" creatingUser=\"10000000-0000-0000-0000-000000000001\">"
        "<CodeRef targetGUID=\"20000000-0000-0000-0000-000000000001\"/></Coding>"
        "<NoteRef targetGUID=\"a0000000-0000-0000-0000-000000000003\"/></PlainTextSelection>"
        "<NoteRef targetGUID=\"a0000000-0000-0000-0000-000000000004\"/>"
        "</TextSource></Sources>"
        "<Notes>"
        "<Note guid=\"a0000000-0000-0000-0000-000000000001\" name=\"m1\"><PlainTextContent>Ask Ben about trust."
        "</PlainTextContent></Note>"
        "<Note guid=\"a0000000-0000-0000-0000-000000000002\" name=\"m2\"><PlainTextContent>A memo of its own."
        "</PlainTextContent></Note>"
        "<Note guid=\"a0000000-0000-0000-0000-000000000003\" name=\"m3\"><PlainTextContent>Said twice."
        "</PlainTextContent></Note>"
        "<Note guid=\"a0000000-0000-0000-0000-000000000004\" name=\"m4\"><PlainTextContent>Recorded in May."
        "</PlainTextContent></Note>"
        "<Note guid=\"a0000000-0000-0000-0000-000000000005\" name=\"m5\"><PlainTextContent>Pilot project."
        "</PlainTextContent></Note>"
        "</Notes>"
        "<Description>Pilot project.</Description>"
        "<NoteRef targetGUID=\"a0000000-0000-0000-0000-000000000005\"/>"));
    const QString file = m_dir.filePath(QStringLiteral("memo-twice.qdpx"));
    QVERIFY(writeRawZip(file, {{QStringLiteral("project.qde"), xml}}));
    RefiQdaReport report;
    auto project = import(file, &report);
    QVERIFY(project);
    QCOMPARE(project->projectMemo(), QStringLiteral("Pilot project."));
    QCOMPARE(project->documents().first().memo, QStringLiteral("Recorded in May."));
    QCOMPARE(project->codings().first().memo, QStringLiteral("Said twice."));
    const CodeTree tree(project->codes());
    QCOMPARE(tree.findByPath(QStringLiteral("Trust"))->memo, QStringLiteral("Ask Ben about trust."));
    QCOMPARE(tree.findByPath(QStringLiteral("Trust"))->description, QString());
    QCOMPARE(tree.findByPath(QStringLiteral("Defined"))->memo, QStringLiteral("A memo of its own."));
    QCOMPARE(tree.findByPath(QStringLiteral("Defined"))->description, QStringLiteral("When people rely on others."));
    QCOMPARE(report.memos, 5);
    // The selection's description is its note: nothing to report as moved.
    QCOMPARE(report.adjustedCount(QStringLiteral("selection-description")), 0);
}

void TestRefiQdaImport::positions_utf16UnitsOrCodePoints_areToldByTheText_data()
{
    QTest::addColumn<bool>("utf16");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("reading");

    // NVivo writes UTF-16 units; the origin is a hint, the text decides.
    QTest::newRow("NVivo, UTF-16 units") << true << QStringLiteral("NVivo 14.23.2 (Windows)")
                                         << QStringLiteral("read as UTF-16 units (as NVivo counts)");
    QTest::newRow("ATLAS.ti, code points")
        << false << QStringLiteral("ATLAS.ti 23.2.1") << QStringLiteral("read as code points (as REFI-QDA counts)");
    QTest::newRow("NVivo named, code points after all")
        << false << QStringLiteral("NVivo 12") << QStringLiteral("read as code points (as REFI-QDA counts)");
    QTest::newRow("no origin, UTF-16 units")
        << true << QString() << QStringLiteral("read as UTF-16 units (as NVivo counts)");
}

void TestRefiQdaImport::positions_utf16UnitsOrCodePoints_areToldByTheText()
{
    // Hand-built projects in both conventions, with emoji (and CRLF), rare CJK outside the BMP, and a text
    // inside the BMP: every coded phrase must come back exactly, and the report say how and why.
    QFETCH(bool, utf16);
    QFETCH(QString, origin);
    QFETCH(QString, reading);
    const QList<HandBuiltSource> sources = positionTestSources();
    const QString file = m_dir.filePath(QStringLiteral("positions-%1.qdpx").arg(++m_counter));
    QVERIFY(writePositionsProject(file, sources, utf16, origin));
    RefiQdaReport report;
    auto project = import(file, &report);
    QVERIFY(project);
    const QString lines = report.lines().join(u'\n');

    QStringList expected;
    for (const HandBuiltSource &source : sources) {
        for (const QString &phrase : source.phrases)
            expected.append(
                QStringList{source.name, QStringLiteral("Coded"), QStringLiteral("Ana"), phrase, {}}.join(u'|'));
    }
    expected.sort();
    QCOMPARE(excerpts(*project), expected);
    QVERIFY2(report.isComplete(), qPrintable(lines));
    QVERIFY2(lines.contains(QLatin1String("Positions: 2 of 3 sources have characters outside the Basic Multilingual "
                                          "Plane")),
             qPrintable(lines));
    QVERIFY2(lines.contains(reading), qPrintable(lines));
    // Each source outside the BMP is named with the reason.
    QVERIFY2(lines.contains(QLatin1String("\"Interview 7: the text decides")), qPrintable(lines));
    QVERIFY2(lines.contains(QLatin1String("\"Shop names: the text decides")), qPrintable(lines));
}

void TestRefiQdaImport::positions_textOutsideBmpWithoutSelections_nothingDependsOnTheReading()
{
    const QList<HandBuiltSource> sources{
        {QStringLiteral("Uncoded"), QString::fromUtf16(u"Nobody coded this \U0001F30D yet.\n"), false, {}}};
    const QString file = m_dir.filePath(QStringLiteral("positions-uncoded.qdpx"));
    QVERIFY(writePositionsProject(file, sources, true, QStringLiteral("NVivo 14")));
    RefiQdaReport report;
    auto project = import(file, &report);
    QVERIFY(project);
    const QString lines = report.lines().join(u'\n');
    QVERIFY2(lines.contains(QLatin1String("Positions: 1 of 1 sources have characters outside the Basic Multilingual "
                                          "Plane, where code points and UTF-16 units differ (the file comes from "
                                          "\"NVivo 14\"), but no selections: nothing depends on the reading.")),
             qPrintable(lines));
}

void TestRefiQdaImport::externalAndEscapingPaths_areNeverRead()
{
    QTemporaryDir outside;
    const QString secret = outside.filePath(QStringLiteral("secret.txt"));
    QVERIFY(writeFile(secret, "top secret"));
    const QByteArray xml
        = qde(QStringLiteral("<Sources>"
                             "<TextSource guid=\"40000000-0000-0000-0000-000000000001\" name=\"absolute\" "
                             "plainTextPath=\"absolute://%1\"/>"
                             "<TextSource guid=\"40000000-0000-0000-0000-000000000002\" name=\"relative\" "
                             "plainTextPath=\"relative:///secret.txt\"/>"
                             "<TextSource guid=\"40000000-0000-0000-0000-000000000003\" name=\"escaping\" "
                             "plainTextPath=\"internal://../../secret.txt\"/>"
                             "<TextSource guid=\"40000000-0000-0000-0000-000000000004\" "
                             "name=\"inline\"><PlainTextContent>Inline text.</PlainTextContent></TextSource>"
                             "</Sources>")
                  .arg(secret)
                  .toUtf8(),
              QStringLiteral("name=\"Paths\" basePath=\"%1\"").arg(outside.path()).toUtf8());
    const QString file = m_dir.filePath(QStringLiteral("paths.qdpx"));
    QVERIFY(writeRawZip(file, {{QStringLiteral("project.qde"), xml}}));
    RefiQdaReport report;
    auto project = import(file, &report);
    QVERIFY(project);
    QCOMPARE(project->documents().size(), 1);
    QCOMPARE(*project->documentText(project->documents().first().id), QStringLiteral("Inline text."));
    QCOMPARE(report.notMappedCount(QStringLiteral("external-source")), 2);
    QCOMPARE(report.notMappedCount(QStringLiteral("bad-path")), 1);
}

void TestRefiQdaImport::hostileArchive_isRefusedAndWritesNothing_data()
{
    QTest::addColumn<Entries>("entries");
    QTest::addColumn<QString>("expected");

    const QByteArray valid
        = qde(QByteArrayLiteral("<Sources><TextSource guid=\"40000000-0000-0000-0000-000000000001\" name=\"a\" "
                                "plainTextPath=\"internal://40000000-0000-0000-0000-000000000001.txt\"/></Sources>"));
    QTest::newRow("zip bomb source") << Entries{{QStringLiteral("project.qde"), valid},
                                                {QStringLiteral("sources/40000000-0000-0000-0000-000000000001.txt"),
                                                 QByteArray(64 * 1024 * 1024, ' ')}}
                                     << QStringLiteral("times its compressed size");
    QTest::newRow("zip bomb project.qde")
        << Entries{{QStringLiteral("project.qde"), valid + QByteArray(64 * 1024 * 1024, ' ')}}
        << QStringLiteral("times its compressed size");
    QTest::newRow("traversal entry") << Entries{{QStringLiteral("project.qde"), valid},
                                                {QStringLiteral("../evil.txt"), "evil"}}
                                     << QStringLiteral("leads out of the archive");
    QTest::newRow("deep traversal entry")
        << Entries{{QStringLiteral("project.qde"), valid}, {QStringLiteral("sources/../../../evil.txt"), "evil"}}
        << QStringLiteral("leads out of the archive");
    QTest::newRow("absolute entry") << Entries{{QStringLiteral("project.qde"), valid},
                                               {QStringLiteral("/tmp/evil.txt"), "evil"}}
                                    << QStringLiteral("absolute path");
    QTest::newRow("backslash entry") << Entries{{QStringLiteral("project.qde"), valid},
                                                {QStringLiteral("..\\evil.txt"), "evil"}}
                                     << QStringLiteral("backslash");
    QTest::newRow("billion laughs")
        << Entries{{QStringLiteral("project.qde"),
                    QByteArrayLiteral(
                        "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY a \"aaaaaaaaaa\">"
                        "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                        "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
                        "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&d;\"/>")}}
        << QStringLiteral("DTD");
    QTest::newRow("external entity")
        << Entries{{QStringLiteral("project.qde"),
                    QByteArrayLiteral(
                        "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>")}}
        << QStringLiteral("DTD");
    QTest::newRow("malformed xml") << Entries{{QStringLiteral("project.qde"),
                                               QByteArrayLiteral(
                                                   "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Users>")}}
                                   << QStringLiteral("malformed");
    QTest::newRow("no qde") << Entries{{QStringLiteral("sources/a.txt"), "text"}} << QStringLiteral("no project.qde");
    QTest::newRow("codebook instead") << Entries{{QStringLiteral("project.qde"),
                                                  QByteArrayLiteral("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"/>")}}
                                      << QStringLiteral("codebook");
}

void TestRefiQdaImport::hostileArchive_isRefusedAndWritesNothing()
{
    QFETCH(Entries, entries);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("inner"));
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/hostile.qdpx");
    QVERIFY(writeRawZip(file, entries));
    const QString target = folder + QStringLiteral("/hostile.marginalia");

    auto report = RefiQdaImporter::importProject(file, target);
    QVERIFY(!report);
    QVERIFY2(report.error().contains(expected), qPrintable(report.error()));
    QVERIFY2(report.error().contains(file), qPrintable(report.error()));
    QVERIFY(!QFile::exists(target));
    // Nothing beside the archive, nothing in the folder above it (where "../evil.txt" would land).
    QCOMPARE(filesBelow(dir.path()), QStringList{QStringLiteral("inner/hostile.qdpx")});
}

void TestRefiQdaImport::existingTarget_isRefusedAndLeftAlone()
{
    MARGINALIA_SKIP_WITHOUT_REFI_QDA();
    const QString target = m_dir.filePath(QStringLiteral("existing.marginalia"));
    QVERIFY(writeFile(target, "someone's project"));
    auto report
        = RefiQdaImporter::importProject(refiQdaPath(QStringLiteral("samples/qualitative-coding-demo.qdpx")), target);
    QVERIFY(!report);
    QVERIFY2(report.error().contains(target), qPrintable(report.error()));
    QCOMPARE(readFile(target), QByteArray("someone's project"));
}

void TestRefiQdaImport::cancelled_leavesNothingBehind()
{
    MARGINALIA_SKIP_WITHOUT_REFI_QDA();
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("cancelled.marginalia"));
    QList<std::pair<int, int>> calls;
    auto report = RefiQdaImporter::importProject(refiQdaPath(QStringLiteral("samples/qualitative-coding-demo.qdpx")),
                                                 target, [&](int done, int total) {
                                                     calls.append({done, total});
                                                     return done == 0;
                                                 });
    QVERIFY(!report);
    QVERIFY2(report.error().contains(QLatin1String("cancelled")), qPrintable(report.error()));
    // Progress counts KiB of project.qde read (81 KiB here): 0 before the first source, more after it.
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.first().first, 0);
    QCOMPARE(calls.first().second, 81);
    QVERIFY(calls.last().first > 0 && calls.last().first <= 81);
    QVERIFY(filesBelow(dir.path()).isEmpty());
}

void TestRefiQdaImport::roundTrip_attributesCasesAndSets_comeBackWithTheirGuids()
{
    auto created = Project::create(m_dir.filePath(QStringLiteral("attributes-source.marginalia")));
    QVERIFY2(created, qPrintable(created.error()));
    Project &p = **created;
    QList<qint64> documents;
    for (const QString &name :
         {QStringLiteral("Vienna 2017"), QStringLiteral("Nairobi 2018"), QStringLiteral("Lima")}) {
        NewDocument document;
        document.name = name;
        document.text = QStringLiteral("Screening at borders must respect non-refoulement (%1).").arg(name);
        auto added = p.addDocument(document);
        QVERIFY(added);
        documents.append(added->id);
    }
    const auto protection = p.addCode(QStringLiteral("Protection"));
    const auto children = p.addCode(QStringLiteral("Children"), protection->id);
    const auto identification = p.addCode(QStringLiteral("Identification"));
    QVERIFY(protection && children && identification);

    // Document attributes of every type, and case attributes; "region" is a name of both kinds.
    const auto country = p.addAttribute(QStringLiteral("country"), AttributeType::Text);
    const auto year = p.addAttribute(QStringLiteral("year"), AttributeType::Number);
    const auto adopted = p.addAttribute(QStringLiteral("adopted"), AttributeType::Date);
    const auto binding = p.addAttribute(QStringLiteral("binding"), AttributeType::Boolean);
    const auto type = p.addAttribute(QStringLiteral("type"), AttributeType::List,
                                     {QStringLiteral("resolution"), QStringLiteral("report")});
    const auto region = p.addAttribute(QStringLiteral("region"), AttributeType::Text);
    const auto population
        = p.addAttribute(QStringLiteral("population"), AttributeType::Number, {}, AttributeTarget::Case);
    const auto member = p.addAttribute(QStringLiteral("EU member"), AttributeType::Boolean, {}, AttributeTarget::Case);
    const auto joined = p.addAttribute(QStringLiteral("joined"), AttributeType::Date, {}, AttributeTarget::Case);
    const auto caseRegion = p.addAttribute(QStringLiteral("region"), AttributeType::Text, {}, AttributeTarget::Case);
    QVERIFY(country && year && adopted && binding && type && region && population && member && joined && caseRegion);
    QVERIFY(p.setAttributeValues({
        {documents.at(0), country->id, QStringLiteral("Austria")},
        {documents.at(0), year->id, QStringLiteral("2017")},
        {documents.at(0), adopted->id, QStringLiteral("2017-12-19")},
        {documents.at(0), binding->id, QStringLiteral("no")},
        {documents.at(0), type->id, QStringLiteral("report")},
        {documents.at(0), region->id, QStringLiteral("Europe")},
        {documents.at(1), country->id, QStringLiteral("Kenya & Somalia")},
        {documents.at(1), year->id, QStringLiteral("2018.5")},
        {documents.at(1), binding->id, QStringLiteral("yes")},
    }));
    const auto austria = p.addCase(QStringLiteral("Austria"));
    const auto kenya = p.addCase(QStringLiteral("Kenya"));
    QVERIFY(austria && kenya);
    QVERIFY(p.setCaseMemo(austria->id, QStringLiteral("Federal state.\nEU since 1995.")));
    QVERIFY(p.setCaseAttributeValues({
        {austria->id, population->id, QStringLiteral("9100000")},
        {austria->id, member->id, QStringLiteral("yes")},
        {austria->id, joined->id, QStringLiteral("1995-01-01")},
        {austria->id, caseRegion->id, QStringLiteral("Western Europe")},
        {kenya->id, member->id, QStringLiteral("no")},
    }));
    QVERIFY(p.addCaseMember({0, austria->id, documents.at(0), 0, 0}));
    QVERIFY(p.addCaseMember({0, kenya->id, documents.at(1), 0, 0}));
    QVERIFY(p.addCaseMember({0, kenya->id, documents.at(2), 0, 0}));
    QVERIFY(p.addCaseMember({0, austria->id, documents.at(2), 10, 20})); // a passage
    const auto listed = p.addDocumentSet(QStringLiteral("Compacts"), {documents.at(0), documents.at(1)});
    QVERIFY(listed);
    QVERIFY(p.setDocumentSetMemo(listed->id, QStringLiteral("The two compacts.")));
    const auto rows = p.addCodeSet(QStringLiteral("Matrix rows"), {children->id, identification->id});
    QVERIFY(rows);
    QVERIFY(p.setCodeSetMemo(rows->id, QStringLiteral("Rows of the matrix.")));

    const QString file = m_dir.filePath(QStringLiteral("attributes.qdpx"));
    auto exported = RefiQdaExporter::exportProject(p, file);
    QVERIFY2(exported, qPrintable(exported.error()));
    RefiQdaReport report;
    auto copy = import(file, &report);
    QVERIFY(copy);
    QVERIFY(copy->check().isEmpty());

    // Attributes: names, types, GUIDs and kinds; a list comes back as text (REFI-QDA has no list type).
    const auto attributesOf = [](const Project &project, AttributeTarget target) {
        QStringList result;
        for (const Attribute &attribute : project.attributes(target))
            result.append(QStringList{attribute.name, AttributeTypes::name(attribute.type), attribute.guid}.join(u'|'));
        return result;
    };
    QStringList documentAttributes = attributesOf(p, AttributeTarget::Document);
    documentAttributes[4].replace(QStringLiteral("|list|"), QStringLiteral("|text|"));
    QCOMPARE(attributesOf(*copy, AttributeTarget::Document), documentAttributes);
    QCOMPARE(attributesOf(*copy, AttributeTarget::Case), attributesOf(p, AttributeTarget::Case));
    QCOMPARE(report.attributes, 10);
    QCOMPARE(report.adjustedCount(QStringLiteral("variable-sources-and-cases")), 0);

    // Values, by owner's name and attribute's GUID, in their canonical spelling.
    const auto documentValues = [](const Project &project) {
        QHash<qint64, QString> guids;
        for (const Attribute &attribute : project.attributes(AttributeTarget::Document))
            guids.insert(attribute.id, attribute.guid);
        QStringList result;
        for (const AttributeValue &value : project.attributeValues())
            result.append(
                QStringList{project.document(value.documentId)->name, guids.value(value.attributeId), value.value}.join(
                    u'|'));
        result.sort();
        return result;
    };
    QCOMPARE(documentValues(*copy), documentValues(p));
    QCOMPARE(documentValues(*copy).size(), 9);
    const auto caseValues = [](const Project &project) {
        QHash<qint64, QString> guids;
        for (const Attribute &attribute : project.attributes(AttributeTarget::Case))
            guids.insert(attribute.id, attribute.guid);
        QHash<qint64, QString> names;
        for (const Case &each : project.cases())
            names.insert(each.id, each.name);
        QStringList result;
        for (const CaseAttributeValue &value : project.caseAttributeValues())
            result.append(
                QStringList{names.value(value.caseId), guids.value(value.attributeId), value.value}.join(u'|'));
        result.sort();
        return result;
    };
    QCOMPARE(caseValues(*copy), caseValues(p));
    QCOMPARE(caseValues(*copy).size(), 5);
    QCOMPARE(report.attributeValues, 14);

    // Cases: names, GUIDs, memos, whole documents and the passage.
    const auto cases = [](const Project &project) {
        QStringList result;
        for (const Case &each : project.cases()) {
            QStringList members;
            for (const CaseMember &member : project.caseMembers(each.id))
                members.append(QStringLiteral("%1 %2-%3")
                                   .arg(project.document(member.documentId)->guid)
                                   .arg(member.start)
                                   .arg(member.end));
            members.sort();
            result.append(QStringList{each.name, each.guid, each.memo, members.join(u',')}.join(u'|'));
        }
        return result;
    };
    QCOMPARE(cases(*copy), cases(p));
    QCOMPARE(report.cases, 2);
    QCOMPARE(report.notMappedCount(QStringLiteral("uncoded-selection")), 0); // the passage's selection is the case's

    // Sets: names, GUIDs, memos, members.
    QCOMPARE(copy->documentSets().size(), 1);
    const DocumentSet set = copy->documentSets().constFirst();
    QCOMPARE(set.name, listed->name);
    QCOMPARE(set.guid, listed->guid);
    QCOMPARE(set.memo, QStringLiteral("The two compacts."));
    QStringList setDocuments;
    for (qint64 id : set.documentIds)
        setDocuments.append(copy->document(id)->guid);
    setDocuments.sort();
    QStringList listedDocuments{p.document(documents.at(0))->guid, p.document(documents.at(1))->guid};
    listedDocuments.sort();
    QCOMPARE(setDocuments, listedDocuments);
    QCOMPARE(copy->codeSets().size(), 1);
    const CodeSet codeSet = copy->codeSets().constFirst();
    QCOMPARE(codeSet.name, rows->name);
    QCOMPARE(codeSet.guid, rows->guid);
    QCOMPARE(codeSet.memo, QStringLiteral("Rows of the matrix."));
    QStringList codeGuids;
    for (qint64 id : codeSet.codeIds)
        codeGuids.append(copy->code(id)->guid);
    QCOMPARE(codeGuids, (QStringList{children->guid, identification->guid}));
    QCOMPARE(report.sets, 2);
    QVERIFY2(report.isComplete(), qPrintable(report.lines().join(u'\n')));
}

void TestRefiQdaImport::variables_badValueAndOneUsedBySourcesAndCases_areReported()
{
    // Hand-written: "adopted" has a value that is no date; "region" has values on a source and on a case;
    // "interviews" is an Integer on the case only; "note" is used by nothing.
    const QByteArray body
        = "<Variables>"
          "<Variable guid=\"30000000-0000-0000-0000-000000000001\" name=\"adopted\" typeOfVariable=\"Date\"/>"
          "<Variable guid=\"30000000-0000-0000-0000-000000000002\" name=\"region\" typeOfVariable=\"Text\"/>"
          "<Variable guid=\"30000000-0000-0000-0000-000000000003\" name=\"interviews\" typeOfVariable=\"Integer\"/>"
          "<Variable guid=\"30000000-0000-0000-0000-000000000004\" name=\"note\" typeOfVariable=\"Text\"/>"
          "</Variables>"
          "<Cases><Case guid=\"d0000000-0000-0000-0000-000000000001\" name=\"Austria\">"
          "<VariableValue><VariableRef targetGUID=\"30000000-0000-0000-0000-000000000002\"/>"
          "<TextValue>Western Europe</TextValue></VariableValue>"
          "<VariableValue><VariableRef targetGUID=\"30000000-0000-0000-0000-000000000003\"/>"
          "<IntegerValue>12</IntegerValue></VariableValue>"
          "<SourceRef targetGUID=\"40000000-0000-0000-0000-000000000001\"/>"
          "</Case></Cases>"
          "<Sources>"
          "<TextSource guid=\"40000000-0000-0000-0000-000000000001\" name=\"Vienna\">"
          "<PlainTextContent>Screening at borders.</PlainTextContent>"
          "<VariableValue><VariableRef targetGUID=\"30000000-0000-0000-0000-000000000001\"/>"
          "<DateValue>2017-13-45</DateValue></VariableValue>"
          "<VariableValue><VariableRef targetGUID=\"30000000-0000-0000-0000-000000000002\"/>"
          "<TextValue>Europe</TextValue></VariableValue>"
          "</TextSource>"
          "<TextSource guid=\"40000000-0000-0000-0000-000000000002\" name=\"Nairobi\">"
          "<PlainTextContent>Children need guardians.</PlainTextContent>"
          "<VariableValue><VariableRef targetGUID=\"30000000-0000-0000-0000-000000000001\"/>"
          "<DateValue>2018-09-10</DateValue></VariableValue>"
          "</TextSource>"
          "</Sources>";
    const QString file = m_dir.filePath(QStringLiteral("variables.qdpx"));
    QVERIFY(writeRawZip(file, {{QStringLiteral("project.qde"), qde(body)}}));
    RefiQdaReport report;
    auto project = import(file, &report);
    QVERIFY(project); // a bad value does not stop the import
    QVERIFY(project->check().isEmpty());

    // "region" is an attribute of each kind: the documents' keeps the GUID, the cases' gets one made from it.
    QStringList documentAttributes;
    for (const Attribute &attribute : project->attributes(AttributeTarget::Document))
        documentAttributes.append(attribute.name + u':' + AttributeTypes::name(attribute.type));
    QCOMPARE(documentAttributes,
             (QStringList{QStringLiteral("adopted:date"), QStringLiteral("region:text"), QStringLiteral("note:text")}));
    QStringList caseAttributes;
    for (const Attribute &attribute : project->attributes(AttributeTarget::Case))
        caseAttributes.append(attribute.name + u':' + AttributeTypes::name(attribute.type));
    QCOMPARE(caseAttributes, (QStringList{QStringLiteral("region:text"), QStringLiteral("interviews:number")}));
    const auto documentRegion = project->attributeByName(QStringLiteral("region"), AttributeTarget::Document);
    const auto caseRegion = project->attributeByName(QStringLiteral("region"), AttributeTarget::Case);
    QCOMPARE(documentRegion->guid, QStringLiteral("30000000-0000-0000-0000-000000000002"));
    QVERIFY(caseRegion->guid != documentRegion->guid);

    // The good values are in; the bad date is left out and named.
    const auto vienna = project->documentByName(QStringLiteral("Vienna"));
    const auto nairobi = project->documentByName(QStringLiteral("Nairobi"));
    QVERIFY(vienna && nairobi);
    QStringList values;
    for (const AttributeValue &value : project->attributeValues())
        values.append(QStringLiteral("%1 %2").arg(project->document(value.documentId)->name, value.value));
    values.sort();
    QCOMPARE(values, (QStringList{QStringLiteral("Nairobi 2018-09-10"), QStringLiteral("Vienna Europe")}));
    QStringList caseValues;
    for (const CaseAttributeValue &value : project->caseAttributeValues())
        caseValues.append(value.value);
    caseValues.sort();
    QCOMPARE(caseValues, (QStringList{QStringLiteral("12"), QStringLiteral("Western Europe")}));
    QCOMPARE(project->caseMembers().size(), 1);

    QCOMPARE(report.notMappedCount(QStringLiteral("variable-value")), 1);
    QCOMPARE(report.adjustedCount(QStringLiteral("variable-sources-and-cases")), 1);
    const QString lines = report.lines().join(u'\n');
    QVERIFY2(lines.contains(QStringLiteral("variable values their variable's type cannot read, left out: 1 (\"Vienna: "
                                           "\"2017-13-45\" is not a date such as 2017-05-04 (adopted is a date).\")")),
             qPrintable(lines));
    QVERIFY2(lines.contains(QStringLiteral("variables with values on both sources and cases, made an attribute of the "
                                           "documents and one of the cases: 1 (\"region\")")),
             qPrintable(lines));
    QVERIFY2(lines.contains(QStringLiteral("attributes: 5, attribute values: 4, cases: 1")), qPrintable(lines));
}

QTEST_GUILESS_MAIN(TestRefiQdaImport)
#include "tst_refiqdaimport.moc"
