#include "guides_page.h"

#include "common/clock.h"
#include "guides/guide_library.h"
#include "models/guide_list_model.h"
#include "widgets/error_label.h"
#include "widgets/guide_view.h"
#include "widgets/page_title.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace Podium::Ui {

GuidesPage::GuidesPage(const QString& language, Core::Workspace* workspace, const QString& personId, QWidget* parent)
    : QWidget(parent)
    , m_library(std::make_unique<Core::GuideLibrary>(language))
    , m_workspace(workspace)
    , m_personId(personId)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(14);
    layout->addWidget(new PageTitle(tr("Guides"), this));
    auto* lead = new QLabel(tr("Step-by-step help for every step of your path. Pick a guide and follow it at "
                               "your own pace."),
                            this);
    lead->setObjectName(QStringLiteral("lead"));
    lead->setWordWrap(true);
    layout->addWidget(lead);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    auto* left = new QVBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search the guides"));
    m_search->setClearButtonEnabled(true);
    left->addWidget(m_search);
    m_model = new GuideListModel(*m_library, this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("guideList"));
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    // Re-lay out wrapped titles when the width changes, instead of eliding them.
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Item heights are measured for the viewport's width; a scroll bar that appears later would make
    // wrapped titles one line too short.
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_list->setAccessibleName(tr("Guides"));
    left->addWidget(m_list, 1);
    columns->addLayout(left, 2);

    auto* right = new QVBoxLayout;
    m_error = new ErrorLabel(this);
    right->addWidget(m_error);
    m_view = new GuideView(this);
    right->addWidget(m_view, 1);
    columns->addLayout(right, 3);
    layout->addLayout(columns, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setSearch(text);
        showRow(m_model->rowCount() > 0 ? 0 : -1);
    });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex& index) { showRow(index.row()); });
    connect(m_view, &GuideView::itemToggled, this, &GuidesPage::keepTick);
    connect(m_view, &GuideView::actionRequested, this, &GuidesPage::actionRequested);
    showRow(m_model->rowCount() > 0 ? 0 : -1);
}

GuidesPage::~GuidesPage() = default;

bool GuidesPage::showGuide(const QString& id)
{
    m_search->clear();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->guideAt(row).id == id) {
            showRow(row);
            return true;
        }
    }
    return false;
}

void GuidesPage::showRow(int row)
{
    if (row < 0) {
        m_guideId.clear();
        m_view->showMessage(tr("No guide matches your search."));
        return;
    }
    m_list->setCurrentIndex(m_model->index(row));
    const Core::Guide& guide = m_model->guideAt(row);
    m_guideId = guide.id;
    QSet<Core::GuideItem> ticked;
    if (m_workspace) {
        const auto kept = m_workspace->guideProgress().ticked(m_personId, guide.id);
        if (kept)
            ticked = kept.value();
        else
            m_error->showError(kept.error());
    }
    m_view->setGuide(guide, ticked);
}

void GuidesPage::keepTick(Core::GuideItem item, bool ticked)
{
    if (!m_workspace || m_guideId.isEmpty())
        return;
    const auto kept =
        m_workspace->guideProgress().setTicked(m_personId, m_guideId, item, ticked, m_workspace->clock().now());
    if (kept)
        m_error->hide();
    else
        m_error->showError(kept.error());
}

} // namespace Podium::Ui
