#pragma once

// The fixture the retrieval and frequency tests share (header-only: each test is its own executable).

#include "base/result.h"
#include "store/project.h"
#include "text/textoffsets.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QApplication>
#include <QColor>
#include <QDir>
#include <QInputDialog>
#include <QMessageBox>
#include <QPalette>
#include <QStringList>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Marginalia::Test {

/**
 * A small coded project. Two documents with text outside the BMP (emoji, CJK extension B) and Arabic, so
 * that code points and UTF-16 units differ; the Vienna statement has two pages, the second beginning with
 * the Arabic paragraph. Codes Protection (with Identification and Children) and Non-refoulement; coders
 * alice and bob; seven codings, alice's of "identification of victims" with a memo.
 */
struct CodedProject
{
    std::unique_ptr<Core::Project> project;
    QString vienna, plan;
    qint64 viennaId = 0, planId = 0;
    qint64 protection = 0, identification = 0, children = 0, nonRefoulement = 0;
    qint64 alice = 0, bob = 0;
    /// bob's coding of "Early identification" in the Vienna statement.
    qint64 earlyIdentification = 0;

    /// Codes the first @p needle in @p text, the text of @p documentId; a missing phrase ends the test run,
    /// since every test after it would fail for the wrong reason.
    qint64 addCoding(qint64 documentId, const QString &text, const QString &needle, qint64 codeId, qint64 coderId,
                     const QString &memo = {}) const
    {
        const qsizetype at = text.indexOf(needle);
        if (at < 0)
            qFatal("fixture: phrase not in text");
        const Core::TextOffsets offsets(text);
        auto added = project->addCoding({documentId,
                                         codeId,
                                         coderId,
                                         offsets.toCodePoint(at),
                                         offsets.toCodePoint(at + needle.size()),
                                         memo,
                                         {},
                                         {}});
        if (!added || !added->has_value())
            qFatal("fixture: coding not added");
        return (*added)->id;
    }

    /// Creates the project file at @p path and fills it.
    Core::Status create(const QString &path)
    {
        auto created = Core::Project::create(path);
        if (!created)
            return Core::Error{created.error()};
        project = std::move(*created);

        vienna = QStringLiteral("1. 🌍 Early identification of victims protects them.\n"
                                "الفقرة ٢: حماية الضحايا واجب على الدول.\n"
                                "3. Non-refoulement 𠀋 applies to everyone, everywhere.");
        Core::NewDocument viennaDocument;
        viennaDocument.name = QStringLiteral("Vienna statement");
        viennaDocument.text = vienna;
        viennaDocument.pageStarts = {Core::TextOffsets(vienna).toCodePoint(vienna.indexOf(u'\n') + 1)};
        viennaId = project->addDocument(viennaDocument)->id;
        plan = QStringLiteral("Children and 👧 unaccompanied minors need early identification and protection.");
        Core::NewDocument planDocument;
        planDocument.name = QStringLiteral("Action plan");
        planDocument.text = plan;
        planId = project->addDocument(planDocument)->id;

        protection = project->addCode(QStringLiteral("Protection"), 0, QStringLiteral("#4E79A7"))->id;
        identification = project->addCode(QStringLiteral("Identification"), protection, QStringLiteral("#F28E2B"))->id;
        children = project->addCode(QStringLiteral("Children"), protection, QStringLiteral("#E15759"))->id;
        nonRefoulement = project->addCode(QStringLiteral("Non-refoulement"), 0, QStringLiteral("#59A14F"))->id;
        alice = project->ensureCoder(QStringLiteral("alice"))->id;
        bob = project->ensureCoder(QStringLiteral("bob"))->id;

        addCoding(viennaId, vienna, QStringLiteral("identification of victims"), identification, alice,
                  QStringLiteral("overlaps bob's"));
        earlyIdentification = addCoding(viennaId, vienna, QStringLiteral("Early identification"), identification, bob);
        addCoding(viennaId, vienna, QStringLiteral("حماية الضحايا"), protection, alice);
        addCoding(viennaId, vienna, QStringLiteral("Non-refoulement 𠀋 applies"), nonRefoulement, bob);
        addCoding(planId, plan, QStringLiteral("👧 unaccompanied minors"), children, alice);
        addCoding(planId, plan, QStringLiteral("identification"), identification, bob);
        addCoding(planId, plan, QStringLiteral("protection"), protection, alice);
        return Core::success();
    }
};

/// The texts of one row of @p model, numbers included.
inline QStringList rowTexts(const QAbstractItemModel &model, int row)
{
    QStringList cells;
    for (int column = 0; column < model.columnCount(); ++column)
        cells.append(model.index(row, column).data().toString());
    return cells;
}

/// The dark palette of the screenshots: the offscreen platform has none of its own.
inline QPalette screenshotDarkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xb8));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    dark.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return dark;
}

/// Saves @p widget as <name>.png in $MARGINALIA_SCREENSHOT_DIR when that is set; without it, nothing.
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MARGINALIA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

/**
 * Answers the modal dialogs that open next, one answer each, in order: a QInputDialog gets the answer as
 * its text (a list's item of that text) and is accepted, a QMessageBox is answered Yes. An empty answer
 * cancels. For the panels' ask...() functions, which open a dialog and wait for it.
 */
inline void answerNextDialogs(QStringList answers)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answers]() mutable {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *input = qobject_cast<QInputDialog *>(modal)) {
            const QString answer = answers.takeFirst();
            if (answer.isEmpty()) {
                input->reject();
            } else {
                input->setTextValue(answer);
                input->accept();
            }
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            answers.removeFirst();
            box->button(QMessageBox::Yes) ? box->button(QMessageBox::Yes)->click() : box->accept();
        }
        if (answers.isEmpty())
            timer->deleteLater();
    });
    timer->start();
}

} // namespace Marginalia::Test
