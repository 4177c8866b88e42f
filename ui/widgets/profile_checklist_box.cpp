#include "profile_checklist_box.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Podium::Ui {

ProfileChecklistBox::ProfileChecklistBox(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("sideCard"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(6);
    auto* heading = new QLabel(tr("Profile checklist"), this);
    heading->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(heading);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("hint"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list = new QVBoxLayout;
    m_list->setSpacing(4);
    layout->addLayout(m_list);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("hint"));
    m_source->setWordWrap(true);
    layout->addWidget(m_source);
}

void ProfileChecklistBox::setEntries(const QList<Entry>& entries, const QString& preparedBy, bool editable)
{
    // Later, not now: the box that was just ticked may be the one whose signal led here.
    for (QCheckBox* box : std::as_const(m_boxes)) {
        box->hide();
        box->disconnect(this);
        box->deleteLater();
    }
    m_boxes.clear();
    int done = 0;
    for (const Entry& entry : entries) {
        auto* box = new QCheckBox(entry.text, this);
        box->setChecked(entry.ticked);
        box->setEnabled(editable && (!entry.ticked || entry.untickable));
        if (entry.ticked && !entry.untickable)
            box->setToolTip(tr("Ticked for good: the path has counted it."));
        const QString key = entry.key;
        connect(box, &QCheckBox::toggled, this, [this, key](bool ticked) { Q_EMIT entryToggled(key, ticked); });
        m_list->addWidget(box);
        m_boxes.append(box);
        done += entry.ticked ? 1 : 0;
    }
    if (entries.isEmpty())
        m_summary->setText(tr("Nothing to tick."));
    else if (done == entries.size())
        m_summary->setText(tr("All done: the profile is ready for people to find."));
    else
        m_summary->setText(tr("%1 of %2 done. Tick each item once it is on the profile.")
                               .arg(QLocale().toString(done), QLocale().toString(entries.size())));
    m_source->setText(preparedBy.isEmpty() ? QString() : tr("Prepared by %1.").arg(preparedBy));
    m_source->setVisible(!preparedBy.isEmpty());
}

void ProfileChecklistBox::focusFirstOpen()
{
    for (QCheckBox* box : std::as_const(m_boxes))
        if (!box->isChecked() && box->isEnabled()) {
            box->setFocus(Qt::OtherFocusReason);
            return;
        }
}

} // namespace Podium::Ui
