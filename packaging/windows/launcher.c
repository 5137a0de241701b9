/* partydesk.exe (window) and partydesk-cli.exe (console): run the bundled Python on partydesk.
 *
 * Built with mingw-w64 by packaging/build-windows.sh; -DGUI makes the window launcher, which starts
 * pythonw.exe (no console window). The arguments are passed on untouched and the exit code returned.
 */
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#include <wchar.h>

#ifdef GUI
#define PYTHON_EXE L"pythonw.exe"
#else
#define PYTHON_EXE L"python.exe"
#endif

static void fail(const wchar_t *what, const wchar_t *path)
{
    wchar_t message[2 * MAX_PATH + 200];
    DWORD code = GetLastError();
    message[0] = L'\0';
    wcsncat(message, what, 100);
    wcsncat(message, L"\n", 1);
    wcsncat(message, path, 2 * MAX_PATH);
#ifdef GUI
    MessageBoxW(NULL, message, L"partydesk", MB_ICONERROR | MB_OK);
#else
    HANDLE err = GetStdHandle(STD_ERROR_HANDLE);
    DWORD written;
    char text[4 * sizeof message];
    int n = WideCharToMultiByte(CP_UTF8, 0, message, -1, text, sizeof text, NULL, NULL);
    if (n > 0) {
        WriteFile(err, text, (DWORD)(n - 1), &written, NULL);
        WriteFile(err, "\r\n", 2, &written, NULL);
    }
#endif
    ExitProcess(code ? code : 1);
}

/* The command line after the program's own name, as Windows passed it (quotes kept). */
static const wchar_t *arguments(const wchar_t *line)
{
    if (*line == L'"') {
        for (line++; *line && *line != L'"'; line++)
            ;
        if (*line)
            line++;
    } else {
        while (*line && *line != L' ' && *line != L'\t')
            line++;
    }
    while (*line == L' ' || *line == L'\t')
        line++;
    return line;
}

#ifndef GUI
static void inheritable(HANDLE handle)
{
    if (handle && handle != INVALID_HANDLE_VALUE)
        SetHandleInformation(handle, HANDLE_FLAG_INHERIT, HANDLE_FLAG_INHERIT);
}
#endif

static int launch(void)
{
    static wchar_t python[MAX_PATH + 32];
    DWORD length = GetModuleFileNameW(NULL, python, MAX_PATH);
    if (length == 0 || length >= MAX_PATH)
        fail(L"Cannot find where partydesk is installed:", L"");
    wchar_t *slash = wcsrchr(python, L'\\');
    if (!slash)
        fail(L"Cannot find where partydesk is installed:", python);
    slash[1] = L'\0';
    wcscat(python, L"python\\" PYTHON_EXE);

    const wchar_t *args = arguments(GetCommandLineW());
    size_t size = wcslen(python) + wcslen(args) + 32;
    wchar_t *command = HeapAlloc(GetProcessHeap(), 0, size * sizeof(wchar_t));
    if (!command)
        fail(L"Out of memory", L"");
    command[0] = L'\0';
    wcscat(command, L"\"");
    wcscat(command, python);
    wcscat(command, L"\" -m partydesk ");
    wcscat(command, args);

    STARTUPINFOW startup;
    PROCESS_INFORMATION process;
    ZeroMemory(&startup, sizeof startup);
    startup.cb = sizeof startup;
#ifndef GUI
    /* Ctrl+C reaches Python in the child; the launcher waits for it to finish. */
    SetConsoleCtrlHandler(NULL, TRUE);
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    startup.hStdOutput = GetStdHandle(STD_OUTPUT_HANDLE);
    startup.hStdError = GetStdHandle(STD_ERROR_HANDLE);
    inheritable(startup.hStdInput);
    inheritable(startup.hStdOutput);
    inheritable(startup.hStdError);
#endif
    if (!CreateProcessW(python, command, NULL, NULL, TRUE, 0, NULL, NULL, &startup, &process))
        fail(L"Cannot start Python:", python);
    CloseHandle(process.hThread);
    WaitForSingleObject(process.hProcess, INFINITE);
    DWORD code = 1;
    GetExitCodeProcess(process.hProcess, &code);
    CloseHandle(process.hProcess);
    return (int)code;
}

#ifdef GUI
int WINAPI WinMain(HINSTANCE instance, HINSTANCE previous, LPSTR line, int show)
{
    (void)instance;
    (void)previous;
    (void)line;
    (void)show;
    return launch();
}
#else
int main(void)
{
    return launch();
}
#endif
