#include "archive/ziparchive.h"
#include "exchange/refiqdaexporter.h"
#include "exchange/refiqdaimporter.h"
#include "model/codetree.h"
#include "store/project.h"
#include "text/textoffsets.h"
#include "tst_refiqdasupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Marginalia::Core;
using namespace Marginalia::Test;

namespace {

QByteArray entry(const QString &archive, const QString &name)
{
    auto zip = ZipArchive::open(archive);
    if (!zip)
        return {};
    auto bytes = (*zip)->read(name);
    return bytes ? *bytes : QByteArray();
}

/// One PlainTextSelection of an exported project.qde, as written.
struct Selection
{
    QString sourceGuid;
    QString guid;
    qint64 start = 0;
    qint64 end = 0;
    QString creatingUser;
    QString created;
    QString codingGuid;
    QString codingUser;
    QString codingCreated;
    QString codeGuid;
    QStringList noteRefs;
    QString description;
};

struct Qde
{
    QList<Selection> selections;
    QHash<QString, QString> notes; ///< note GUID -> text
    QHash<QString, QStringList> noteRefsOf; ///< "Project", or the GUID of the code/source -> note GUIDs
    QHash<QString, QString> descriptions; ///< "Project", or the GUID of the code/source -> its <Description>
    QHash<QString, QString> noteCreated; ///< note GUID -> creationDateTime
    QHash<QString, QString> noteUser; ///< note GUID -> creatingUser
    QStringList guids; ///< every guid attribute, in order
};

Qde parseQde(const QByteArray &xml)
{
    Qde qde;
    QXmlStreamReader reader(xml);
    QStringList stack;
    QStringList owners; // GUIDs of the open elements
    QString source;
    QString note;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement()) {
            stack.removeLast();
            owners.removeLast();
            continue;
        }
        if (!reader.isStartElement())
            continue;
        const QString name = reader.name().toString();
        const QXmlStreamAttributes a = reader.attributes();
        const QString guid = a.value(QLatin1String("guid")).toString();
        if (!guid.isEmpty())
            qde.guids.append(guid);
        if (name == QLatin1String("TextSource"))
            source = guid;
        if (name == QLatin1String("PlainTextSelection")) {
            Selection s;
            s.sourceGuid = source;
            s.guid = guid;
            s.start = a.value(QLatin1String("startPosition")).toLongLong();
            s.end = a.value(QLatin1String("endPosition")).toLongLong();
            s.creatingUser = a.value(QLatin1String("creatingUser")).toString();
            s.created = a.value(QLatin1String("creationDateTime")).toString();
            qde.selections.append(s);
        } else if (name == QLatin1String("Coding")) {
            qde.selections.last().codingGuid = guid;
            qde.selections.last().codingUser = a.value(QLatin1String("creatingUser")).toString();
            qde.selections.last().codingCreated = a.value(QLatin1String("creationDateTime")).toString();
        } else if (name == QLatin1String("CodeRef")) {
            qde.selections.last().codeGuid = a.value(QLatin1String("targetGUID")).toString();
        } else if (name == QLatin1String("NoteRef")) {
            const QString target = a.value(QLatin1String("targetGUID")).toString();
            const QString parent = stack.last();
            if (parent == QLatin1String("PlainTextSelection"))
                qde.selections.last().noteRefs.append(target);
            else
                qde.noteRefsOf[parent == QLatin1String("Project") ? parent : owners.last()].append(target);
        } else if (name == QLatin1String("Note")) {
            note = guid;
            qde.noteCreated.insert(guid, a.value(QLatin1String("creationDateTime")).toString());
            qde.noteUser.insert(guid, a.value(QLatin1String("creatingUser")).toString());
        } else if (name == QLatin1String("PlainTextContent") && stack.last() == QLatin1String("Note")) {
            qde.notes.insert(note, reader.readElementText());
            continue; // readElementText consumed the end element
        } else if (name == QLatin1String("Description")) {
            const QString parent = stack.last();
            const QString text = reader.readElementText();
            if (parent == QLatin1String("PlainTextSelection"))
                qde.selections.last().description = text;
            else
                qde.descriptions.insert(parent == QLatin1String("Project") ? parent : owners.last(), text);
            continue; // readElementText consumed the end element
        }
        stack.append(name);
        owners.append(guid);
    }
    return qde;
}

} // namespace

class TestRefiQdaExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void export_archiveHoldsProjectQdeAndEveryTextAsUtf8();
    void export_projectQde_validatesAgainstProjectXsd();
    void export_everyCodingIsASelectionInCodePointsWithUserAndTime();
    void export_memosAreNotesLinkedByNoteRef();
    void export_memos_areAlsoDescriptionsAndNotesHaveDates();
    void export_report_namesWhatQualCoderDrops();
    void export_twice_givesTheSameGuidsAndTheSameQde();
    void export_cancelled_leavesTheTargetAsItWas();
    void export_progress_countsUpToItsTotal();
    void export_unwritableTarget_namesTheFile();
    void export_pagedPdfText_reportsWhatTheFormatCannotHold();
    void roundTrip_givesBackCodesCodersDocumentsCodingsAndMemos();
    // Last: it adds attributes, cases and sets to the shared project.
    void export_attributesCasesAndSets_areVariablesCasesAndSets();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString exportOnce(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QString m_mixedText;
};

void TestRefiQdaExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto created = Project::create(path(QStringLiteral("source.marginalia")));
    QVERIFY2(created, qPrintable(created.error()));
    m_project = std::move(*created);
    Project &p = *m_project;

    // Text outside the BMP (emoji, CJK extension B), Arabic (right to left) and a combining accent, so
    // that code points, UTF-16 units and UTF-8 bytes all differ.
    m_mixedText = QStringLiteral("Refugees 🌍 fled; 𠮷 marks a name.\nمبدأ عدم الإعادة القسرية is non-refoulement.\n"
                                 "The cafe\u0301 closed 👩‍👧 early. Protection & <care> for children.");
    NewDocument mixed;
    mixed.name = QStringLiteral("mixed");
    mixed.text = m_mixedText;
    mixed.memo = QStringLiteral("Document memo: transcribed from the 2017 summary.");
    auto mixedDocument = p.addDocument(mixed);
    QVERIFY(mixedDocument);
    NewDocument plain;
    plain.name = QStringLiteral("plain \"quoted\" name");
    plain.text = QStringLiteral("Identification of victims.\nScreening at borders.\n");
    auto plainDocument = p.addDocument(plain);
    QVERIFY(plainDocument);
    NewDocument uncoded;
    uncoded.name = QStringLiteral("uncoded");
    uncoded.text = QStringLiteral("Nothing coded here.");
    QVERIFY(p.addDocument(uncoded));

    auto protection
        = p.addCode(QStringLiteral("Protection"), 0, QStringLiteral("#E15759"), QStringLiteral("Measures."));
    auto children
        = p.addCode(QStringLiteral("Children"), protection->id, QStringLiteral("#B22222"), QStringLiteral("Minors."));
    auto guardianship = p.addCode(QStringLiteral("Guardianship"), children->id);
    auto identification = p.addCode(QStringLiteral("Identification"), 0, QStringLiteral("#F28E2B"));
    auto principle = p.addCode(QStringLiteral("Non-refoulement/return"));
    QVERIFY(protection && children && guardianship && identification && principle);
    QVERIFY(p.setCodeMemo(children->id, QStringLiteral("Code memo: ask the tutor about age assessment.")));
    QVERIFY(p.setCodeMemo(principle->id, QStringLiteral("Code memo: no definition yet.")));
    QVERIFY(p.setProjectMemo(QStringLiteral("Project memo: pilot coding, week 1.\nSecond line 🌍.")));
    auto alice = p.ensureCoder(QStringLiteral("alice"));
    auto bob = p.ensureCoder(QStringLiteral("bob"));
    QVERIFY(alice && bob);

    const TextOffsets offsets(m_mixedText);
    auto range = [&](const QString &phrase) {
        const qsizetype at = m_mixedText.indexOf(phrase);
        Q_ASSERT(at >= 0);
        return std::pair{qint64(offsets.toCodePoint(at)), qint64(offsets.toCodePoint(at + phrase.size()))};
    };
    const auto refugees = range(QStringLiteral("Refugees 🌍 fled; 𠮷 marks"));
    const auto arabic = range(QStringLiteral("مبدأ عدم الإعادة القسرية"));
    const auto cafe = range(QStringLiteral("cafe\u0301 closed 👩‍👧"));
    const auto care = range(QStringLiteral("Protection & <care> for children."));
    const qint64 m = mixedDocument->id;
    QList<NewCoding> codings{
        {m,
         protection->id,
         alice->id,
         refugees.first,
         refugees.second,
         QStringLiteral("Coding memo: 🌍 is a globe."),
         {},
         {}},
        // Overlapping: bob codes part of alice's range, and the same range with the same code.
        {m, protection->id, bob->id, refugees.first, refugees.second, {}, {}, {}},
        {m, children->id, bob->id, refugees.first + 9, refugees.second + 3, {}, {}, {}},
        {m, principle->id, alice->id, arabic.first, arabic.second, {}, {}, {}},
        {m, principle->id, bob->id, arabic.first + 5, arabic.second, QStringLiteral("Partly."), {}, {}},
        {m, guardianship->id, alice->id, cafe.first, cafe.second, {}, {}, {}},
        {m, children->id, alice->id, care.first, care.second, {}, {}, {}},
        {plainDocument->id, identification->id, alice->id, 0, 26, {}, {}, {}},
        {plainDocument->id, identification->id, bob->id, 27, 48, {}, {}, {}},
    };
    auto added = p.addCodings(codings);
    QVERIFY2(added, qPrintable(added.error()));
    QCOMPARE(*added, codings.size());
}

