#include "theme.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace Podium::Ui {

namespace {

// One place for the colours; the guides' pictures use the same navy and blue.
const QString styleSheet = QStringLiteral(R"(
#sidebar { background: #1f4e79; }
#brand { color: white; font-size: 20pt; font-weight: 600; padding-left: 22px; }
#navigation { background: transparent; color: #dce6f0; font-size: 11.5pt; outline: 0; }
#navigation::item { padding: 9px 22px; border-left: 4px solid transparent; }
#navigation::item:hover { background: #24598a; color: white; }
#navigation::item:selected { background: #2b6599; color: white; border-left: 4px solid #7fb8ee; }
#whoAmI { color: #dce6f0; padding: 10px 22px; }
#pageArea { background: #f5f7fa; }
#pageTitle { font-size: 20pt; font-weight: 600; color: #1b2a3a; }
#lead { font-size: 11.5pt; color: #36495c; }
#hint { color: #5d6d7e; }
#sectionHeading { font-size: 12pt; font-weight: 600; color: #1b2a3a; margin-top: 6px; }
#errorText { color: #b03a2e; }
#linkButton { background: transparent; border: none; color: #2e86de; font-size: 11pt; text-align: left;
              padding: 2px 0; }
#linkButton:hover { color: #1f4e79; text-decoration: underline; }
#nextStepCard { background: white; border: 1px solid #9cc3ec; border-radius: 10px; }
#cardKicker { color: #2e86de; font-weight: 700; letter-spacing: 1px; font-size: 9pt; }
#cardTitle { font-size: 16pt; font-weight: 600; color: #1b2a3a; }
#nextStepButton, #primaryButton { background: #2e86de; color: white; border: none; border-radius: 6px;
               padding: 9px 22px; font-size: 11.5pt; font-weight: 600; }
#nextStepButton:hover, #primaryButton:hover { background: #2574c4; }
#nextStepButton:focus, #primaryButton:focus { outline: 2px solid #1f4e79; }
QGroupBox { font-weight: 600; border: 1px solid #d5dde6; border-radius: 8px; margin-top: 14px; background: white;
            padding: 14px 12px 10px 12px; }
QGroupBox::title { subcontrol-origin: margin; left: 12px; padding: 0 4px; }
QGroupBox QLabel { font-weight: normal; }
#guideList { background: white; border: 1px solid #d5dde6; border-radius: 6px; }
#guideList::item { padding: 6px 0px; border-bottom: 1px solid #eef2f7; }
#guideList::item:selected { background: #2e86de; color: white; }
#guideReader { background: white; border: 1px solid #d5dde6; border-radius: 6px; }
#guidePage { background: white; }
#guideTitle { font-size: 16pt; font-weight: 600; color: #1b2a3a; }
#guideText { font-size: 10.5pt; color: #1b2a3a; }
#doItNowButton { background: white; color: #1f6fbf; border: 1px solid #2e86de; border-radius: 5px;
                 padding: 5px 14px; font-weight: 600; }
#doItNowButton:hover { background: #eaf3fc; }
#diffView { background: white; border: 1px solid #d5dde6; border-radius: 6px; padding: 4px; }
QTableView { background: white; alternate-background-color: #f7f9fc; border: 1px solid #d5dde6; border-radius: 6px; }
#postPreview { background: white; border: 1px solid #d5dde6; border-radius: 10px; }
#avatar { background: #1f4e79; color: white; border-radius: 20px; font-weight: 700; }
#previewName { font-weight: 700; color: #1b2a3a; }
#previewTitle { font-size: 14pt; font-weight: 700; color: #1b2a3a; }
#previewBody { font-size: 11pt; color: #1b2a3a; }
#practiceBadge { background: #fff4de; color: #8a5a00; border: 1px solid #f0d49a; border-radius: 8px;
                 padding: 1px 8px; font-weight: 700; font-size: 8.5pt; }
#practiceBanner { background: #fff4de; color: #6b4600; border: 1px solid #f0d49a; border-left: 5px solid #e0a526;
                  border-radius: 6px; padding: 8px 12px; font-weight: 600; font-size: 11pt; }
#goalStrip { background: white; border: 1px solid #d5dde6; border-radius: 8px; }
#goalTitle { font-weight: 600; color: #1b2a3a; }
#goalStrip QProgressBar { border: 1px solid #c7d3df; border-radius: 5px; background: #eef2f7; color: #1b2a3a;
                          text-align: center; min-height: 18px; }
#goalStrip QProgressBar::chunk { background: #9cc3ec; border-radius: 4px; }
#goalMet { color: #1e7b4a; font-weight: 700; }
#practiceFeed { background: transparent; border: none; }
#sessionPanel { background: white; border: 1px solid #9cc3ec; border-radius: 10px; }
#sessionTimer { font-size: 15pt; font-weight: 600; color: #1f4e79; }
#sessionTimer[level="over"] { color: #b36b00; }
#quotedPost { background: #f5f7fa; border-left: 3px solid #c7d3df; padding: 8px 10px; color: #36495c; }
#planChooser, #sessionPlan, #sessionNotes, #profileChecklist { background: white; border: 1px solid #d5dde6;
                                                               border-radius: 6px; }
