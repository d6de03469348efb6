#pragma once

// The headless side of the executable: parses the command line, runs one command under a QCoreApplication (no
// display needed) and returns its exit code.
class CommandLineApp
{
public:
    // True when the first argument that is not an option is a command word (or an unknown word in its place), or
    // when --help or --version is given. No arguments, or only window options, leave the window to GuiApp.
    static bool wantsHeadless(int argc, char* argv[]);
    static int run(int argc, char* argv[]);
};
