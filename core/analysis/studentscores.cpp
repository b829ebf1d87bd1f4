#include "analysis/studentscores.h"

#include "analysis/coderagreement.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QHash>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::StudentScores)
};

Statistic share(qint64 part, qint64 whole, const QString &whenNone)
{
    if (whole <= 0)
        return Statistic::undefined(whenNone);
    return Statistic::defined(double(part) / double(whole));
}

} // namespace

Result<QList<ScoreRow>> StudentScores::compute(const Project &project, qint64 keyCoderId,
                                               const QList<qint64> &studentIds, qint64 codeId, bool includeSubcodes)
{
    const QList<Coder> coders = project.coders();
    QHash<qint64, QString> nameOf;
    for (const Coder &coder : coders)
        nameOf.insert(coder.id, coder.name);
    if (!nameOf.contains(keyCoderId))
        return Error{Tr::tr("%1: the key is not a coder of the project.").arg(project.filePath())};
    QList<qint64> students;
    if (studentIds.isEmpty()) {
        CodingFilter everyone;
        QHash<qint64, bool> coded;
        const Status read = project.forEachCoding(everyone, Project::CodingOrder::ByCode, Project::CodingDetail::Spans,
                                                  [&coded](const Project::CodingRow &row) {
                                                      coded.insert(row.coderId, true);
                                                      return true;
                                                  });
        if (!read)
            return Error{read.error()};
        for (const Coder &coder : coders) {
            if (coder.id != keyCoderId && coded.contains(coder.id))
                students.append(coder.id);
        }
    } else {
        for (qint64 id : studentIds) {
            if (!nameOf.contains(id))
                return Error{Tr::tr("%1: one of the students is not a coder of the project.").arg(project.filePath())};
            if (id == keyCoderId)
                return Error{Tr::tr("%1: the key cannot also be scored as a student.").arg(project.filePath())};
            students.append(id);
        }
    }
    if (students.isEmpty())
        return Error{
            Tr::tr("%1: there is no student to score: no coder but the key has coded.").arg(project.filePath())};

    QList<ScoreRow> rows;
    for (qint64 student : std::as_const(students)) {
        AgreementRequest request;
        request.coderIds = {keyCoderId, student};
        request.codeId = codeId;
        request.includeSubcodes = includeSubcodes;
        request.documentRows = false;
        request.overallRow = true;
        auto agreement = CoderAgreement::compute(project, request);
        if (!agreement) {
            // A student who coded nothing is a row of their own, not the end of the class's scores.
            ScoreRow empty;
            empty.coderId = student;
            empty.coder = nameOf.value(student);
            const QString reason = Tr::tr("nothing to compare");
            empty.percentAgreement = empty.cohenKappa = empty.unitizingAlpha = empty.precision = empty.recall
                = Statistic::undefined(reason);
            rows.append(empty);
            continue;
        }
        const int keySlot = agreement->coders.first().id == keyCoderId ? 0 : 1;
        const int studentSlot = 1 - keySlot;
        const auto scoreOf = [&](const AgreementRow &row) {
            ScoreRow score;
            score.coderId = student;
            score.coder = nameOf.value(student);
            score.codeId = row.codeId;
            score.codePath = row.codePath;
            score.documents = row.documents;
            score.characters = row.characters;
            score.percentAgreement = row.percentAgreement;
            score.cohenKappa = row.cohenKappa;
            score.unitizingAlpha = row.unitizingAlpha;
            const qint64 keyCoded = row.codedByCoder.value(keySlot);
            const qint64 studentCoded = row.codedByCoder.value(studentSlot);
            score.precision = share(row.codedByAll, studentCoded, Tr::tr("the student coded nothing"));
            score.recall = share(row.codedByAll, keyCoded, Tr::tr("the key coded nothing"));
            return score;
        };
        // The codes either of them coded; the summary row pools those, not the whole codebook.
        for (const AgreementRow &row : std::as_const(agreement->byCode)) {
            if (row.codedByCoder.value(0) + row.codedByCoder.value(1) > 0)
                rows.append(scoreOf(row));
        }
        ScoreRow summary = scoreOf(agreement->overall);
        summary.codeId = 0;
        summary.codePath.clear();
        rows.append(summary);
    }
    return rows;
}

} // namespace Marginalia::Core
