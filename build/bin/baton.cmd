@echo off
rem Baton's command line, shipped inside the app (resources\bin -> resources\cli). It runs on the
rem system's Node.js (>= 20.19): the packaged Electron binary has its RunAsNode fuse off.
setlocal
if defined BATON_NODE (set "BATON_NODE_EXE=%BATON_NODE%") else (set "BATON_NODE_EXE=node")
where "%BATON_NODE_EXE%" >nul 2>nul
if errorlevel 1 if not exist "%BATON_NODE_EXE%" (
  echo baton: Node.js 20.19 or later is needed to run Baton's command line ^(https://nodejs.org^), or set BATON_NODE to node.exe. 1>&2
  exit /b 127
)
"%BATON_NODE_EXE%" "%~dp0..\cli\lib\main\cli\baton.mjs" %*
