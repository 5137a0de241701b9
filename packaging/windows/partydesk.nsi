; partydesk for Windows 10: a per-user installer (no administrator), in Simplified Chinese.
; Built by packaging/build-windows.sh: makensis -DVERSION=… -DSTAGE=… -DOUTFILE=… partydesk.nsi
; The data folder (%LOCALAPPDATA%\partydesk) is the user's: neither an upgrade nor the uninstaller touches it.

Unicode true
Target amd64-unicode
RequestExecutionLevel user
!ifdef FAST
SetCompressor zlib
!else
SetCompressor /SOLID lzma
SetCompressorDictSize 64
!endif

!include "MUI2.nsh"
!include "StrFunc.nsh"
!include "WordFunc.nsh"
${StrStr}

!define APP "partydesk"
!define DISPLAY_NAME "党务台账 partydesk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\partydesk"
!define ENVIRONMENT_KEY "Environment"

Name "${DISPLAY_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\partydesk"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
ShowInstDetails show
ShowUninstDetails show
BrandingText "partydesk ${VERSION}"

VIProductVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=2052 "ProductName" "partydesk"
VIAddVersionKey /LANG=2052 "FileDescription" "partydesk ${VERSION} 安装程序"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "LegalCopyright" "Apache-2.0"

!define MUI_ICON "${STAGE}\partydesk.ico"
!define MUI_UNICON "${STAGE}\partydesk.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\partydesk.exe"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"

Section "partydesk"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; Upgrade in place: the previous program files go first so no stale module survives; data stays.
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\app"
  File "${STAGE}\partydesk.exe"
  File "${STAGE}\partydesk-cli.exe"
  File "${STAGE}\partydesk.ico"
  File /r "${STAGE}\python"
  File /r "${STAGE}\app"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\党务台账.lnk" "$INSTDIR\partydesk.exe" "" "$INSTDIR\partydesk.ico" 0
  CreateShortCut "$DESKTOP\党务台账.lnk" "$INSTDIR\partydesk.exe" "" "$INSTDIR\partydesk.ico" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${DISPLAY_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "partydesk"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\partydesk.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1

  ; partydesk-cli on the user's PATH (HKCU, no administrator); added once, kept on upgrade.
  ReadRegStr $0 HKCU "${ENVIRONMENT_KEY}" "Path"
  ${StrStr} $1 "$0" "$INSTDIR"
  ${If} $1 == ""
    ${If} $0 == ""
      WriteRegExpandStr HKCU "${ENVIRONMENT_KEY}" "Path" "$INSTDIR"
    ${Else}
      WriteRegExpandStr HKCU "${ENVIRONMENT_KEY}" "Path" "$0;$INSTDIR"
    ${EndIf}
    SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=2000
  ${EndIf}
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\党务台账.lnk"
  Delete "$DESKTOP\党务台账.lnk"
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\app"
  Delete "$INSTDIR\partydesk.exe"
  Delete "$INSTDIR\partydesk-cli.exe"
  Delete "$INSTDIR\partydesk.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  ReadRegStr $0 HKCU "${ENVIRONMENT_KEY}" "Path"
  ${un.WordReplace} "$0" ";$INSTDIR" "" "+" $1
  ${un.WordReplace} "$1" "$INSTDIR;" "" "+" $1
  ${un.WordReplace} "$1" "$INSTDIR" "" "+" $1
  ${If} $1 != $0
    WriteRegExpandStr HKCU "${ENVIRONMENT_KEY}" "Path" "$1"
    SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=2000
  ${EndIf}
  DeleteRegKey HKCU "${UNINSTALL_KEY}"

  DetailPrint "您的数据没有删除，仍保存在：$LOCALAPPDATA\partydesk"
  MessageBox MB_OK|MB_ICONINFORMATION "partydesk 已卸载。$\r$\n$\r$\n您的数据（花名册、备份设置等）没有删除，仍保存在：$\r$\n$LOCALAPPDATA\partydesk$\r$\n$\r$\n不再需要时可手动删除该文件夹。" /SD IDOK
SectionEnd
