#pragma once

// The "large project" of PRODUCT.md (2,000 documents, 50 MB of text, 500 codes, 5 coders, 200,000
// codings), generated through the core API from a fixed seed and cached on disk, keyed by the generator
// version and the parameters, so that reruns skip the generation.

#include "base/result.h"

#include <QString>

namespace Marginalia::Bench {

struct LargeProjectSpec
{
    /// Bump whenever the generator's output changes, so that stale caches are not reused.
    static constexpr int GeneratorVersion = 1;

    qint64 documents = 2000;
    qint64 textBytes = 50'000'000; ///< UTF-8 bytes over all documents
    qint64 codings = 200'000;
    qint64 topLevelCodes = 50; ///< each with 3 children with 2 children each: 10 codes per tree, 500 in all
    quint64 seed = 0x4D52474E2025ULL;

    /// The reference workload scaled down (documents, text and codings; the codebook stays) for smoke runs.
    static LargeProjectSpec scaled(double scale);
    qint64 codes() const { return topLevelCodes * 10; }
    static constexpr qint64 coders = 5;
    /// File name stem of the cached project: generator version and every parameter.
    QString cacheKey() const;
};

/// What the generator made, kept beside the cached file (<key>.json).
struct LargeProjectInfo
{
    QString path;
    bool generatedNow = false;
    double generationSeconds = 0;
    QString generatedAt;
    qint64 documents = 0;
    qint64 textBytes = 0; ///< UTF-8
    qint64 codePoints = 0;
    qint64 smallestDocumentBytes = 0;
    qint64 largestDocumentBytes = 0;
    qint64 nonAsciiDocuments = 0;
    qint64 supplementaryDocuments = 0; ///< with characters outside the BMP (emoji, rare CJK)
    qint64 arabicDocuments = 0;
    qint64 codes = 0;
    qint64 coders = 0;
    qint64 codings = 0;
    qint64 overlappingCodings = 0; ///< codings that overlap at least one other coding of their document
    qint64 codedCodePoints = 0; ///< sum of coding lengths
    qint64 fileBytes = 0;
};

/**
 * The cached large project in @p dataDir, generated first when missing, stale or @p regenerate.
 * @p progress receives one line now and then while generating.
 */
Core::Result<LargeProjectInfo> ensureLargeProject(const QString &dataDir, const LargeProjectSpec &spec, bool regenerate,
                                                  void (*progress)(const QString &));

} // namespace Marginalia::Bench