QString TestRefiQdaExport::exportOnce(const QString &name)
{
    const QString file = path(name);
    auto report = RefiQdaExporter::exportProject(*m_project, file);
    if (!report)
        qWarning("%s", qPrintable(report.error()));
    return report ? file : QString();
}

void TestRefiQdaExport::export_archiveHoldsProjectQdeAndEveryTextAsUtf8()
{
    const QString file = path(QStringLiteral("archive.qdpx"));
    auto report = RefiQdaExporter::exportProject(*m_project, file);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->documents, 3);
    QCOMPARE(report->codes, 5);
    QCOMPARE(report->coders, 2);
    QCOMPARE(report->codings, 9);
    QCOMPARE(report->memos, 6);
    QVERIFY(report->isComplete());

    auto zip = ZipArchive::open(file);
    QVERIFY2(zip, qPrintable(zip.error()));
    QStringList expected{QStringLiteral("project.qde")};
    for (const Document &document : m_project->documents())
        expected.append(QStringLiteral("sources/%1.txt").arg(document.guid));
    QStringList names = (*zip)->entryNames();
    names.sort();
    expected.sort();
    QCOMPARE(names, expected);
    for (const Document &document : m_project->documents()) {
        auto bytes = (*zip)->read(QStringLiteral("sources/%1.txt").arg(document.guid));
        QVERIFY(bytes);
        QCOMPARE(*bytes, m_project->documentText(document.id)->toUtf8());
    }
    const QByteArray qde = entry(file, QStringLiteral("project.qde"));
    for (const Document &document : m_project->documents())
        QVERIFY(qde.contains(QStringLiteral("plainTextPath=\"internal://%1.txt\"").arg(document.guid).toUtf8()));
}

void TestRefiQdaExport::export_projectQde_validatesAgainstProjectXsd()
{
    MARGINALIA_SKIP_WITHOUT_REFI_QDA();
    const QString file = exportOnce(QStringLiteral("valid.qdpx"));
    QVERIFY(!file.isEmpty());
    const QString qde = path(QStringLiteral("valid-project.qde"));
    QVERIFY(writeFile(qde, entry(file, QStringLiteral("project.qde"))));
    MARGINALIA_VALIDATE_XSD(refiQdaPath(QStringLiteral("Project.xsd")), qde);
}