#planChooser::item, #sessionPlan::item, #sessionNotes::item, #profileChecklist::item { padding: 3px 2px; }
#characterCount { color: #5d6d7e; }
#characterCount[level="near"] { color: #8a5a00; font-weight: 600; }
#characterCount[level="over"] { color: #b03a2e; font-weight: 700; }
#postText, #approvalText { background: white; border: 1px solid #c7d3df; border-radius: 6px; padding: 6px;
                           font-size: 11.5pt; }
#postText:focus, #approvalText:focus { border: 1px solid #2e86de; }
#ideaButton { background: #eef5fd; color: #1f4e79; border: 1px solid #c6dcf3; border-radius: 13px;
              padding: 4px 12px; }
#ideaButton:hover { background: #dcebfb; }
#successText { background: #e6f4ec; color: #1e7b4a; border-radius: 6px; padding: 8px 10px; }
#warningText { color: #8a5a00; font-weight: 600; }
#reviewComment { background: #fff4de; color: #6b4600; border-radius: 6px; padding: 8px 10px; }
#zoneStrip { color: #1b2a3a; padding: 4px 0; }
#postDetail { background: white; border: 1px solid #d5dde6; border-radius: 8px; }
#detailText { font-size: 11pt; color: #1b2a3a; }
#queueFilters { background: white; border: 1px solid #d5dde6; border-radius: 6px; font-size: 11pt; outline: 0; }
#queueFilters::item { padding: 8px 10px; }
#queueFilters::item:selected { background: #2e86de; color: white; }
#segmentButton { background: white; border: 1px solid #c7d3df; padding: 5px 14px; }
#segmentButton:checked { background: #1f4e79; color: white; border-color: #1f4e79; }
#tierCard { background: white; border: 1px solid #d5dde6; border-radius: 10px; }
#tierCard[state="locked"] { background: #f9fbfd; border: 1px dashed #c7d3df; }
#tierCard[state="complete"] { border: 1px solid #a9d8bc; }
#tierTitle { font-size: 14pt; font-weight: 600; color: #1b2a3a; }
#tierBadge { border-radius: 10px; padding: 3px 12px; font-weight: 600; }
#tierBadge[state="locked"] { background: #eef2f7; color: #5d6d7e; }
#tierBadge[state="open"] { background: #e3effb; color: #1f4e79; }
#tierBadge[state="complete"] { background: #e6f4ec; color: #1e7b4a; }
#lockedNote { color: #5d6d7e; font-style: italic; }
#unlockButton { background: white; color: #1f4e79; border: 1px solid #9cc3ec; border-radius: 6px; padding: 5px 14px;
                font-weight: 600; }
#unlockButton:hover { background: #eef5fd; }
#milestoneRow { border: none; border-top: 1px solid #eef2f7; }
#milestoneRow[state="next"] { background: #f2f8ff; border: 1px solid #9cc3ec; border-radius: 8px; }
#milestoneMark { border: 2px solid #c7d3df; border-radius: 12px; background: white; color: white; font-weight: 700; }
#milestoneMark[state="met"] { background: #2e9d62; border-color: #2e9d62; }
#milestoneMark[state="next"] { border-color: #2e86de; }
#milestoneTitle { font-weight: 600; color: #1b2a3a; font-size: 10.5pt; }
#milestoneStatus { color: #36495c; }
#nextBadge { background: #2e86de; color: white; border-radius: 6px; padding: 2px 8px; font-weight: 700; font-size: 8.5pt; }
#optionalBadge { background: #eef2f7; color: #5d6d7e; border-radius: 6px; padding: 2px 8px; font-size: 8.5pt; }
#milestoneBar { background: #e4eaf1; border: none; border-radius: 4px; }
#milestoneBar::chunk { background: #2e86de; border-radius: 4px; }
#sideCard { background: white; border: 1px solid #d5dde6; border-radius: 10px; }
#practiceNote { background: #fff4de; color: #6b4600; border: 1px solid #f0d49a; border-radius: 6px; padding: 8px 10px; }
#emptyState { color: #5d6d7e; font-size: 11.5pt; }
QHeaderView::section { background: #eef2f7; border: none; border-bottom: 1px solid #d5dde6; padding: 6px 3px;
                       font-weight: 600; }
)");

} // namespace

QColor Theme::addedBackground()
{
    return QColor(0xd4, 0xf0, 0xdc);
}

QColor Theme::removedBackground()
{
    return QColor(0xfa, 0xdb, 0xd8);
}

QColor Theme::hintText()
{
    return QColor(0x5d, 0x6d, 0x7e); // as #hint in the style sheet
}

void Theme::apply(QApplication& app)
{
    // Fusion looks the same on every platform, so screenshots and guides match what people see.
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = app.style()->standardPalette();
    palette.setColor(QPalette::Window, QColor(0xf5, 0xf7, 0xfa));
    palette.setColor(QPalette::Highlight, QColor(0x2e, 0x86, 0xde));
    app.setPalette(palette);
    // Rich text is laid out at fractional positions; without full hinting the dots of a capital Ü at the
    // default size blur into a faint line, so German labels read "Ubung".
    QFont font = app.font();
    font.setHintingPreference(QFont::PreferFullHinting);
    app.setFont(font);
    app.setStyleSheet(styleSheet);
    app.setWindowIcon(QIcon(QStringLiteral(":/podium/icons/podium.svg")));
}

} // namespace Podium::Ui
