#include "import/documentformat.h"

#include <QFileInfo>

namespace Marginalia::Core {

DocumentFormat::~DocumentFormat() = default;

bool DocumentFormat::isFileType(const QString &fileType) const
{
    return fileType == mimeType();
}

bool DocumentFormat::isStoredFormat(const QString &) const
{
    return false;
}

bool DocumentFormat::hasSuffixOf(const QString &fileName) const
{
    return suffixes().contains(QFileInfo(fileName).suffix().toLower());
}

} // namespace Marginalia::Core