void TestRefiQdaExport::export_everyCodingIsASelectionInCodePointsWithUserAndTime()
{
    const QString file = exportOnce(QStringLiteral("selections.qdpx"));
    QVERIFY(!file.isEmpty());
    const Qde qde = parseQde(entry(file, QStringLiteral("project.qde")));
    const QList<Coding> codings = m_project->codings();
    QCOMPARE(qde.selections.size(), codings.size());

    QHash<qint64, QString> coderGuids;
    for (const Coder &coder : m_project->coders())
        coderGuids.insert(coder.id, coder.guid);
    for (const Coding &coding : codings) {
        const auto it = std::find_if(qde.selections.cbegin(), qde.selections.cend(),
                                     [&](const Selection &s) { return s.codingGuid == coding.guid; });
        QVERIFY2(it != qde.selections.cend(), qPrintable(coding.guid));
        const Document document = *m_project->document(coding.documentId);
        QCOMPARE(it->sourceGuid, document.guid);
        QCOMPARE(it->start, coding.start);
        QCOMPARE(it->end, coding.end);
        QCOMPARE(it->codeGuid, m_project->code(coding.codeId)->guid);
        QCOMPARE(it->codingUser, coderGuids.value(coding.coderId));
        QCOMPARE(it->creatingUser, coderGuids.value(coding.coderId));
        QCOMPARE(QDateTime::fromString(it->codingCreated, Qt::ISODateWithMs), coding.created);
        QVERIFY(it->codingCreated.endsWith(u'Z'));

        // The positions index the exported file's code points: slice the UTF-8 file as another tool would.
        const QString exported = QString::fromUtf8(entry(file, QStringLiteral("sources/%1.txt").arg(document.guid)));
        const QList<uint> codePoints = exported.toUcs4();
        const QList<uint> slice = codePoints.mid(it->start, it->end - it->start);
        const QString coded = QString::fromUcs4(reinterpret_cast<const char32_t *>(slice.constData()), slice.size());
        QCOMPARE(coded, TextOffsets::slice(*m_project->documentText(document.id), coding.start, coding.end));
    }
}

void TestRefiQdaExport::export_memosAreNotesLinkedByNoteRef()
{
    const QString file = exportOnce(QStringLiteral("notes.qdpx"));
    QVERIFY(!file.isEmpty());
    const Qde qde = parseQde(entry(file, QStringLiteral("project.qde")));
    QCOMPARE(qde.notes.size(), 6);

    auto noteOf = [&](const QString &owner) {
        const QStringList refs = qde.noteRefsOf.value(owner);
        return refs.size() == 1 ? qde.notes.value(refs.first()) : QString();
    };
    QCOMPARE(noteOf(QStringLiteral("Project")), m_project->projectMemo());
    const Document mixed = *m_project->documentByName(QStringLiteral("mixed"));
    QCOMPARE(noteOf(mixed.guid), mixed.memo);
    const CodeTree tree(m_project->codes());
    const Code *children = tree.findByPath(QStringLiteral("Protection/Children"));
    QCOMPARE(noteOf(children->guid), children->memo);
    int codingNotes = 0;
    for (const Coding &coding : m_project->codings()) {
        const auto it = std::find_if(qde.selections.cbegin(), qde.selections.cend(),
                                     [&](const Selection &s) { return s.codingGuid == coding.guid; });
        if (coding.memo.isEmpty()) {
            QVERIFY(it->noteRefs.isEmpty());
            continue;
        }
        QCOMPARE(it->noteRefs.size(), 1);
        QCOMPARE(qde.notes.value(it->noteRefs.first()), coding.memo);
        ++codingNotes;
    }
    QCOMPARE(codingNotes, 2);
}

