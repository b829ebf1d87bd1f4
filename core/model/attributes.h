#pragma once

#include "base/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Marginalia::Core {

/// What an attribute's values are. A value is stored as text in one canonical spelling per type, so that
/// equal values compare equal and a file read by another tool is plain: numbers as C-locale decimals
/// ("2017", "3.5"), dates as ISO 8601 ("2017-05-04"), yes/no as "yes" or "no", list values as the list
/// spells them.
enum class AttributeType { Text, Number, Date, Boolean, List };

/// What an attribute describes: the documents (a year, a document type) or the cases (a country's
/// region, a participant's age). The two kinds are kept apart, so a name may be used by each.
enum class AttributeTarget { Document, Case };

/// A variable of the documents (NVivo's attributes, MAXQDA's document variables): a year, a country, a
/// document type. Documents without a value have none (not an empty one).
struct Attribute
{
    qint64 id = 0;
    QString guid;
    QString name;
    AttributeType type = AttributeType::Text;
    QStringList allowedValues; ///< a List's values, in the order they are offered
    int position = 0;
    AttributeTarget target = AttributeTarget::Document;
};

/// One document's value of one attribute, in its canonical spelling.
struct AttributeValue
{
    qint64 documentId = 0;
    qint64 attributeId = 0;
    QString value;
};

/// A named group of documents: listed by hand, or saved from a condition on the attributes ("type =
/// resolution and year >= 2017"), whose members are then whatever documents meet it now.
struct DocumentSet
{
    qint64 id = 0;
    QString guid;
    QString name;
    QString condition; ///< empty: a set listed by hand
    QList<qint64> documentIds; ///< a listed set's documents (a condition's are found when it is used)
    QString memo;
};

/// A case: a unit of analysis other than a document (a country, an organisation, a participant), whose
/// material is whole documents or passages of them.
struct Case
{
    qint64 id = 0;
    QString guid;
    QString name;
    QString memo;
};

/// A case's value of a case attribute.
struct CaseAttributeValue
{
    qint64 caseId = 0;
    qint64 attributeId = 0;
    QString value;
};

/// A set of codes, listed by hand (MAXQDA's code sets, NVivo's code sets): codes from across the tree
/// gathered for an analysis, e.g. the rows of a matrix.
struct CodeSet
{
    qint64 id = 0;
    QString guid;
    QString name;
    QList<qint64> codeIds;
    QString memo;
};

/// A document, or a passage of one, assigned to a case. end 0: to the end of the document.
struct CaseMember
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 documentId = 0;
    qint64 start = 0;
    qint64 end = 0;
};

/// Reading, checking and comparing attribute values by type.
namespace AttributeTypes {

/// "text", "number", "date", "yes/no" or "list": the spelling the CSV and the CLI use.
QString name(AttributeType type);
/// "There is no attribute "X" (there are: year, type)": the one wording of a misspelt attribute.
QString unknownAttributeMessage(const QString &name, const QList<Attribute> &attributes);
/// The type a name spells (also "boolean", "bool", "yesno"), or nothing.
std::optional<AttributeType> fromName(const QString &name);
/// The canonical spelling of @p text as a value of @p attribute, or an error saying why it is not one
/// (naming the value and the attribute). Numbers accept a dot or a comma as decimal separator; dates
/// accept ISO 8601 (2017-05-04), a year-month (2017-05) or a year (2017 → 2017-01-01); yes/no accepts
/// yes, no, true, false, 1, 0, y, n in any case.
Result<QString> canonical(const Attribute &attribute, const QString &text);
/// The narrowest type all of @p values fit (empty values ignored): number, date, yes/no, else text.
AttributeType infer(const QStringList &values);
/// Orders two canonical values of @p type: numbers by value, dates in time, text and list values
/// case-insensitively (a list's in its order when @p allowed is given). Negative, zero or positive.
int compare(AttributeType type, const QString &left, const QString &right, const QStringList &allowed = {});

} // namespace AttributeTypes

} // namespace Marginalia::Core
