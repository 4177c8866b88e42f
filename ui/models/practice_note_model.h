#pragma once

#include "practice/practice_note.h"

#include <QAbstractListModel>
#include <QList>
#include <QTimeZone>

namespace Podium::Ui {

/// A practice session's notes, oldest first, each with the time it was written in the reader's zone.
class PracticeNoteModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        TextRole = Qt::UserRole + 1,
        WrittenAtRole,
    };

    explicit PracticeNoteModel(const QTimeZone& zone, QObject* parent = nullptr);

    void setNotes(const QList<Core::PracticeNote>& notes);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QTimeZone m_zone;
    QList<Core::PracticeNote> m_notes;
};

} // namespace Podium::Ui
