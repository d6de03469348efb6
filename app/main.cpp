#include "CommandLineApp.h"
#include "GuiApp.h"
#include "LargeBufferAllocation.h"
#include "ProcessHardening.h"

#include <cstring>

// No arguments (or only window options) opens the window; a subcommand runs headless without a display.
int main(int argc, char* argv[])
{
    // Before anything reads a token: a crash must not leave the secrets in a core file.
    ProcessHardening::disableCoreDumps();
    if (CommandLineApp::wantsHeadless(argc, argv)) {
        // Before the first allocation: glibc's thresholds hold for memory the heap takes from then on.
        LargeBufferAllocation::reuseHeapForPages();
        return CommandLineApp::run(argc, argv);
    }
    return GuiApp::run(argc, argv);
}
