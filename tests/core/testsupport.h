#pragma once

// Helpers shared by the test executables (header-only: each test is its own executable).

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

namespace Marginalia::Test {

/// The shared folder beside the checkout (corpus/, refi-qda/); tests that need it skip when it is absent.
inline QString sharedDir()
{
    return QDir::cleanPath(QStringLiteral(MARGINALIA_SHARED_DIR));
}

inline QString corpusPath(const QString &relative)
{
    return sharedDir() + QStringLiteral("/corpus/") + relative;
}

inline bool hasCorpus()
{
    return QFile::exists(corpusPath(QStringLiteral("global-compact-vienna-2017.txt")));
}

/// SHA-256 of a file's bytes, to prove a failed operation left a project file exactly as it was.
inline QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace Marginalia::Test

#define MARGINALIA_SKIP_WITHOUT_CORPUS()                                                                               \
    do {                                                                                                               \
        if (!Marginalia::Test::hasCorpus())                                                                            \
            QSKIP("the shared corpus (../shared/corpus) is not present");                                              \
    } while (false)
