#include "exchange/projecthandout.h"

#include "store/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::ProjectHandout)
};

} // namespace

Result<HandoutSummary> ProjectHandout::write(const Project &project, const QString &path, const HandoutOptions &options)
{
    if (QFileInfo::exists(path))
        return Error{Tr::tr("%1: the file exists already; choose a new name.").arg(path)};
    QList<Coder> leftOut;
    for (const QString &name : options.withoutCoders) {
        const auto coder = project.coderByName(name);
        if (!coder)
            return Error{Tr::tr("%1: there is no coder \"%2\" to leave out.").arg(project.filePath(), name)};
        leftOut.append(*coder);
    }
    if (options.withoutCodings)
        leftOut = project.coders();

    // Built under a temporary name beside the target, renamed when complete: a failed hand-out leaves
    // nothing a student could be given by mistake.
    const QString partial
        = QFileInfo(path).absoluteDir().filePath(QStringLiteral(".%1.partial").arg(QFileInfo(path).fileName()));
    QFile::remove(partial);
    const auto discard = [&partial](const QString &error) -> Result<HandoutSummary> {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-wal"));
        QFile::remove(partial + QStringLiteral("-shm"));
        return Error{error};
    };
    if (Status copied = project.saveCopy(partial); !copied)
        return discard(copied.error());
    HandoutSummary summary;
    {
        auto copy = Project::open(partial);
        if (!copy)
            return discard(copy.error());
        Status changed = (*copy)->transact(Tr::tr("preparing the hand-out"), [&]() -> Status {
            for (const Coder &coder : std::as_const(leftOut)) {
                const auto inCopy = (*copy)->coderByName(coder.name);
                if (!inCopy)
                    continue;
                auto removed = (*copy)->removeCoderAndCodings(inCopy->id);
                if (!removed)
                    return Error{removed.error()};
                summary.codersLeftOut.append(coder.name);
                summary.codingsLeftOut += *removed;
            }
            if (options.withoutMemos)
                return (*copy)->clearMemos();
            return success();
        });
        if (!changed)
            return discard(changed.error());
        summary.documents = (*copy)->documentNames().size();
        summary.codes = (*copy)->codes().size();
        summary.codingsKept = (*copy)->codings().size();
    }
    // The copy is closed, and SQLite checkpointed its WAL into it on the way: one file to hand out. A WAL
    // still there would hold part of the copy, which a rename of the file alone would lose.
    if (QFileInfo::exists(partial + QStringLiteral("-wal")))
        return discard(Tr::tr("%1: the copy was not closed cleanly; try again.").arg(path));
    if (!QFile::rename(partial, path))
        return discard(Tr::tr("%1: could not write the hand-out there.").arg(path));
    return summary;
}

} // namespace Marginalia::Core