void TestRefiQdaExport::export_memos_areAlsoDescriptionsAndNotesHaveDates()
{
    // QualCoder reads memos only from <Description> and fails on a <Note> without a date; other tools read
    // notes. Every memo is in both places, and every note has its owner's time.
    const QString file = exportOnce(QStringLiteral("descriptions.qdpx"));
    QVERIFY(!file.isEmpty());
    const Qde qde = parseQde(entry(file, QStringLiteral("project.qde")));
    QVERIFY(!qde.notes.isEmpty());
    for (auto it = qde.noteCreated.cbegin(); it != qde.noteCreated.cend(); ++it) {
        QVERIFY2(QDateTime::fromString(it.value(), Qt::ISODateWithMs).isValid(), qPrintable(it.key()));
        QVERIFY2(it.value().endsWith(u'Z'), qPrintable(it.value()));
    }

    QCOMPARE(qde.descriptions.value(QStringLiteral("Project")), m_project->projectMemo());
    const Document mixed = *m_project->documentByName(QStringLiteral("mixed"));
    QCOMPARE(qde.descriptions.value(mixed.guid), mixed.memo);
    QCOMPARE(qde.noteCreated.value(qde.noteRefsOf.value(mixed.guid).first()),
             mixed.imported.toUTC().toString(Qt::ISODateWithMs));
    QVERIFY(!qde.descriptions.contains(m_project->documentByName(QStringLiteral("uncoded"))->guid));

    const CodeTree tree(m_project->codes());
    // A code with a description keeps it there (its memo is a note only); a code without one has its memo.
    const Code *children = tree.findByPath(QStringLiteral("Protection/Children"));
    QCOMPARE(qde.descriptions.value(children->guid), children->description);
    const Code *principle = tree.findByPath(QStringLiteral("Non-refoulement\\/return"));
    QVERIFY(principle);
    QCOMPARE(qde.descriptions.value(principle->guid), principle->memo);
    QCOMPARE(qde.noteCreated.value(qde.noteRefsOf.value(principle->guid).first()),
             principle->created.toUTC().toString(Qt::ISODateWithMs));
    QVERIFY(!qde.descriptions.contains(tree.findByPath(QStringLiteral("Protection/Children/Guardianship"))->guid));

    QHash<qint64, QString> coderGuids;
    for (const Coder &coder : m_project->coders())
        coderGuids.insert(coder.id, coder.guid);
    int described = 0;
    for (const Coding &coding : m_project->codings()) {
        const auto it = std::find_if(qde.selections.cbegin(), qde.selections.cend(),
                                     [&](const Selection &s) { return s.codingGuid == coding.guid; });
        QVERIFY(it != qde.selections.cend());
        QCOMPARE(it->description, coding.memo);
        if (coding.memo.isEmpty())
            continue;
        ++described;
        QCOMPARE(qde.noteCreated.value(it->noteRefs.first()), coding.created.toUTC().toString(Qt::ISODateWithMs));
        QCOMPARE(qde.noteUser.value(it->noteRefs.first()), coderGuids.value(coding.coderId));
    }
    QCOMPARE(described, 2);
}

void TestRefiQdaExport::export_report_namesWhatQualCoderDrops()
{
    // QualCoder shows a code's <Description> as its memo: the memo of a code that has a description is a note
    // only, which QualCoder does not read. The report says so instead of "Nothing was left out".
    auto report = RefiQdaExporter::exportProject(*m_project, path(QStringLiteral("qualcoder.qdpx")));
    QVERIFY2(report, qPrintable(report.error()));
    const QString lines = report->lines().join(u'\n');
    QVERIFY2(!lines.contains(QLatin1String("Nothing was left out.")), qPrintable(lines));
    QVERIFY2(lines.contains(QLatin1String("QualCoder")), qPrintable(lines));
    QCOMPARE(report->droppedByToolsCount(QStringLiteral("QualCoder:code-memo")), 1);
    QVERIFY2(lines.contains(QLatin1String("\"Protection/Children\"")), qPrintable(lines));

    // A project whose memos all reach QualCoder says nothing was left out.
    auto created = Project::create(path(QStringLiteral("reaches-qualcoder.marginalia")));
    QVERIFY(created);
    auto code = (*created)->addCode(QStringLiteral("Trust"));
    QVERIFY(code);
    QVERIFY((*created)->setCodeMemo(code->id, QStringLiteral("A memo, and no description.")));
    QVERIFY((*created)->setProjectMemo(QStringLiteral("Pilot.")));
    auto clean = RefiQdaExporter::exportProject(**created, path(QStringLiteral("reaches-qualcoder.qdpx")));
    QVERIFY2(clean, qPrintable(clean.error()));
    QVERIFY2(clean->lines().join(u'\n').contains(QLatin1String("Nothing was left out.")),
             qPrintable(clean->lines().join(u'\n')));
}

