@echo off
rem The Inclusive Cities platform's launcher on Windows, as ./platform is elsewhere: finds a JDK 21 or newer
rem (JAVA_HOME if new enough, else the java on PATH, else the newest under the usual Program Files folders
rem and %USERPROFILE%\.jdks), then runs the Maven wrapper.
rem   platform run    the platform with the embedded database and the demo network on http://localhost:8080
rem   platform test   every test; browser journeys run with -Dplatform.chromium=... -Dplatform.chromedriver=...
rem   platform mvn ...  any Maven command with that JDK
setlocal EnableExtensions EnableDelayedExpansion
cd /d "%~dp0"

set "COMMAND=%~1"
if /i not "%COMMAND%"=="run" if /i not "%COMMAND%"=="test" if /i not "%COMMAND%"=="mvn" goto usage
rem the arguments after the command, as typed (cmd would split -Dname=value at "=")
set "REST=%*"
set "REST=!REST:*%COMMAND%=!"

set "JDK="
if defined JAVA_HOME call :consider "%JAVA_HOME%" 21
if not defined JDK for /f "delims=" %%j in ('where java 2^>nul') do if not defined JDK call :consider "%%~dpj.." 21
if not defined JDK (
  set "BEST=20"
  for %%r in ("%ProgramFiles%\Java" "%ProgramFiles%\Eclipse Adoptium" "%ProgramFiles%\Microsoft" "%ProgramFiles%\Zulu" "%ProgramFiles%\Amazon Corretto" "%ProgramFiles%\BellSoft" "%ProgramFiles%\OpenJDK" "%USERPROFILE%\.jdks") do (
    if exist "%%~r\" for /d %%d in ("%%~r\*") do call :consider "%%~d" !BEST!
  )
)
if not defined JDK (
  echo platform: no JDK 21 or newer found ^(JAVA_HOME, java on PATH, Program Files^): install one, e.g. Eclipse Temurin 21 or 25 from https://adoptium.net, and run this command again. 1>&2
  exit /b 1
)
set "JAVA_HOME=%JDK%"
set "PATH=%JDK%\bin;%PATH%"
echo platform: using the JDK in %JDK% 1>&2
if not exist "%USERPROFILE%\.m2\repository\org\springframework\boot" echo platform: first run: downloading Maven and the dependencies ^(about 2 minutes^) ... 1>&2

if /i "%COMMAND%"=="run" call mvnw.cmd -pl platform-web -am -DskipTests spring-boot:run -Dspring-boot.run.arguments=--platform.demo-data=true !REST!
if /i "%COMMAND%"=="test" call mvnw.cmd -B verify !REST!
if /i "%COMMAND%"=="mvn" call mvnw.cmd !REST!
exit /b %ERRORLEVEL%

:usage
echo usage: platform run ^| platform test ^| platform mvn ^<maven arguments^> 1>&2
exit /b 2

rem :consider HOME MINIMUM - takes HOME as the JDK when it is one of version MINIMUM or newer (and newer than BEST)
:consider
set "MAJOR=0"
if not exist "%~1\bin\javac.exe" exit /b 0
if not exist "%~1\release" exit /b 0
set "VERSION="
for /f "tokens=2 delims==" %%v in ('findstr /b "JAVA_VERSION=" "%~1\release"') do set "VERSION=%%~v"
if not defined VERSION exit /b 0
for /f "tokens=1 delims=." %%m in ("%VERSION%") do set "MAJOR=%%m"
if %MAJOR% GEQ %~2 if %MAJOR% GEQ 21 (
  for %%h in ("%~1") do set "JDK=%%~fh"
  set "BEST=%MAJOR%"
)
exit /b 0
