// libFuzzer target: the attribute table reader. CsvReader splits the bytes into rows (quotes, line
// breaks in cells, a BOM, semicolons); AttributeCsv then imports them into a project of three documents
// and two cases, for the documents or (first byte odd) the cases. An import is all or nothing: when it
// fails the project's attributes and values are exactly as before, and whatever it does the project
// passes check().

#include "export/attributecsv.h"
#include "fuzzscratch.h"
#include "store/project.h"
#include "text/csvreader.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstdint>
#include <memory>

namespace {

using Marginalia::Fuzz::scratch;

/// The project every input starts from, made once: three documents and two cases, no attributes.
QString templateProject()
{
    using namespace Marginalia::Core;
    static const QString path = [] {
        const QString templatePath = scratch().filePath(QStringLiteral("template.marginalia"));
        auto project = Project::create(templatePath);
        if (!project)
            return QString();
        for (const char *name : {"report", "notes", "A/RES/72/179"}) {
            NewDocument document;
            document.name = QString::fromUtf8(name);
            document.text = QStringLiteral("Text of ") + document.name;
            if (!(*project)->addDocument(document))
                return QString();
        }
        if (!(*project)->addCase(QStringLiteral("Austria")) || !(*project)->addCase(QStringLiteral("EU")))
            return QString();
        return templatePath; // closed (and checkpointed into one file) as the project goes out of scope
    }();
    return path;
}

/// A copy of the template, opened: copying a closed file is much cheaper than building the schema anew.
std::unique_ptr<Marginalia::Core::Project> freshProject()
{
    using namespace Marginalia::Core;
    const QString source = templateProject();
    const QString path = scratch().filePath(QStringLiteral("attributes.marginalia"));
    QFile::remove(path);
    if (source.isEmpty() || !QFile::copy(source, path))
        return nullptr;
    auto project = Project::open(path);
    return project ? std::move(*project) : nullptr;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Marginalia::Core;
    if (size < 1 || !scratch().isValid())
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const auto rows = CsvReader::rows(bytes);
    if (rows) {
        for (const QStringList &row : *rows) {
            if (row.isEmpty())
                __builtin_trap(); // a row has at least one (perhaps empty) field
        }
    }
    const auto project = freshProject();
    if (!project)
        __builtin_trap();
    const AttributeTarget target = (data[0] & 1) != 0 ? AttributeTarget::Case : AttributeTarget::Document;
    const auto imported = AttributeCsv::import(*project, bytes, QStringLiteral("fuzz.csv"), target);
    if (!imported) {
        // Nothing half-applied.
        if (!project->attributes(target).isEmpty() || !project->attributeValues().isEmpty()
            || !project->caseAttributeValues().isEmpty() || project->cases().size() != 2)
            __builtin_trap();
    }
    if (!project->check().isEmpty())
        __builtin_trap();
    return 0;
}