void TestRefiQdaExport::export_twice_givesTheSameGuidsAndTheSameQde()
{
    const QString first = exportOnce(QStringLiteral("first.qdpx"));
    const QString second = exportOnce(QStringLiteral("second.qdpx"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    const QByteArray a = entry(first, QStringLiteral("project.qde"));
    const QByteArray b = entry(second, QStringLiteral("project.qde"));
    QVERIFY(!a.isEmpty());
    QCOMPARE(parseQde(a).guids, parseQde(b).guids);
    QCOMPARE(a, b);
    // Every GUID in the file is distinct: notes and selections derive theirs from different owners.
    const QStringList guids = parseQde(a).guids;
    QCOMPARE(QSet<QString>(guids.cbegin(), guids.cend()).size(), guids.size());
}

void TestRefiQdaExport::export_cancelled_leavesTheTargetAsItWas()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("kept.qdpx"));
    QVERIFY(writeFile(file, "an earlier export"));
    int calls = 0;
    auto report = RefiQdaExporter::exportProject(*m_project, file, [&](int, int) { return ++calls < 2; });
    QVERIFY(!report);
    QVERIFY2(report.error().contains(QLatin1String("cancelled")), qPrintable(report.error()));
    QCOMPARE(readFile(file), QByteArray("an earlier export"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("kept.qdpx")});
}

void TestRefiQdaExport::export_progress_countsUpToItsTotal()
{
    QList<std::pair<int, int>> calls;
    auto report
        = RefiQdaExporter::exportProject(*m_project, path(QStringLiteral("progress.qdpx")), [&](int done, int total) {
              calls.append({done, total});
              return true;
          });
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY(calls.size() >= 3);
    for (qsizetype i = 1; i < calls.size(); ++i)
        QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
    QCOMPARE(calls.last().first, calls.last().second);
    QCOMPARE(calls.last().second, 3 + 9); // documents and codings
}

void TestRefiQdaExport::export_unwritableTarget_namesTheFile()
{
    const QString file = path(QStringLiteral("no-such-folder/x.qdpx"));
    auto report = RefiQdaExporter::exportProject(*m_project, file);
    QVERIFY(!report);
    QVERIFY2(report.error().contains(file), qPrintable(report.error()));
}

void TestRefiQdaExport::export_pagedPdfText_reportsWhatTheFormatCannotHold()
{
    auto created = Project::create(path(QStringLiteral("pdf.marginalia")));
    QVERIFY(created);
    NewDocument pdf;
    pdf.name = QStringLiteral("resolution");
    pdf.text = QStringLiteral("Page one.\n\nPage two.");
    pdf.fileType = QStringLiteral("application/pdf");
    pdf.encoding.clear();
    pdf.pageStarts = {11};
    QVERIFY((*created)->addDocument(pdf));
    NewDocument markdown;
    markdown.name = QStringLiteral("notes");
    markdown.format = QStringLiteral("markdown");
    markdown.fileType = QStringLiteral("text/markdown");
    markdown.text = QStringLiteral("# Notes");
    QVERIFY((*created)->addDocument(markdown));
    auto report = RefiQdaExporter::exportProject(**created, path(QStringLiteral("pdf.qdpx")));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->documents, 2);
    QCOMPARE(report->adjustedCount(QStringLiteral("plain-text")), 1);
    QCOMPARE(report->notMappedCount(QStringLiteral("pages")), 1);
    QVERIFY(report->lines().join(u'\n').contains(QLatin1String("\"resolution\"")));
}

