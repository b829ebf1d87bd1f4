// libFuzzer target: the REFI-QDA readers. The first byte chooses the reader: even, a project's
// project.qde imported as a new project (RefiQdaImporter, the whole path from XML to the store); odd, a
// codebook (.qdc) merged into an empty project (RefiQdaCodebook). An import either succeeds and leaves a
// project that passes check(), or fails and leaves no file: anything else is a finding.

#include "exchange/refiqdacodebook.h"
#include "exchange/refiqdaimporter.h"
#include "fuzzscratch.h"
#include "store/project.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstdint>

namespace {

using Marginalia::Fuzz::scratch;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Marginalia::Core;
    if (size < 1 || !scratch().isValid())
        return 0;
    const bool codebook = (data[0] & 1) != 0;
    const QByteArray xml(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString projectPath = scratch().filePath(QStringLiteral("fuzz.marginalia"));
    QFile::remove(projectPath);

    if (codebook) {
        auto project = Project::create(projectPath);
        if (!project)
            __builtin_trap();
        (void)RefiQdaCodebook::importXml(**project, xml, QStringLiteral("fuzz.qdc"));
        if (!(*project)->check().isEmpty())
            __builtin_trap();
    } else {
        const QString folder = scratch().filePath(QStringLiteral("unzipped"));
        QDir(folder).removeRecursively();
        QDir().mkpath(folder);
        if (!writeFile(folder + QStringLiteral("/project.qde"), xml))
            return 0;
        const auto imported = RefiQdaImporter::importProject(folder, projectPath);
        if (imported) {
            auto project = Project::open(projectPath, Project::Access::ReadOnly);
            if (!project || !(*project)->check().isEmpty())
                __builtin_trap();
        } else if (QFile::exists(projectPath)) {
            __builtin_trap(); // a failed import leaves nothing behind
        }
    }
    QFile::remove(projectPath);
    return 0;
}
