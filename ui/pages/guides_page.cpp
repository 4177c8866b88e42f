#include "guides_page.h"

#include "guides/guide_library.h"
#include "models/guide_list_model.h"
#include "widgets/page_title.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Podium::Ui {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

GuidesPage::GuidesPage(const QString& language, QWidget* parent)
    : QWidget(parent)
    , m_library(std::make_unique<Core::GuideLibrary>(language))
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

    m_reader = new QTextBrowser(this);
    m_reader->setObjectName(QStringLiteral("guideReader"));
    m_reader->setOpenLinks(false);
    m_reader->document()->setDocumentMargin(18);
    columns->addWidget(m_reader, 3);
    layout->addLayout(columns, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setSearch(text);
        showRow(m_model->rowCount() > 0 ? 0 : -1);
    });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex& index) { showRow(index.row()); });
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
        m_reader->setHtml(QStringLiteral("<p>") + esc(tr("No guide matches your search.")) + QStringLiteral("</p>"));
        return;
    }
    m_list->setCurrentIndex(m_model->index(row));
    const Core::Guide& guide = m_model->guideAt(row);
    // Pictures are read straight from the embedded resources, so the guide works offline.
    QString html = QStringLiteral("<h2>%1</h2><p style=\"color:#5d6d7e\">%2</p><p>%3</p>")
                       .arg(esc(guide.title), esc(tr("About %1 minutes").arg(guide.minutes)), esc(guide.introduction));
    int number = 0;
    for (const Core::GuideStep& step : guide.steps) {
        html += QStringLiteral("<h3>%1. %2</h3><p>%3</p><ul style=\"list-style-type:none\">")
                    .arg(++number)
                    .arg(esc(step.title), esc(step.text));
        for (const QString& action : step.checklist)
            html += QStringLiteral("<li>&#9744;&nbsp;") + esc(action) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
        for (const QString& picture : step.pictures)
            html += QStringLiteral("<p><img src=\"qrc:/podium/guides/%1\" width=\"360\"></p>").arg(esc(picture));
    }
    m_reader->setHtml(html);
}

} // namespace Podium::Ui
