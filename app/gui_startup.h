#pragma once

namespace Podium::App {

/// Builds the services, asks who you are on first run, and shows the main window.
int runGui(int argc, char* argv[]);

} // namespace Podium::App
