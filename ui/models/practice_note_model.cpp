#include "practice_note_model.h"

#include <QLocale>

namespace Podium::Ui {

PracticeNoteModel::PracticeNoteModel(const QTimeZone& zone, QObject* parent)
    : QAbstractListModel(parent)
    , m_zone(zone.isValid() ? zone : QTimeZone::utc())
{}

void PracticeNoteModel::setNotes(const QList<Core::PracticeNote>& notes)
{
    // Notes are only ever appended, so a longer list keeps the rows already shown (and the scroll position).
    const bool appended =
        notes.size() > m_notes.size() && std::equal(m_notes.cbegin(), m_notes.cend(), notes.cbegin(),
                                                    [](const Core::PracticeNote& a, const Core::PracticeNote& b) {
                                                        return a.writtenAt == b.writtenAt && a.text == b.text;
                                                    });
    if (!appended) {
        beginResetModel();
        m_notes = notes;
        endResetModel();
        return;
    }
    beginInsertRows({}, int(m_notes.size()), int(notes.size()) - 1);
    m_notes = notes;
    endInsertRows();
}

int PracticeNoteModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QVariant PracticeNoteModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::PracticeNote& note = m_notes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1  %2", "time, then the note")
            .arg(QLocale().toString(note.writtenAt.toTimeZone(m_zone).time(), QLocale::ShortFormat), note.text);
    case Qt::ToolTipRole:
    case TextRole:
        return note.text;
    case WrittenAtRole:
        return note.writtenAt;
    default:
        return {};
    }
}

} // namespace Podium::Ui
