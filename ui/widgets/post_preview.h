#pragma once

#include <QFrame>

class QLabel;

namespace Podium::Ui {

/// How the post will look on the network: the executive's name and handle over the text, with links,
/// mentions and hashtags picked out as the network shows them, and a PRACTICE mark in the sandbox.
class PostPreview : public QFrame
{
    Q_OBJECT

public:
    explicit PostPreview(QWidget* parent = nullptr);

    void setAuthor(const QString& name, const QString& where, bool practice);
    void setContent(const QString& title, const QString& body);

    /// The text as rich text, escaped: a preview never runs markup the person typed.
    static QString richText(const QString& body);

private:
    QLabel* m_initials = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_where = nullptr;
    QLabel* m_practice = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_body = nullptr;
};

} // namespace Podium::Ui
