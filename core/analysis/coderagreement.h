#pragma once

#include "analysis/statistic.h"
#include "base/result.h"
#include "model/entities.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Marginalia::Core {

class Project;

/// Which coders, codes and documents to compare.
struct AgreementRequest
{
    /// Two or more; empty: every coder who coded in the compared documents.
    QList<qint64> coderIds;
    /// 0: every code.
    qint64 codeId = 0;
    /// A code's coverage includes its subcodes' (a coder "coded" a character with Protection when one of
    /// their codings of Protection or of a code below it covers it).
    bool includeSubcodes = false;
    /// 0: every document one of the coders coded anything in.
    qint64 documentId = 0;
    /// Also a row per code and document (Result::byDocument); without them only the pooled rows are
    /// computed, which on a large project takes a fraction of the time.
    bool documentRows = true;
    /// Also the row pooled over all compared codes (Result::overall), e.g. a student's summary.
    bool overallRow = false;
    /// When set, only these documents (a set, or those meeting a condition on their attributes).
    std::optional<QSet<qint64>> documentIds = std::nullopt;
};

/// The agreement of the coders on one code, in one document or pooled over the compared documents.
struct AgreementRow
{
    qint64 codeId = 0;
    QString codePath;
    qint64 documentId = 0; ///< 0 when pooled over the documents
    QString document;
    qint64 documents = 0; ///< documents compared
    qint64 characters = 0; ///< units: the code points of the compared documents
    /// Characters every compared coder coded, and each coder's own (in Result::coders' order): what
    /// precision and recall against a key are made of.
    qint64 codedByAll = 0;
    QList<qint64> codedByCoder;
    Statistic percentAgreement;
    Statistic cohenKappa;
    Statistic fleissKappa;
    Statistic krippendorffAlpha;
    Statistic unitizingAlpha;
};

/// A maximal stretch of a document where two coders differ on a code: one coded it, the other did not.
struct Disagreement
{
    qint64 documentId = 0;
    QString document;
    qint64 codeId = 0;
    QString codePath;
    qint64 start = 0; ///< code points
    qint64 end = 0;
    qint64 coderId = 0; ///< the one who coded it
    QString codedBy;
    QString text;
};

/**
 * How far coders agree on each code: character by character (every code point of a compared document is
 * a unit, coded by a coder when one of their codings of the code covers it) with percent agreement,
 * Cohen's kappa (two coders), Fleiss' kappa and Krippendorff's nominal alpha; and as units on the text's
 * continuum with Krippendorff's unitizing alpha (docs/agreement.md has the formulas and their sources).
 *
 * The compared documents are those the coders worked in: every document where one of them made a coding
 * (of any code), or the one asked for. A document nobody coded is not part of the study, and counting its
 * characters as agreement ("nobody coded it") would only inflate percent agreement.
 *
 * One pass over the codings (Project::forEachCoding, in code order); each coder's codings of a code in a
 * document are merged into their coverage, and a sweep over the coverages' boundaries counts, for every
 * stretch, how many coders marked it. The statistics are computed from those counts, never per character.
 */
class CoderAgreement final
{
public:
    struct Result
    {
        QList<Coder> coders; ///< the coders compared, in name order
        QList<AgreementRow> byCode; ///< one row per code (codebook order), pooled over the documents
        /// One row per code and document where one of the coders coded the code.
        QList<AgreementRow> byDocument;
        /// When asked (AgreementRequest::overallRow): pooled over the codes that one of the coders coded
        /// (codeId 0, empty path). Every such code's characters are units of their own, so a code covering
        /// much text weighs more; alpha-u lays every code's continua end to end.
        AgreementRow overall;
    };
    static Core::Result<Result> compute(const Project &project, const AgreementRequest &request);

    /// Where two coders differ, in document and text order: one row per maximal stretch that one of them
    /// coded with the code and the other did not.
    static Core::Result<QList<Disagreement>> disagreements(const Project &project, qint64 firstCoderId,
                                                           qint64 secondCoderId, qint64 codeId = 0,
                                                           bool includeSubcodes = false, qint64 documentId = 0);
};

} // namespace Marginalia::Core
