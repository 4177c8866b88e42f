#pragma once

#include <QTextBrowser>

namespace Podium::Ui {

/// Shows a word-level diff: what the delegate wrote against what will go out.
class DiffView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DiffView(QWidget* parent = nullptr);

    void setTexts(const QString& before, const QString& after);
    /// How many places differ; a replaced phrase is one change, not a removal and an addition.
    int changeCount() const { return m_changeCount; }

private:
    int m_changeCount = 0;
};

} // namespace Podium::Ui
