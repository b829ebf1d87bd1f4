#pragma once

// Helpers for the REFI-QDA tests (header-only: each test is its own executable).

#include "archive/zipwriter.h"
#include "testsupport.h"
#include "text/textoffsets.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTest>

namespace Marginalia::Test {

inline QString refiQdaPath(const QString &relative)
{
    return sharedDir() + QStringLiteral("/refi-qda/") + relative;
}

inline bool hasRefiQda()
{
    return QFile::exists(refiQdaPath(QStringLiteral("Project.xsd")));
}

/// Runs `xmllint --noout --schema` on @p file; returns xmllint's complaints, empty when the file is valid.
/// Sets @p ran to false when xmllint is not installed (the caller skips).
inline QString xmllintErrors(const QString &schema, const QString &file, bool *ran)
{
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    *ran = !xmllint.isEmpty();
    if (!*ran)
        return {};
    QProcess process;
    process.start(xmllint,
                  {QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--schema"), schema, file});
    if (!process.waitForFinished(60000))
        return QStringLiteral("xmllint did not finish");
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return {};
    return QString::fromUtf8(process.readAllStandardError());
}

/// A text source of a hand-built REFI-QDA project: its text (LF line endings), whether its file has CRLF
/// line endings instead, and the phrases (whole words) coded in it, each once.
struct HandBuiltSource
{
    QString name;
    QString text;
    bool crlf = false;
    QStringList phrases;
};

/// The sources of the position tests: an interview transcript full of emoji, its file with CRLF line endings
/// (as NVivo on Windows writes them); a text with rare CJK characters outside the BMP; a text inside the BMP,
/// where code points and UTF-16 units agree.
inline QList<HandBuiltSource> positionTestSources()
{
    return {
        {QStringLiteral("Interview 7"),
         QString::fromUtf16(u"Interviewer: How did you feel when you arrived? \U0001F600\n"
                            u"Respondent: Honestly \U0001F605 it was hard. We waited \U0001F550 for hours at the "
                            u"border \U0001F6C2 and nobody explained anything. My daughter \U0001F467 cried \U0001F622 "
                            u"all night.\n"
                            u"Interviewer: And the officers? \U0001F46E\n"
                            u"Respondent: Some were kind \U0001F642, others shouted \U0001F620. I remember the cold "
                            u"\u2744\uFE0F most, and a nurse \U0001F469\u200D\u2695\uFE0F who helped us.\n"),
         true,
         {QStringLiteral("How did you feel"), QStringLiteral("Honestly"), QStringLiteral("it was hard"),
          QString::fromUtf16(u"waited \U0001F550 for hours"), QStringLiteral("nobody explained anything"),
          QString::fromUtf16(u"My daughter \U0001F467 cried"), QString::fromUtf16(u"\U0001F622 all night"),
          QStringLiteral("And the officers"), QStringLiteral("Some were kind"),
          QString::fromUtf16(u"shouted \U0001F620"), QString::fromUtf16(u"the cold \u2744\uFE0F most"),
          QStringLiteral("who helped us")}},
        {QStringLiteral("Shop names"),
         QString::fromUtf16(u"The shop \U00020BB7\u91CE\u5BB6 opened in 1899. Its name uses \U00020BB7, a variant of "
                            u"\u5409 outside the BMP. Fish \U00029E3D (hokke) is grilled there every day. Customers "
                            u"say \U0002000B is rare, and \U0002A6B2 rarer still.\n"),
         false,
         {QStringLiteral("opened in 1899"), QString::fromUtf16(u"Its name uses \U00020BB7"),
          QString::fromUtf16(u"a variant of \u5409"), QStringLiteral("outside the BMP"),
          QString::fromUtf16(u"Fish \U00029E3D (hokke) is grilled"), QStringLiteral("every day"),
          QString::fromUtf16(u"Customers say \U0002000B is rare"), QStringLiteral("rarer still")}},
        {QStringLiteral("Plain"),
         QStringLiteral("Screening at borders must respect non-refoulement. Children need guardians.\n"),
         false,
         {QStringLiteral("Screening at borders"), QStringLiteral("non-refoulement"),
          QStringLiteral("Children need guardians")}},
    };
}

/// The file text of @p source, as the project holds it.
inline QString fileTextOf(const HandBuiltSource &source)
{
    return source.crlf ? QString(source.text).replace(QStringLiteral("\n"), QStringLiteral("\r\n")) : source.text;
}

/// Writes a .qdpx holding @p sources, one user and one code, with an unnamed selection and a coding for each
/// phrase. Positions count the file's text (a CRLF as two) in UTF-16 units when @p utf16 (as NVivo writes
/// them), else in code points (as REFI-QDA says). @p origin, when not empty, is the project's origin.
inline bool writePositionsProject(const QString &path, const QList<HandBuiltSource> &sources, bool utf16,
                                  const QString &origin)
{
    QString xml
        = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" "
                         "name=\"Positions\"%1>"
                         "<Users><User guid=\"10000000-0000-0000-0000-000000000001\" name=\"Ana\"/></Users>"
                         "<CodeBook><Codes><Code guid=\"20000000-0000-0000-0000-000000000001\" name=\"Coded\" "
                         "isCodable=\"true\"/></Codes></CodeBook><Sources>")
              .arg(origin.isEmpty() ? QString() : QStringLiteral(" origin=\"%1\"").arg(origin));
    Core::ZipWriter zip(path);
    if (!zip.open())
        return false;
    int selection = 0;
    for (qsizetype s = 0; s < sources.size(); ++s) {
        const HandBuiltSource &source = sources.at(s);
        const QString guid = QStringLiteral("40000000-0000-0000-0000-%1").arg(s + 1, 12, 10, QLatin1Char('0'));
        const QString fileText = fileTextOf(source);
        if (!zip.addFile(QStringLiteral("sources/%1.txt").arg(guid), fileText.toUtf8()))
            return false;
        xml += QStringLiteral("<TextSource guid=\"%1\" name=\"%2\" plainTextPath=\"internal://%1.txt\">")
                   .arg(guid, source.name);
        const Core::TextOffsets offsets(fileText);
        for (const QString &phrase : source.phrases) {
            const qsizetype at = fileText.indexOf(phrase);
            if (at < 0)
                return false;
            const qsizetype start = utf16 ? at : offsets.toCodePoint(at);
            const qsizetype end = utf16 ? at + phrase.size() : offsets.toCodePoint(at + phrase.size());
            ++selection;
            xml += QStringLiteral("<PlainTextSelection guid=\"50000000-0000-0000-0000-%1\" startPosition=\"%2\" "
                                  "endPosition=\"%3\" creatingUser=\"10000000-0000-0000-0000-000000000001\">"
                                  "<Coding guid=\"60000000-0000-0000-0000-%1\"><CodeRef "
                                  "targetGUID=\"20000000-0000-0000-0000-000000000001\"/></Coding></PlainTextSelection>")
                       .arg(selection, 12, 10, QLatin1Char('0'))
                       .arg(start)
                       .arg(end);
        }
        xml += QStringLiteral("</TextSource>");
    }
    xml += QStringLiteral("</Sources></Project>");
    return zip.addFile(QStringLiteral("project.qde"), xml.toUtf8()) && zip.commit();
}

} // namespace Marginalia::Test

#define MARGINALIA_SKIP_WITHOUT_REFI_QDA()                                                                             \
    do {                                                                                                               \
        if (!Marginalia::Test::hasRefiQda())                                                                           \
            QSKIP("the shared REFI-QDA material (../shared/refi-qda) is not present");                                 \
    } while (false)

#define MARGINALIA_VALIDATE_XSD(schema, file)                                                                          \
    do {                                                                                                               \
        bool ran_ = false;                                                                                             \
        const QString errors_ = Marginalia::Test::xmllintErrors((schema), (file), &ran_);                              \
        if (!ran_)                                                                                                     \
            QSKIP("xmllint (libxml2-utils) is not installed");                                                         \
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_));                                                              \
    } while (false)
