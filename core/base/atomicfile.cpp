#include "base/atomicfile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace Marginalia::Core {

Status AtomicFile::write(const QString &path, const std::function<Status(QIODevice *)> &content,
                         const Describe &describe)
{
    auto failure = [&](const QString &reason) {
        if (describe)
            return Error{describe(path, reason)};
        return Error{
            QCoreApplication::translate("Marginalia::Core::AtomicFile", "%1: cannot be written: %2").arg(path, reason)};
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    if (Status status = content(&file); !status) {
        file.cancelWriting();
        return status;
    }
    if (!file.commit())
        return failure(file.errorString());
    return success();
}

} // namespace Marginalia::Core
