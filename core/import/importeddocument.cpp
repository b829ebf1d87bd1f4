#include "import/importeddocument.h"

namespace Marginalia::Core {

NewDocument ImportedDocument::toNewDocument() const
{
    NewDocument document;
    document.name = name;
    document.originalFileName = originalFileName;
    document.format = format;
    document.encoding = encoding;
    document.text = text;
    document.fileSize = fileSize;
    document.fileSha256 = fileSha256;
    document.fileType = fileType;
    document.pageStarts = pageStarts;
    document.pageCount = pageCount;
    document.headings = headings;
    return document;
}

} // namespace Marginalia::Core
