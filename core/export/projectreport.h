#pragma once

#include "analysis/frequencies.h"
#include "base/result.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class QIODevice;

namespace Marginalia::Core {

class CodeTree;
class Project;

/// What a project report holds besides what every report has (title, codebook, frequencies, memos).
struct ProjectReportOptions
{
    /// The codes whose excerpts are listed, in this order (the CLI's --code PATHs, the window's choice).
    QList<qint64> excerptCodeIds;
    /// An excerpt code's excerpts include those of its subcodes.
    bool includeSubcodes = false;
    /// At most this many excerpts per code, then a line saying how many more there are; 0: all of them.
    int maxExcerptsPerCode = 0;
    /// The scope: only these documents (a set, or those meeting a condition), as the analyses take it.
    std::optional<QSet<qint64>> documentIds = std::nullopt;
    /// The coders whose agreement is reported; empty: everyone who coded, when that is two or more.
    QList<qint64> agreementCoderIds;
    bool includeAgreement = true;
    enum class Chart { InlineSvg, Image };
    /// InlineSvg for browsers. Image is for QTextDocument (the window's PDF), which draws no inline SVG and
    /// knows no dir="auto": the chart becomes <img src="marginalia:chart"/>, for frequencyChartSvg()
    /// rendered as that image, and each block of text is given its direction (rtl or ltr) outright.
    Chart chart = Chart::InlineSvg;
    /// The report's language as a BCP 47 tag ("ar" makes the page right to left); empty: the locale's.
    QString language;
    /// What the excerpts section says when no code was chosen: how to choose them where the report is made.
    QString howToChooseCodes;
    /// Who made it, for the title block ("Marginalia 1.2.0"); empty: "Marginalia".
    QString generator;
    /// With documentIds: what the scope is, in words for the title block (describeScope(), or a label the
    /// window gave the documents); empty: only their number is given.
    QString scopeDescription;
};

/// What a written report holds, for the caller's summary line.
struct ProjectReportSummary
{
    int codes = 0;
    qint64 excerpts = 0;
    /// Coders whose agreement was reported; 0 when there was no agreement section.
    int agreementCoders = 0;
};

/**
 * The project report: one self-contained, printable page (polyglot XHTML, UTF-8, inline CSS, no script, no
 * external resource) with the codebook and its definitions, code frequencies (per coder when several coded)
 * with a bar chart, the excerpts of chosen codes with their document, page and paragraph, the memos and,
 * when two or more coders coded, their agreement.
 *
 * Every datum is escaped, and every block of other people's text is dir="auto", so that a code named
 * "</td><script>" or an Arabic excerpt reads as it should. The excerpts are streamed (ExcerptReader), so a
 * report over a large project is written without holding its codings.
 */
class ProjectReport final
{
public:
    static Result<ProjectReportSummary> writeHtml(const Project &project, const ProjectReportOptions &options,
                                                  QIODevice *device);

    /// A scope in words for ProjectReportOptions::scopeDescription: "the set “Resolutions”", "documents
    /// where year >= 2017", or both; empty when neither is given.
    static QString describeScope(const QString &setName, const QString &condition);

    /// The frequency chart as a standalone SVG document: the @p maxCodes codes with most codings (the
    /// last bar adding up the rest as "other", as the window's chart does), in the codes' colours.
    static QString frequencyChartSvg(const Frequencies &frequencies, const CodeTree &codes,
                                     int maxCodes = Frequencies::DefaultChartCodes);
};

} // namespace Marginalia::Core
