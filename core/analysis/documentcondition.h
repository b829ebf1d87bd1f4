#pragma once

#include "base/result.h"
#include "model/attributes.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace Marginalia::Core {

class Project;

/**
 * A condition on the documents' attributes, as researchers write them on the command line and in the
 * filter field: `year >= 2017 and type = resolution`, `country = "South Sudan" or not (region = Europe)`.
 *
 * Comparisons are `=`, `!=` (also `<>`), `<`, `<=`, `>`, `>=` and `contains` (a part of a text value, any
 * case); `and` binds tighter than `or`; `not` and parentheses as usual. An attribute's name is a word or
 * in quotes; so is a value, which is read as its attribute's type (2017 as a number, 2017-05 as a date,
 * yes/no), so `year >= 2017` compares numbers and `adopted < 2018-01-01` dates. A document without a
 * value meets no comparison except `!=`. `document` names the document itself (unless an attribute has
 * that name). A misspelt attribute or a value its type cannot read is an error that names them.
 */
class DocumentCondition final
{
public:
    DocumentCondition();
    ~DocumentCondition();
    DocumentCondition(DocumentCondition &&) noexcept;
    DocumentCondition &operator=(DocumentCondition &&) noexcept;

    static Result<DocumentCondition> parse(const QString &text, const QList<Attribute> &attributes);

    /// Whether a document with these values (by attribute id) and this name meets the condition.
    bool matches(const QHash<qint64, QString> &values, const QString &documentName) const;

    /// The documents of @p project that meet @p condition.
    static Result<QSet<qint64>> documentsMeeting(const Project &project, const QString &condition);
    /// The documents of the set named @p name: its listed documents, or those meeting its condition.
    static Result<QSet<qint64>> documentsOfSet(const Project &project, const QString &name);

    struct Node;

private:
    std::unique_ptr<Node> m_root;
};

} // namespace Marginalia::Core