void TestRefiQdaExport::roundTrip_givesBackCodesCodersDocumentsCodingsAndMemos()
{
    const QString file = exportOnce(QStringLiteral("roundtrip.qdpx"));
    QVERIFY(!file.isEmpty());
    const QString copyPath = path(QStringLiteral("copy.marginalia"));
    auto report = RefiQdaImporter::importProject(file, copyPath);
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY2(report->isComplete(), qPrintable(report->lines().join(u'\n')));
    QVERIFY2(report->adjusted.isEmpty(), qPrintable(report->lines().join(u'\n')));
    auto opened = Project::open(copyPath);
    QVERIFY2(opened, qPrintable(opened.error()));
    const Project &copy = **opened;
    QVERIFY(copy.check().isEmpty());

    QCOMPARE(copy.projectMemo(), m_project->projectMemo());
    QCOMPARE(copy.name(), m_project->name());

    auto coders = [](const Project &p) {
        QStringList result;
        for (const Coder &coder : p.coders())
            result.append(coder.name + u'|' + coder.guid);
        return result;
    };
    QCOMPARE(coders(copy), coders(*m_project));

    const CodeTree before(m_project->codes());
    const CodeTree after(copy.codes());
    auto codes = [](const CodeTree &tree) {
        QStringList result;
        for (const Code &code : tree.codes())
            result.append(
                QStringList{tree.path(code.id), code.guid, code.color, code.description, code.memo}.join(u'|'));
        return result;
    };
    QCOMPARE(codes(after), codes(before));

    auto documents = [](const Project &p) {
        QStringList result;
        for (const Document &document : p.documents()) {
            result.append(QStringList{document.name, document.guid, document.memo, *p.documentText(document.id),
                                      document.imported.toString(Qt::ISODateWithMs)}
                              .join(u'|'));
        }
        return result;
    };
    QCOMPARE(documents(copy), documents(*m_project));

    // Every coding: same GUID, document, code, coder, range, coded text, memo and time.
    auto codings = [](const Project &p) {
        const CodeTree tree(p.codes());
        QHash<qint64, QString> coderNames;
        for (const Coder &coder : p.coders())
            coderNames.insert(coder.id, coder.name);
        QStringList result;
        for (const Coding &coding : p.codings()) {
            const Document document = *p.document(coding.documentId);
            result.append(QStringList{coding.guid, document.name, tree.path(coding.codeId),
                                      coderNames.value(coding.coderId), QString::number(coding.start),
                                      QString::number(coding.end),
                                      TextOffsets::slice(*p.documentText(document.id), coding.start, coding.end),
                                      coding.memo, coding.created.toString(Qt::ISODateWithMs)}
                              .join(u'|'));
        }
        result.sort();
        return result;
    };
    QCOMPARE(codings(copy), codings(*m_project));
    QCOMPARE(report->codings, 9);
    QCOMPARE(report->memos, 6);
}

