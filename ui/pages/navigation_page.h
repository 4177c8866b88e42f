#pragma once

namespace Podium::Ui {

/// The pages of the main window, in navigation order.
enum class NavigationPage
{
    Home,
    Compose,
    Queue,
    Guides,
    Practice,
    Progress,
    People,
    Settings,
};

} // namespace Podium::Ui
