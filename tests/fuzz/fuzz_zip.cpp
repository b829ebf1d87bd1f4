// libFuzzer target: ZipArchive, opening an archive and reading every entry within small limits.

#include "archive/ziparchive.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Marginalia::Core::ZipLimits limits;
    limits.maxEntries = 256;
    limits.maxEntrySize = 4 * 1024 * 1024;
    limits.maxTotalSize = 16 * 1024 * 1024;
    auto archive = Marginalia::Core::ZipArchive::fromBytes(bytes, QStringLiteral("fuzz.zip"), limits);
    if (!archive)
        return 0;
    for (const QString &name : (*archive)->entryNames()) {
        // Every listed name is normalised: nothing an extractor could turn into a path outside.
        if (name.startsWith(u'/') || name.split(u'/').contains(QStringLiteral("..")))
            __builtin_trap();
        (void)(*archive)->findEntry(name.toUpper());
        const auto read = (*archive)->read(name);
        if (read && read->size() > limits.maxEntrySize)
            __builtin_trap();
    }
    return 0;
}
