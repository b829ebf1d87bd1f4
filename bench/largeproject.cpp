#include "largeproject.h"

#include "benchsupport.h"
#include "store/project.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <vector>

namespace Marginalia::Bench {

using Core::Error;
using Core::Result;

LargeProjectSpec LargeProjectSpec::scaled(double scale)
{
    LargeProjectSpec spec;
    if (scale != 1.0) {
        spec.documents = std::max<qint64>(1, qint64(std::llround(double(spec.documents) * scale)));
        spec.textBytes = std::max<qint64>(10'000, qint64(std::llround(double(spec.textBytes) * scale)));
        spec.codings = std::max<qint64>(100, qint64(std::llround(double(spec.codings) * scale)));
    }
    return spec;
}

QString LargeProjectSpec::cacheKey() const
{
    // The schema version too: a file made by an older schema would be migrated, not what a new project is.
    return QStringLiteral("large-project-g%1-v%2-s%3-d%4-b%5-c%6-k%7")
        .arg(QString::number(GeneratorVersion), QString::number(Core::Project::SchemaVersion),
             QString::number(seed, 16), QString::number(documents), QString::number(textBytes),
             QString::number(codings), QString::number(codes()));
}

namespace {

// --- Text -------------------------------------------------------------------------------------------------
//
// Plausible policy prose in the style of the shared corpus (UN summaries, recommendations): numbered
// paragraphs of sentences built from a small grammar. Most documents are English with a sprinkle of
// non-ASCII names and typography (accents, curly quotes, dashes); some are French; a few carry an Arabic
// paragraph (with and without vowel marks: combining characters), emoji or rare CJK outside the BMP, or
// decomposed accents (e + U+0301), so that every code point path of the core is exercised.

const char *const englishOpenings[] = {
    "The Committee recommends that the State party",
    "The Special Rapporteur urged the Government to",
    "JS3 recommended that the authorities",
    "The Committee is concerned that the State party does not",
    "UNHCR encouraged the State to",
    "The Working Group noted that measures taken to",
    "Several stakeholders reported that the authorities failed to",
    "The country team recommended that the State",
    "Amnesty International called on the Government to",
    "The Committee welcomes the efforts made to",
    "The State party should",
    "It was recommended that the national authorities",
};
const char *const englishVerbs[] = {
    "ensure",
    "strengthen",
    "adopt",
    "establish",
    "guarantee",
    "promote",
    "improve",
    "review",
    "combat",
    "prevent",
    "investigate",
    "monitor",
    "implement",
    "allocate resources to",
    "raise awareness of",
    "provide training on",
    "collect data on",
    "end",
    "expand",
    "protect",
};
const char *const englishDeterminers[]
    = {"the", "all", "its", "effective", "adequate", "the relevant", "national", "such", "any", "further"};
const char *const englishAdjectives[] = {
    "national",   "effective",       "comprehensive", "independent", "specific",     "legal",     "social",
    "public",     "vulnerable",      "unaccompanied", "irregular",   "gender-based", "temporary", "durable",
    "accessible", "child-sensitive", "appropriate",   "sustainable", "regional",     "mandatory",
};
const char *const englishNouns[] = {
    "measures",
    "legislation",
    "procedures",
    "asylum seekers",
    "refugees",
    "migrants",
    "children",
    "women and girls",
    "victims of trafficking",
    "identification",
    "protection",
    "detention",
    "border controls",
    "access to justice",
    "health care",
    "education",
    "housing",
    "birth registration",
    "statelessness",
    "reception conditions",
    "legal aid",
    "interpreters",
    "screening",
    "age assessment",
    "returns",
    "family reunification",
    "data collection",
    "complaint mechanisms",
    "civil society",
    "the national action plan",
    "the principle of non-refoulement",
    "labour inspections",
    "social workers",
    "law enforcement officials",
    "the judiciary",
    "persons with disabilities",
    "minorities",
    "shelters",
};
const char *const englishPrepositions[]
    = {"for",    "of",     "in",      "with",    "on",           "under",
       "within", "across", "against", "through", "in line with", "in cooperation with"};
const char *const englishConnectors[]
    = {"and", "in particular", "including", "as well as", "while ensuring", "with a view to", "taking into account"};

const char *const frenchOpenings[] = {
    "Le Comité recommande à l’État partie de",
    "Le Comité note avec préoccupation que les autorités n’ont pas su",
    "Le Rapporteur spécial prie instamment le Gouvernement de",
    "Les auteurs de la communication conjointe recommandent de",
    "L’équipe de pays des Nations Unies a engagé l’État à",
    "Il est recommandé aux autorités compétentes de",
};
const char *const frenchVerbs[] = {"renforcer",       "garantir", "adopter", "améliorer", "veiller à", "prévenir",
                                   "mettre en œuvre", "élaborer", "évaluer", "protéger",  "réviser",   "étendre"};
const char *const frenchNouns[] = {
    "les réfugiés",
    "les enfants non accompagnés",
    "la procédure d’asile",
    "les femmes migrantes",
    "la traite des êtres humains",
    "les mesures nécessaires",
    "l’accès à la justice",
    "les centres de rétention",
    "la législation nationale",
    "les victimes de la traite",
    "l’égalité des sexes",
    "les demandeurs d’asile",
    "la santé",
    "l’éducation",
    "la sécurité",
    "les autorités compétentes",
    "l’aide juridictionnelle",
    "le principe de non-refoulement",
    "l’enregistrement des naissances",
    "les personnes apatrides",
    "la société civile",
};
const char *const frenchPrepositions[]
    = {"dans", "pour", "avec", "conformément à", "en matière de", "au sein de", "auprès de", "à l’égard de", "sur"};
const char *const frenchConnectors[] = {"et", "notamment", "y compris", "ainsi que", "afin de garantir"};

/// Non-ASCII names and typography that English UN texts are full of, used as the object of a preposition.
const char *const sprinkles[] = {
    "Côte d’Ivoire",
    "Genève",
    "São Tomé and Príncipe",
    "Curaçao",
    "Türkiye",
    "Réunion",
    "México",
    "Perú",
    "Bogotá",
    "Zürich",
    "Malmö",
    "the Åland Islands",
    "Kraków",
    "the “Dublin” procedure",
    "the Comité national des droits de l’homme",
    "Москва",
    "Україна",
    "北京",
    "the “non-refoulement” clause",
    "the €2.4 million fund",
    "§ 12 of the Aliens Act",
    "Québec",
    "Ñuñoa",
};
/// Decomposed accents (NFD text from macOS and some PDFs): a combining mark after the base letter.
const char *const decomposedSprinkles[]
    = {"re\u0301fugie\u0301s", "Gene\u0300ve", "Cote d\u2019Ivoire", "Que\u0301bec", "Bogota\u0301"};
/// Outside the Basic Multilingual Plane: surrogate pairs in UTF-16, four bytes in UTF-8.
const char *const supplementarySprinkles[] = {"🙂", "📄", "🌍", "👉", "🇺🇳", "𠀋", "𝐍𝐁"};
const char *const arabicWords[] = {
    "توصي",    "اللجنة",  "الدولة", "الطرف",     "بأن",   "تكفل",      "حماية",   "حقوق",    "اللاجئين", "وملتمسي",
    "اللجوء",  "الأطفال", "غير",    "المصحوبين", "تعزيز", "التشريعات", "الوطنية", "ضمان",    "الوصول",   "إلى",
    "العدالة", "في",      "من",     "على",       "مع",    "الْلَجْنَةُ",    "تُوصِي",    "الإنسان", "الاتجار",  "بالبشر",
};
const char *const headings[] = {
    "Right to life, liberty and security of person",
    "Asylum and non-refoulement",
    "Trafficking in persons",
    "Rights of the child",
    "Administration of justice",
    "Right to education",
    "Right to health",
    "Migrants, refugees and asylum seekers",
    "Statelessness",
    "Equality and non-discrimination",
};
const char *const countries[] = {
    "Albania",       "Bolivia", "Cameroon",
    "Denmark",       "Ecuador", "France",
    "Ghana",         "Hungary", "India",
    "Jordan",        "Kenya",   "Lebanon",
    "Mexico",        "Nepal",   "Oman",
    "Peru",          "Qatar",   "Rwanda",
    "Senegal",       "Tunisia", "Uganda",
    "Viet Nam",      "Yemen",   "Zambia",
    "Côte d’Ivoire", "Türkiye", "São Tomé and Príncipe",
};

struct Sentence
{
    qint64 start = 0; ///< code points
    qint64 end = 0;
};

/// One document's text with its sentence boundaries in code points, and its sizes.
struct GeneratedText
{
    QString title;
    QString text;
    std::vector<Sentence> sentences;
    qint64 codePoints = 0;
    qint64 utf8Bytes = 0;
    bool nonAscii = false;
    bool supplementary = false;
    bool arabic = false;
};

enum class Flavour { English, EnglishSprinkled, French };

class TextGenerator
{
public:
    explicit TextGenerator(Random &random)
        : m_random(random)
    {
    }

    GeneratedText document(qint64 index, qint64 targetBytes)
    {
        GeneratedText out;
        m_out = &out;
        const double roll = m_random.uniform();
        m_flavour = roll < 0.15 ? Flavour::French : roll < 0.75 ? Flavour::EnglishSprinkled : Flavour::English;
        m_arabic = m_random.chance(0.05);
        m_supplementary = m_random.chance(0.06);
        m_decomposed = m_random.chance(0.04);

        out.title = QStringLiteral("%1 %2").arg(u8(m_random.pick(countries))).arg(index + 1);
        // Plain English documents stay pure ASCII (the core's fast path); the others get typography.
        append((m_flavour == Flavour::English ? QStringLiteral("Summary of stakeholders' submissions on %1\n\n")
                                              : QStringLiteral("Summary of stakeholders’ submissions on %1\n\n"))
                   .arg(out.title));
        qint64 paragraph = 1;
        char section = 'A';
        while (out.utf8Bytes < targetBytes) {
            if (paragraph % 9 == 1 && section <= 'Z') {
                append(QStringLiteral("%1. %2\n\n").arg(QString(QLatin1Char(section)), u8(m_random.pick(headings))));
                ++section;
            }
            append(QString::number(paragraph++) + QStringLiteral(". "));
            const bool arabicParagraph = m_arabic && m_random.chance(0.15);
            const qint64 sentences = m_random.between(2, 7);
            for (qint64 s = 0; s < sentences && out.utf8Bytes < targetBytes; ++s) {
                if (s > 0)
                    append(QStringLiteral(" "));
                const qint64 start = out.codePoints;
                append(arabicParagraph                    ? arabicSentence()
                           : m_flavour == Flavour::French ? frenchSentence()
                                                          : englishSentence());
                out.sentences.push_back({start, out.codePoints});
            }
            append(QStringLiteral("\n\n"));
        }
        m_out = nullptr;
        return out;
    }

private:
    void append(const QString &piece)
    {
        GeneratedText &out = *m_out;
        out.text += piece;
        const qsizetype n = piece.size();
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = piece.at(i).unicode();
            if (c < 0x80) {
                out.utf8Bytes += 1;
            } else {
                out.nonAscii = true;
                if (c < 0x800) {
                    out.utf8Bytes += 2;
                    if (c >= 0x600 && c < 0x700)
                        out.arabic = true;
                } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(piece.at(i + 1).unicode())) {
                    out.utf8Bytes += 4;
                    out.supplementary = true;
                    ++i;
                } else {
                    out.utf8Bytes += 3;
                }
            }
            out.codePoints += 1;
        }
    }

    /// A noun phrase, sometimes a non-ASCII name when the document is sprinkled.
    QString englishObject()
    {
        if (m_flavour == Flavour::EnglishSprinkled && m_random.chance(0.06))
            return u8(m_random.pick(sprinkles));
        if (m_decomposed && m_random.chance(0.05))
            return u8(m_random.pick(decomposedSprinkles));
        if (m_supplementary && m_random.chance(0.03))
            return u8(m_random.pick(englishNouns)) + QLatin1Char(' ') + u8(m_random.pick(supplementarySprinkles));
        QString phrase;
        if (m_random.chance(0.5))
            phrase += u8(m_random.pick(englishDeterminers)) + QLatin1Char(' ');
        if (m_random.chance(0.4))
            phrase += u8(m_random.pick(englishAdjectives)) + QLatin1Char(' ');
        return phrase + u8(m_random.pick(englishNouns));
    }

    QString englishSentence()
    {
        QString s = u8(m_random.pick(englishOpenings)) + QLatin1Char(' ') + u8(m_random.pick(englishVerbs))
            + QLatin1Char(' ') + englishObject();
        const qint64 phrases = m_random.between(1, 4);
        for (qint64 i = 0; i < phrases; ++i)
            s += QLatin1Char(' ') + u8(m_random.pick(englishPrepositions)) + QLatin1Char(' ') + englishObject();
        if (m_random.chance(0.35)) {
            s += QStringLiteral(", ") + u8(m_random.pick(englishConnectors)) + QLatin1Char(' ') + englishObject()
                + QLatin1Char(' ') + u8(m_random.pick(englishPrepositions)) + QLatin1Char(' ') + englishObject();
        }
        if (m_random.chance(0.04))
            s += QStringLiteral(" (see para. %1)").arg(m_random.between(1, 120));
        return s + QLatin1Char('.');
    }

    QString frenchSentence()
    {
        QString s = u8(m_random.pick(frenchOpenings)) + QLatin1Char(' ') + u8(m_random.pick(frenchVerbs))
            + QLatin1Char(' ') + u8(m_random.pick(frenchNouns));
        const qint64 phrases = m_random.between(1, 4);
        for (qint64 i = 0; i < phrases; ++i)
            s += QLatin1Char(' ') + u8(m_random.pick(frenchPrepositions)) + QLatin1Char(' ')
                + u8(m_random.pick(frenchNouns));
        if (m_random.chance(0.35))
            s += QStringLiteral(", ") + u8(m_random.pick(frenchConnectors)) + QLatin1Char(' ')
                + u8(m_random.pick(frenchNouns));
        if (m_decomposed && m_random.chance(0.2))
            s += QLatin1Char(' ') + u8(m_random.pick(decomposedSprinkles));
        if (m_supplementary && m_random.chance(0.05))
            s += QLatin1Char(' ') + u8(m_random.pick(supplementarySprinkles));
        return s + QLatin1Char('.');
    }

    QString arabicSentence()
    {
        QString s;
        const qint64 words = m_random.between(8, 20);
        for (qint64 i = 0; i < words; ++i) {
            if (i > 0)
                s += QLatin1Char(' ');
            s += u8(m_random.pick(arabicWords));
        }
        return s + QLatin1Char('.');
    }

    Random &m_random;
    GeneratedText *m_out = nullptr;
    Flavour m_flavour = Flavour::English;
    bool m_arabic = false;
    bool m_supplementary = false;
    bool m_decomposed = false;
};

// --- Codebook ---------------------------------------------------------------------------------------------

const char *const themes[] = {
    "Access to justice",
    "Asylum procedures",
    "Birth registration",
    "Border governance",
    "Child protection",
    "Detention",
    "Discrimination",
    "Education",
    "Employment",
    "Family reunification",
    "Gender-based violence",
    "Health",
    "Housing",
    "Identification",
    "Integration",
    "Legal aid",
    "Non-refoulement",
    "Participation",
    "Returns",
    "Statelessness",
    "Trafficking",
    "Data collection",
    "Climate displacement",
    "Disability",
    "Freedom of movement",
    "Labour exploitation",
    "Smuggling",
    "Xenophobia",
    "Hate speech",
    "Indigenous peoples",
    "Minorities",
    "Older persons",
    "Unaccompanied children",
    "Age assessment",
    "Reception conditions",
    "Resettlement",
    "Durable solutions",
    "Documentation",
    "Social protection",
    "Remedies",
    "Coordination",
    "Capacity building",
    "Monitoring",
    "Funding",
    "International cooperation",
    "Legislation",
    "National action plan",
    "Civil society",
    "Égalité de genre",
    "Asylum/Refugee status",
};
const char *const aspects[] = {"Legal framework", "Implementation", "Recommendations"};
const char *const judgements[3][2] = {{"Adequate", "Gaps"}, {"Good practice", "Concerns"}, {"Accepted", "Noted"}};
const char *const coderNames[] = {"Amina", "Benoît", "Chen Wei", "Dmitri", "Emily"};

// --- Codings ----------------------------------------------------------------------------------------------

struct PlannedCoding
{
    qint64 start;
    qint64 end;
    qsizetype code; ///< index into the code list
    qsizetype coder; ///< index into the coder list
};

/**
 * Codings for one document as coders make them: a passage (a phrase, a sentence, a few sentences or a
 * paragraph) coded by one to five coders, who mostly agree on the code and on the boundaries, but not
 * always; sometimes a second code on the same passage. So codings overlap a lot, within and across coders.
 */
std::vector<PlannedCoding> planCodings(Random &random, const GeneratedText &text, qint64 quota,
                                       const WeightedChoice &codeChoice, const WeightedChoice &coderChoice,
                                       const WeightedChoice &coderCount)
{
    std::vector<PlannedCoding> planned;
    if (quota <= 0 || text.sentences.empty())
        return planned;
    planned.reserve(size_t(quota));
    std::set<std::array<qint64, 4>> seen;
    const auto &sentences = text.sentences;
    const qint64 count = qint64(sentences.size());
    const qint64 length = text.codePoints;
    auto add = [&](qint64 start, qint64 end, qsizetype code, qsizetype coder) {
        start = std::clamp<qint64>(start, 0, length - 1);
        end = std::clamp<qint64>(end, start + 1, length);
        if (qint64(planned.size()) < quota && seen.insert({start, end, qint64(code), qint64(coder)}).second)
            planned.push_back({start, end, code, coder});
    };
    for (qint64 attempts = 0; qint64(planned.size()) < quota && attempts < quota * 100; ++attempts) {
        const qint64 first = random.below(count);
        qint64 start = sentences[size_t(first)].start;
        qint64 end = 0;
        const double kind = random.uniform();
        if (kind < 0.12) { // a phrase inside a sentence
            const Sentence &s = sentences[size_t(first)];
            start = s.start + random.below(std::max<qint64>(1, (s.end - s.start) / 2));
            end = std::min(s.end, start + random.between(10, 60));
        } else {
            const qint64 span = kind < 0.65 ? 1 : kind < 0.9 ? random.between(2, 4) : random.between(5, 12);
            end = sentences[size_t(std::min(count - 1, first + span - 1))].end;
        }
        const qsizetype code = codeChoice.pick(random);
        const qint64 coders = coderCount.pick(random) + 1;
        std::array<bool, LargeProjectSpec::coders> taken{};
        for (qint64 c = 0; c < coders; ++c) {
            qsizetype coder = coderChoice.pick(random);
            while (taken[size_t(coder)])
                coder = (coder + 1) % LargeProjectSpec::coders;
            taken[size_t(coder)] = true;
            qint64 s = start;
            qint64 e = end;
            if (c > 0 && random.chance(0.35)) { // boundaries a little off
                s += random.between(-20, 20);
                e += random.between(-20, 20);
            }
            // Mostly the same code; sometimes a disagreement.
            add(s, e, c == 0 || random.chance(0.8) ? code : codeChoice.pick(random), coder);
            if (random.chance(0.25)) // a second code on the same passage (co-occurrence)
                add(s, e, codeChoice.pick(random), coder);
        }
    }
    return planned;
}

qint64 countOverlapping(std::vector<PlannedCoding> codings)
{
    std::sort(codings.begin(), codings.end(), [](const PlannedCoding &a, const PlannedCoding &b) {
        return a.start < b.start || (a.start == b.start && a.end < b.end);
    });
    qint64 overlapping = 0;
    qint64 maxEnd = -1;
    for (size_t i = 0; i < codings.size(); ++i) {
        // Overlaps an earlier one (its start is before the furthest end so far), or the next one (which
        // has the smallest start of all later ones).
        const bool earlier = codings[i].start < maxEnd;
        const bool later = i + 1 < codings.size() && codings[i + 1].start < codings[i].end;
        if (earlier || later)
            ++overlapping;
        maxEnd = std::max(maxEnd, codings[i].end);
    }
    return overlapping;
}

// --- Cache ------------------------------------------------------------------------------------------------

QJsonObject toJson(const LargeProjectInfo &info)
{
    return QJsonObject{
        {QStringLiteral("generatorVersion"), LargeProjectSpec::GeneratorVersion},
        {QStringLiteral("generationSeconds"), info.generationSeconds},
        {QStringLiteral("generatedAt"), info.generatedAt},
        {QStringLiteral("documents"), info.documents},
        {QStringLiteral("textBytes"), info.textBytes},
        {QStringLiteral("codePoints"), info.codePoints},
        {QStringLiteral("smallestDocumentBytes"), info.smallestDocumentBytes},
        {QStringLiteral("largestDocumentBytes"), info.largestDocumentBytes},
        {QStringLiteral("nonAsciiDocuments"), info.nonAsciiDocuments},
        {QStringLiteral("supplementaryDocuments"), info.supplementaryDocuments},
        {QStringLiteral("arabicDocuments"), info.arabicDocuments},
        {QStringLiteral("codes"), info.codes},
        {QStringLiteral("coders"), info.coders},
        {QStringLiteral("codings"), info.codings},
        {QStringLiteral("overlappingCodings"), info.overlappingCodings},
        {QStringLiteral("codedCodePoints"), info.codedCodePoints},
    };
}

LargeProjectInfo fromJson(const QJsonObject &json)
{
    LargeProjectInfo info;
    auto number = [&](const char *key) {
        return qint64(json.value(QLatin1String(key)).toDouble());
    };
    info.generationSeconds = json.value(QLatin1String("generationSeconds")).toDouble();
    info.generatedAt = json.value(QLatin1String("generatedAt")).toString();
    info.documents = number("documents");
    info.textBytes = number("textBytes");
    info.codePoints = number("codePoints");
    info.smallestDocumentBytes = number("smallestDocumentBytes");
    info.largestDocumentBytes = number("largestDocumentBytes");
    info.nonAsciiDocuments = number("nonAsciiDocuments");
    info.supplementaryDocuments = number("supplementaryDocuments");
    info.arabicDocuments = number("arabicDocuments");
    info.codes = number("codes");
    info.coders = number("coders");
    info.codings = number("codings");
    info.overlappingCodings = number("overlappingCodings");
    info.codedCodePoints = number("codedCodePoints");
    return info;
}

/// The cached file is usable when its sidecar names this generator and the store agrees on the counts.
bool cacheIsValid(const QString &path, const LargeProjectSpec &spec, LargeProjectInfo &info)
{
    const auto json = readSidecar(path, LargeProjectSpec::GeneratorVersion);
    if (!json)
        return false;
    info = fromJson(*json);
    if (info.documents != spec.documents || info.codings != spec.codings || info.codes != spec.codes())
        return false;
    auto project = Core::Project::open(path, Core::Project::Access::ReadOnly);
    if (!project)
        return false;
    const std::vector<qint64> counts
        = integersOnProject(**project,
                            "SELECT (SELECT COUNT(*) FROM documents), "
                            "(SELECT COUNT(*) FROM codings), (SELECT COUNT(*) FROM codes), "
                            "(SELECT COUNT(*) FROM coders)");
    return counts.size() == 4 && counts[0] == spec.documents && counts[1] == spec.codings && counts[2] == spec.codes()
        && counts[3] == spec.coders;
}

Result<LargeProjectInfo> generate(const QString &path, const LargeProjectSpec &spec, void (*progress)(const QString &))
{
    const auto started = Clock::now();
    const QString partial = path + QStringLiteral(".partial");
    removeDatabaseFiles(partial);
    auto created = Core::Project::create(partial);
    if (!created)
        return Error{created.error()};
    std::unique_ptr<Core::Project> project = std::move(*created);
    {
        // Generation only: the content is the same, it is just written without waiting for the disk.
        execOnProject(*project, "PRAGMA synchronous = OFF");
    }

    Random random(spec.seed);
    LargeProjectInfo info;

    std::vector<qint64> coders;
    for (const char *name : coderNames) {
        auto coder = project->ensureCoder(u8(name));
        if (!coder)
            return Error{coder.error()};
        coders.push_back(coder->id);
    }

    for (qint64 t = 0; t < spec.topLevelCodes; ++t) {
        const QString theme = t < qint64(std::size(themes)) ? u8(themes[t]) : QStringLiteral("Theme %1").arg(t + 1);
        for (int a = 0; a < 3; ++a) {
            for (int j = 0; j < 2; ++j) {
                auto code = project->ensureCodePath({theme, u8(aspects[a]), u8(judgements[a][j])});
                if (!code)
                    return Error{code.error()};
            }
        }
    }
    std::vector<qint64> codes;
    for (const Core::Code &code : project->codes())
        codes.push_back(code.id);
    if (qint64(codes.size()) != spec.codes())
        return Error{QStringLiteral("expected %1 codes, made %2").arg(spec.codes()).arg(codes.size())};

    // Some codes are used far more than others (Zipf), scattered over the tree; coders differ in how much
    // they code; most passages are coded by one or two coders, some by all five.
    const WeightedChoice codeChoice(zipfWeights(random, codes.size(), 0.8));
    const WeightedChoice coderChoice({0.30, 0.25, 0.20, 0.15, 0.10});
    const WeightedChoice coderCount({0.40, 0.25, 0.15, 0.10, 0.10});

    // Document sizes: log-normal, between a two-page note and a long report, scaled to the total.
    std::vector<double> weights(size_t(spec.documents));
    for (double &w : weights)
        w = std::clamp(std::exp(0.9 * random.normal()), 0.08, 12.0);
    double weightSum = 0;
    for (double w : weights)
        weightSum += w;

    TextGenerator textGenerator(random);
    QList<Core::NewCoding> batch;
    constexpr qsizetype BatchSize = 20000;
    qint64 codingsAdded = 0;
    double cumulative = 0;
    qint64 codingsPlanned = 0;
    auto flush = [&]() -> Core::Status {
        if (batch.isEmpty())
            return Core::success();
        auto added = project->addCodings(batch);
        if (!added)
            return Error{added.error()};
        if (*added != batch.size())
            return Error{QStringLiteral("addCodings added %1 of %2 codings").arg(*added).arg(batch.size())};
        codingsAdded += *added;
        batch.clear();
        return Core::success();
    };

    for (qint64 i = 0; i < spec.documents; ++i) {
        const qint64 targetBytes = qint64(double(spec.textBytes) * weights[size_t(i)] / weightSum);
        GeneratedText text = textGenerator.document(i, std::max<qint64>(targetBytes, 200));

        Core::NewDocument document;
        document.name = QStringLiteral("UPR summary – %1").arg(text.title);
        document.originalFileName = QStringLiteral("upr-%1.txt").arg(i + 1, 4, 10, QLatin1Char('0'));
        document.fileSize = text.utf8Bytes;
        document.fileSha256
            = QString::fromLatin1(QCryptographicHash::hash(text.text.toUtf8(), QCryptographicHash::Sha256).toHex());
        document.text = text.text;
        auto added = project->addDocument(document);
        if (!added)
            return Error{added.error()};
        if (added->length != text.codePoints) {
            return Error{QStringLiteral("document %1: the store counts %2 code points, the generator %3")
                             .arg(i + 1)
                             .arg(added->length)
                             .arg(text.codePoints)};
        }

        info.documents += 1;
        info.textBytes += text.utf8Bytes;
        info.codePoints += text.codePoints;
        info.smallestDocumentBytes = i == 0 ? text.utf8Bytes : std::min(info.smallestDocumentBytes, text.utf8Bytes);
        info.largestDocumentBytes = std::max(info.largestDocumentBytes, text.utf8Bytes);
        info.nonAsciiDocuments += text.nonAscii ? 1 : 0;
        info.supplementaryDocuments += text.supplementary ? 1 : 0;
        info.arabicDocuments += text.arabic ? 1 : 0;

        // Codings in proportion to the document's size; what a tiny document cannot take goes to the next.
        cumulative += weights[size_t(i)];
        const qint64 due = i + 1 == spec.documents
            ? spec.codings
            : qint64(std::llround(double(spec.codings) * cumulative / weightSum));
        const auto planned = planCodings(random, text, due - codingsPlanned, codeChoice, coderChoice, coderCount);
        codingsPlanned += qint64(planned.size());
        info.overlappingCodings += countOverlapping(planned);
        for (const PlannedCoding &p : planned) {
            Core::NewCoding coding;
            coding.documentId = added->id;
            coding.codeId = codes[size_t(p.code)];
            coding.coderId = coders[size_t(p.coder)];
            coding.start = p.start;
            coding.end = p.end;
            if (random.chance(0.02)) {
                coding.memo = random.chance(0.2)
                    ? QStringLiteral("-check with the team, para. %1").arg(random.between(1, 99))
                    : QStringLiteral("Compare with the 2019 report, \"%1\".").arg(u8(random.pick(englishNouns)));
            }
            info.codedCodePoints += p.end - p.start;
            batch.append(coding);
        }
        if (batch.size() >= BatchSize) {
            if (auto status = flush(); !status)
                return Error{status.error()};
        }
        if (progress && (i + 1) % 200 == 0) {
            progress(QStringLiteral("  generated %1/%2 documents, %3 codings, %4 s")
                         .arg(i + 1)
                         .arg(spec.documents)
                         .arg(codingsPlanned)
                         .arg(millisecondsSince(started) / 1000, 0, 'f', 1));
        }
    }
    if (auto status = flush(); !status)
        return Error{status.error()};
    if (codingsAdded != spec.codings)
        return Error{QStringLiteral("made %1 codings, not %2").arg(codingsAdded).arg(spec.codings)};

    info.codes = qint64(codes.size());
    info.coders = qint64(coders.size());
    info.codings = codingsAdded;
    {
        execOnProject(*project, "PRAGMA wal_checkpoint(TRUNCATE)");
    }
    project.reset();
    if (const QString error = replaceDatabase(partial, path); !error.isEmpty())
        return Error{error};

    info.generationSeconds = millisecondsSince(started) / 1000;
    info.generatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (const QString error = writeSidecar(path, toJson(info)); !error.isEmpty())
        return Error{error};
    info.generatedNow = true;
    return info;
}

} // namespace

Result<LargeProjectInfo> ensureLargeProject(const QString &dataDir, const LargeProjectSpec &spec, bool regenerate,
                                            void (*progress)(const QString &))
{
    if (!QDir().mkpath(dataDir))
        return Error{QStringLiteral("cannot create %1").arg(dataDir)};
    const QString path = QDir(dataDir).absoluteFilePath(spec.cacheKey() + QStringLiteral(".marginalia"));
    LargeProjectInfo info;
    if (regenerate || !cacheIsValid(path, spec, info)) {
        if (progress)
            progress(QStringLiteral("Generating %1 ...").arg(path));
        QFile::remove(path + QStringLiteral(".json"));
        auto generated = generate(path, spec, progress);
        if (!generated)
            return generated;
        info = *generated;
    }
    info.path = path;
    info.fileBytes = QFileInfo(path).size();
    return info;
}

} // namespace Marginalia::Bench
