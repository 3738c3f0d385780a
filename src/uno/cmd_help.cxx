// vnd.chengbao:Help(Topic): the extension's help page in the browser, as LibreOffice 7.4 shows its
// own help. The office's F1 never reaches an extension's compiled .xhp pages when its own help is
// HTML (as Debian ships it), so the menus and dialogs open the HTML made from them at build time.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <unistd.h>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/system/SystemShellExecute.hpp>
#include <com/sun/star/system/SystemShellExecuteFlags.hpp>
#include <sal/log.hxx>

#include "command.hxx"
#include "extension_location.hxx"
#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {
namespace {

/// The page for a topic: a command's name ("InsertSection") or a page's ("insert_section");
/// empty for anything else (it must not name a path).
std::string pageOf(const std::string& rTopic) {
  std::string aPage;
  for (size_t i = 0; i < rTopic.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(rTopic[i]);
    if (std::isupper(c)) {
      if (i > 0) aPage += '_';
      aPage += static_cast<char>(std::tolower(c));
    } else if (std::islower(c) || c == '_') {
      aPage += static_cast<char>(c);
    } else {
      return std::string();
    }
  }
  return aPage;
}

/// Whether `rProgram` (a path, or a name looked up in PATH) is an executable file.
bool isExecutable(const std::string& rProgram) {
  if (rProgram.empty()) return false;
  if (rProgram.find('/') != std::string::npos) return ::access(rProgram.c_str(), X_OK) == 0;
  const char* pPath = std::getenv("PATH");
  std::string aFolders = pPath ? pPath : "/usr/bin:/bin";
  for (size_t nStart = 0; nStart <= aFolders.size();) {
    const size_t nEnd = std::min(aFolders.find(':', nStart), aFolders.size());
    const std::string aFolder = aFolders.substr(nStart, nEnd - nStart);
    if (!aFolder.empty() && ::access((aFolder + "/" + rProgram).c_str(), X_OK) == 0) return true;
    nStart = nEnd + 1;
  }
  return false;
}

/// Whether the office's shell-execute service can hand a URL to a browser: DESKTOP_LAUNCH when
/// it is set, else one of the openers its open-url script tries.
bool browserAvailable() {
  if (const char* pLaunch = std::getenv("DESKTOP_LAUNCH"); pLaunch && *pLaunch) {
    const std::string aLaunch = pLaunch;
    return isExecutable(aLaunch.substr(0, aLaunch.find(' ')));
  }
  for (const char* pOpener : {"xdg-open", "gio", "kde-open5", "kde-open", "gnome-open", "exo-open"})
    if (isExecutable(pOpener)) return true;
  return false;
}

/// Shows the page in the office itself (Writer/Web), read-only.
void showInOffice(const CommandContext& rContext, const rtl::OUString& rUrl) {
  uno::Sequence<beans::PropertyValue> aArgs(1);
  aArgs.getArray()[0].Name = "ReadOnly";
  aArgs.getArray()[0].Value <<= true;
  uno::Reference<frame::XComponentLoader> xLoader(frame::Desktop::create(rContext.xContext),
                                                  uno::UNO_QUERY_THROW);
  if (!xLoader->loadComponentFromURL(rUrl, "_blank", 0, aArgs).is())
    throw CommandError{rContext.text(Message::NoHelpPage) + rUrl};
}

}  // namespace

rtl::OUString openHelp(const CommandContext& rContext, const std::string& rTopic) {
  const std::string aPage = rTopic.empty() ? "index" : pageOf(rTopic);
  const std::string aPath = extensionDirectory(rContext.xContext) + "/help-html/" +
                            toUtf8(rContext.language) + "/" + aPage + ".html";
  std::error_code aIgnored;
  if (aPage.empty() || !std::filesystem::is_regular_file(aPath, aIgnored))
    throw CommandError{rContext.text(Message::NoHelpPage) + toOUString(rTopic)};
  const rtl::OUString aUrl = toFileUrl(aPath);
  if (!browserAvailable()) {
    // The office would hand the page to nobody and say nothing: show it here instead.
    SAL_INFO("chengbao", rContext.text(Message::HelpInOffice) << aUrl);
    showInOffice(rContext, aUrl);
    return aUrl;
  }
  system::SystemShellExecute::create(rContext.xContext)
      ->execute(aUrl, rtl::OUString(), system::SystemShellExecuteFlags::URIS_ONLY);
  return aUrl;
}

rtl::OUString helpCommand(const CommandContext& rContext) {
  const auto aTopic = rContext.args.string("Topic");
  return openHelp(rContext, aTopic ? toUtf8(*aTopic) : std::string());
}

}  // namespace chengbao::ext