void TestRefiQdaExport::export_attributesCasesAndSets_areVariablesCasesAndSets()
{
    Project &p = *m_project;
    const QList<Document> documents = p.documents();
    const qint64 first = documents.at(0).id;
    const qint64 second = documents.at(1).id;
    const auto year = p.addAttribute(QStringLiteral("year"), AttributeType::Number);
    const auto adopted = p.addAttribute(QStringLiteral("adopted"), AttributeType::Date);
    const auto binding = p.addAttribute(QStringLiteral("binding"), AttributeType::Boolean);
    const auto type
        = p.addAttribute(QStringLiteral("type"), AttributeType::List, {QStringLiteral("resolution & note")});
    QVERIFY(year && adopted && binding && type);
    QVERIFY(p.setAttributeValues({{first, year->id, QStringLiteral("2017")},
                                  {first, adopted->id, QStringLiteral("2017-12-19")},
                                  {first, binding->id, QStringLiteral("yes")},
                                  {second, type->id, QStringLiteral("resolution & note")}}));
    const auto austria = p.addCase(QStringLiteral("Austria"));
    QVERIFY(austria);
    QVERIFY(p.addCaseMember({0, austria->id, first, 0, 0}));
    QVERIFY(p.addCaseMember({0, austria->id, second, 0, 5}));
    QVERIFY(p.setCaseMemo(austria->id, QStringLiteral("Federal state & EU member")));
    const auto population
        = p.addAttribute(QStringLiteral("population"), AttributeType::Number, {}, AttributeTarget::Case);
    const auto region = p.addAttribute(QStringLiteral("region"), AttributeType::List,
                                       {QStringLiteral("Europe"), QStringLiteral("Africa")}, AttributeTarget::Case);
    QVERIFY(population && region);
    QVERIFY(p.setCaseAttributeValues({{austria->id, population->id, QStringLiteral("9100000")},
                                      {austria->id, region->id, QStringLiteral("europe")}}));
    QVERIFY(p.addDocumentSet(QStringLiteral("Core"), {first, second}));
    QVERIFY(p.addDocumentSet(QStringLiteral("Recent"), {}, QStringLiteral("year >= 2017")));
    const CodeTree tree(p.codes());
    const Code *children = tree.findByPath(QStringLiteral("Protection/Children"));
    const Code *identification = tree.findByPath(QStringLiteral("Identification"));
    QVERIFY(children && identification);
    const auto rows = p.addCodeSet(QStringLiteral("Matrix rows"), {children->id, identification->id});
    QVERIFY(rows);
    QVERIFY(p.setCodeSetMemo(rows->id, QStringLiteral("The rows of the protection matrix")));

    const QString file = path(QStringLiteral("variables.qdpx"));
    auto report = RefiQdaExporter::exportProject(p, file);
    QVERIFY2(report, qPrintable(report.error()));
    const QByteArray qde = entry(file, QStringLiteral("project.qde"));
    QVERIFY(qde.contains("typeOfVariable=\"Float\""));
    QVERIFY(qde.contains("typeOfVariable=\"Date\""));
    QVERIFY(qde.contains("typeOfVariable=\"Boolean\""));
    QVERIFY(qde.contains("<FloatValue>2017</FloatValue>"));
    QVERIFY(qde.contains("<DateValue>2017-12-19</DateValue>"));
    QVERIFY(qde.contains("<BooleanValue>true</BooleanValue>"));
    QVERIFY(qde.contains("<TextValue>resolution &amp; note</TextValue>"));
    QVERIFY(qde.contains("<Case guid="));
    QVERIFY(qde.contains(QStringLiteral("<SourceRef targetGUID=\"%1\"/>").arg(documents.at(0).guid).toUtf8()));
    QVERIFY(qde.contains("<Set guid="));
    QVERIFY(qde.contains(QStringLiteral("<MemberSource targetGUID=\"%1\"/>").arg(documents.at(1).guid).toUtf8()));
    // Case attributes are variables too, their values in the case before its documents; the memo is the
    // case's description.
    QVERIFY(qde.contains(QStringLiteral("<Variable guid=\"%1\" name=\"population\" typeOfVariable=\"Float\"/>")
                             .arg(population->guid)
                             .toUtf8()));
    QVERIFY(qde.contains("<FloatValue>9100000</FloatValue>"));
    QVERIFY(qde.contains("<TextValue>Europe</TextValue>"));
    QVERIFY(qde.contains("<Description>Federal state &amp; EU member</Description>"));
    // The passage is a selection without a coding in its source, named by the case's <SelectionRef>.
    const QRegularExpression selectionRef(QStringLiteral("<SelectionRef targetGUID=\"([0-9a-f-]{36})\"/>"));
    const QRegularExpressionMatch passage = selectionRef.match(QString::fromUtf8(qde));
    QVERIFY(passage.hasMatch());
    QVERIFY(qde.contains(
        QStringLiteral("<PlainTextSelection guid=\"%1\" name=\"%2\" startPosition=\"0\" endPosition=\"5\"/>")
            .arg(passage.captured(1), p.documentText(second)->left(5))
            .toUtf8()));
    // The code set, with its memo and its codes.
    QVERIFY(qde.contains(QStringLiteral("<Set guid=\"%1\" name=\"Matrix rows\">").arg(rows->guid).toUtf8()));
    QVERIFY(qde.contains("<Description>The rows of the protection matrix</Description>"));
    QVERIFY(qde.contains(QStringLiteral("<MemberCode targetGUID=\"%1\"/>").arg(identification->guid).toUtf8()));
    QCOMPARE(report->attributes, 6);
    QCOMPARE(report->attributeValues, 6);
    QCOMPARE(report->cases, 1);
    QCOMPARE(report->sets, 2);
    // What the format cannot hold is said: a set saved from a condition, a list's values.
    QCOMPARE(report->notMappedCount(QStringLiteral("case-passages")), 0);
    QCOMPARE(report->notMappedCount(QStringLiteral("condition-sets")), 1);
    QCOMPARE(report->adjustedCount(QStringLiteral("list-variable")), 2);
    MARGINALIA_SKIP_WITHOUT_REFI_QDA();
    const QString qdeFile = path(QStringLiteral("variables-project.qde"));
    QVERIFY(writeFile(qdeFile, qde));
    MARGINALIA_VALIDATE_XSD(refiQdaPath(QStringLiteral("Project.xsd")), qdeFile);
}

QTEST_GUILESS_MAIN(TestRefiQdaExport)
#include "tst_refiqdaexport.moc"
