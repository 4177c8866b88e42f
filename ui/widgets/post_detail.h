#pragma once

#include "posts/post.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace Podium::Ui {

/// The selected post beside the queue: its state in words, when and where it goes, who prepared and
/// approved it, why it failed, and the buttons for what the viewer may do next.
class PostDetail : public QFrame
{
    Q_OBJECT

public:
    explicit PostDetail(QWidget* parent = nullptr);

    /// `names` maps people's ids to display names; `zone` is the viewer's.
    void showPost(const Core::Post& post, const QHash<QString, QString>& names, const QString& zone, bool canReview,
                  bool canEdit, bool canCancel);
    void clear();

    QPushButton* reviewButton() const { return m_review; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* publishNowButton() const { return m_publishNow; }
    QString postId() const { return m_postId; }

Q_SIGNALS:
    void reviewRequested(const QString& postId);
    void editRequested(const QString& postId);
    void cancelRequested(const QString& postId);
    void publishNowRequested(const QString& postId);

private:
    QString m_postId;
    QLabel* m_state = nullptr;
    QLabel* m_help = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_text = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_review = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_publishNow = nullptr;
    QWidget* m_body = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace Podium::Ui
