#pragma once

// Helpers for the REFI-QDA tests (header-only: each test is its own executable).

#include "testsupport.h"

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
                  { QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--schema"), schema, file });
    if (!process.waitForFinished(60000))
        return QStringLiteral("xmllint did not finish");
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return {};
    return QString::fromUtf8(process.readAllStandardError());
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
