#pragma once

// Starts the window: the QApplication, the main window and, with --demo, the embedded emulator.
class GuiApp
{
public:
    static int run(int argc, char* argv[]);
};
