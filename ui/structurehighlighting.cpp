#include "structurehighlighting.h"

#include "headinghighlighter.h"

#include <QPalette>
#include <QRegularExpression>
#include <QTextDocument>

#ifdef MARGINALIA_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

static void initResources()
{
    Q_INIT_RESOURCE(syntax);
}

namespace Marginalia::Ui {

namespace {

// Highlighting runs over the whole document when it is set: beyond this, opening would slow down.
constexpr qsizetype MaxHighlightedLength = 2 * 1024 * 1024;

} // namespace

class StructureHighlighting::Private
{
public:
#ifdef MARGINALIA_HAVE_KSYNTAXHIGHLIGHTING
    KSyntaxHighlighting::Repository repository;
    std::unique_ptr<KSyntaxHighlighting::SyntaxHighlighter> highlighter;
    bool dark = false;
#else
    std::unique_ptr<HeadingHighlighter> headings;
#endif
    /// A Word or OpenDocument document's stored headings, on every build.
    std::unique_ptr<StoredHeadingHighlighter> storedHeadings;
    QString active;
};

StructureHighlighting::StructureHighlighting()
    : d(std::make_unique<Private>())
{
    initResources();
#ifdef MARGINALIA_HAVE_KSYNTAXHIGHLIGHTING
    // The repository looks for "syntax/*.xml" below each custom search path.
    d->repository.addCustomSearchPath(QStringLiteral(":/marginalia"));
#endif
}

StructureHighlighting::~StructureHighlighting() = default;

bool StructureHighlighting::isAvailable()
{
#ifdef MARGINALIA_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

QString StructureHighlighting::syntaxFor(const QString &format, const QString &text)
{
    if (format == QLatin1String("markdown"))
        return QStringLiteral("Markdown");
    // A transcript: most of the first turns start with a speaker label or a timestamp.
    static const QRegularExpression turn(QStringLiteral(
        "^\\s*(\\[?\\d{1,2}:\\d{2}(:\\d{2})?\\]?\\s*)?(\\p{Lu}[\\p{L}\\p{N} .'-]{0,40}:\\s|\\[?\\d{1,2}:\\d{2})"));
    int lines = 0;
    int turns = 0;
    for (QStringView line : QStringView(text).left(20000).split(u'\n')) {
        if (line.trimmed().isEmpty())
            continue;
        ++lines;
        if (turn.match(line.toString()).hasMatch())
            ++turns;
        if (lines == 40)
            break;
    }
    return lines >= 4 && turns * 2 >= lines ? QStringLiteral("Interview Transcript") : QString();
}

void StructureHighlighting::apply(QTextDocument *document, const QString &format, const QString &text,
                                  const QPalette &palette, std::vector<std::pair<int, int>> headingRanges)
{
    d->storedHeadings.reset();
    // The document says where its headings are: they are its structure, whatever the text looks like (a
    // Word transcript's speaker labels stay plain then; one highlighter owns a document's formats).
    const bool stored = !headingRanges.empty() && document && text.size() <= MaxHighlightedLength;
    const QString syntax = !stored && text.size() <= MaxHighlightedLength ? syntaxFor(format, text) : QString();
#ifdef MARGINALIA_HAVE_KSYNTAXHIGHLIGHTING
    d->highlighter.reset();
#else
    d->headings.reset();
#endif
    d->active.clear();
    if (stored) {
        d->storedHeadings = std::make_unique<StoredHeadingHighlighter>(document, std::move(headingRanges), palette);
        d->active = QStringLiteral("Headings");
        return;
    }
#ifdef MARGINALIA_HAVE_KSYNTAXHIGHLIGHTING
    if (syntax.isEmpty() || !document)
        return;
    const KSyntaxHighlighting::Definition definition = d->repository.definitionForName(syntax);
    if (!definition.isValid())
        return;
    d->dark = palette.color(QPalette::Base).lightness() < 128;
    d->highlighter = std::make_unique<KSyntaxHighlighting::SyntaxHighlighter>(document);
    d->highlighter->setTheme(d->repository.defaultTheme(d->dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                                : KSyntaxHighlighting::Repository::LightTheme));
    d->highlighter->setDefinition(definition);
    d->active = syntax;
#else
    // Without KSyntaxHighlighting, Markdown headings at least keep their look; transcripts stay plain.
    if (syntax != QLatin1String("Markdown") || !document)
        return;
    d->headings = std::make_unique<HeadingHighlighter>(document, palette);
    d->active = syntax;
#endif
}

void StructureHighlighting::setPalette(const QPalette &palette)
{
    if (d->storedHeadings)
        d->storedHeadings->setPalette(palette);
#ifdef MARGINALIA_HAVE_KSYNTAXHIGHLIGHTING
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    if (!d->highlighter || dark == d->dark)
        return;
    d->dark = dark;
    d->highlighter->setTheme(d->repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                             : KSyntaxHighlighting::Repository::LightTheme));
    d->highlighter->rehighlight();
#else
    if (d->headings)
        d->headings->setPalette(palette);
#endif
}

QString StructureHighlighting::activeSyntax() const
{
    return d->active;
}

} // namespace Marginalia::Ui
