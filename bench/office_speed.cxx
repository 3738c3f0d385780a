// Benchmark (not a test): in a private headless office with the .oxt installed, times
// vnd.chengbao:Check with Output on a long report, InsertReport into a new document (the
// wizard's Finish), and a Python macro walking the same paragraphs through UNO in the office.
// Usage: chengbao_office_speed REPORT.fodt [RUNS]; prints numbers, asserts nothing.
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>
#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/script/provider/XScript.hpp>
#include <com/sun/star/script/provider/XScriptProvider.hpp>
#include <com/sun/star/script/provider/theMasterScriptProviderFactory.hpp>
#include <com/sun/star/util/PathSubstitution.hpp>
#include <com/sun/star/util/URLTransformer.hpp>
#include <com/sun/star/util/XStringSubstitution.hpp>
#include <com/sun/star/util/XURLTransformer.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include "office.hxx"
#include "ustring.hxx"

using namespace css;
using chengbao::ext::toFileUrl;
using chengbao::ext::toOUString;
using chengbao::ext::toSystemPath;
using chengbao::ext::toUtf8;
using chengbao::office::Office;
using Clock = std::chrono::steady_clock;

namespace {

class Finished : public cppu::WeakImplHelper1<frame::XDispatchResultListener> {
 public:
  void SAL_CALL dispatchFinished(const frame::DispatchResultEvent& rEvent) override {
    m_bSuccess = rEvent.State == frame::DispatchResultState::SUCCESS;
    rEvent.Result >>= m_aMessage;
    m_bDone = true;
  }
  void SAL_CALL disposing(const lang::EventObject&) override {}
  volatile bool m_bDone = false;
  bool m_bSuccess = false;
  rtl::OUString m_aMessage;
};

/// A dispatch fetched once, so a timed call is the command and one bridge round trip.
class Command {
 public:
  Command(const uno::Reference<uno::XComponentContext>& xContext,
          const uno::Reference<lang::XComponent>& xDoc, const std::string& rUrl) {
    uno::Reference<frame::XModel> xModel(xDoc, uno::UNO_QUERY_THROW);
    uno::Reference<frame::XDispatchProvider> xProvider(xModel->getCurrentController()->getFrame(),
                                                       uno::UNO_QUERY_THROW);
    m_aUrl.Complete = toOUString(rUrl);
    util::URLTransformer::create(xContext)->parseStrict(m_aUrl);
    m_xDispatch.set(xProvider->queryDispatch(m_aUrl, "_self", 0), uno::UNO_QUERY);
    if (!m_xDispatch.is()) throw std::runtime_error("no handler for " + rUrl);
  }

  /// Milliseconds from the call until the handler has answered.
  double run(const std::vector<std::pair<std::string, std::string>>& rArgs) {
    uno::Sequence<beans::PropertyValue> aArgs(static_cast<sal_Int32>(rArgs.size()));
    for (size_t i = 0; i < rArgs.size(); ++i) {
      aArgs.getArray()[i].Name = toOUString(rArgs[i].first);
      aArgs.getArray()[i].Value <<= toOUString(rArgs[i].second);
    }
    rtl::Reference<Finished> xFinished(new Finished);
    const auto tStart = Clock::now();
    m_xDispatch->dispatchWithNotification(m_aUrl, aArgs, xFinished.get());
    while (!xFinished->m_bDone) std::this_thread::yield();
    const double fMs = std::chrono::duration<double, std::milli>(Clock::now() - tStart).count();
    if (!xFinished->m_bSuccess)
      throw std::runtime_error(toUtf8(m_aUrl.Complete) +
                               " failed: " + toUtf8(xFinished->m_aMessage));
    m_aLastMessage = toUtf8(xFinished->m_aMessage);
    return fMs;
  }
  const std::string& lastMessage() const { return m_aLastMessage; }

 private:
  util::URL m_aUrl;
  uno::Reference<frame::XNotifyingDispatch> m_xDispatch;
  std::string m_aLastMessage;
};

/// Runs a function as a menu click runs: on the office's main thread. The office calls notify()
/// from its main loop; calls the function makes back into the office while notify() runs are
/// executed by that same thread (the bridge keeps a call's thread), as the menu's dispatch is.
/// Called from a bridge thread instead, every call into Writer has to take the office's
/// SolarMutex from the main thread, waking it each time: measured, that makes reading 6,000
/// paragraphs 20 to 30 times slower, which no user clicking a menu ever sees.
class OnMainThread : public cppu::WeakImplHelper1<awt::XCallback> {
 public:
  explicit OnMainThread(std::function<void()> aFunction) : m_aFunction(std::move(aFunction)) {}
  void SAL_CALL notify(const uno::Any&) override {
    try {
      m_aFunction();
    } catch (...) {
      m_pError = std::current_exception();
    }
    std::lock_guard<std::mutex> aGuard(m_aMutex);
    m_bDone = true;
    m_aDone.notify_all();
  }
  void wait() {
    std::unique_lock<std::mutex> aLock(m_aMutex);
    m_aDone.wait(aLock, [this] { return m_bDone; });
    if (m_pError) std::rethrow_exception(m_pError);
  }

 private:
  std::function<void()> m_aFunction;
  std::mutex m_aMutex;
  std::condition_variable m_aDone;
  bool m_bDone = false;
  std::exception_ptr m_pError;
};

void onMainThread(const uno::Reference<uno::XComponentContext>& xContext,
                  std::function<void()> aFunction) {
  rtl::Reference<OnMainThread> xCall(new OnMainThread(std::move(aFunction)));
  awt::AsyncCallback::create(xContext)->addCallback(xCall.get(), uno::Any());
  xCall->wait();
}

struct Stats {
  double best = 0;
  double median = 0;
};

Stats stats(std::vector<double> aTimes) {
  std::sort(aTimes.begin(), aTimes.end());
  return {aTimes.front(), aTimes[aTimes.size() / 2]};
}

std::string fixed(double f, int nDecimals = 1) {
  char aBuffer[64];
  std::snprintf(aBuffer, sizeof aBuffer, "%.*f", nDecimals, f);
  return aBuffer;
}

/// Installs the walking macro in the office's user profile (Scripts/python) and returns it.
uno::Reference<script::provider::XScript> walkMacro(
    const uno::Reference<uno::XComponentContext>& xContext) {
  uno::Reference<util::XStringSubstitution> xPaths = util::PathSubstitution::create(xContext);
  const std::string aFolder =
      toSystemPath(xPaths->substituteVariables("$(user)/Scripts/python", true));
  std::filesystem::create_directories(aFolder);
  std::filesystem::copy_file(CHENGBAO_WALK_MACRO, aFolder + "/office_speed_walk.py",
                             std::filesystem::copy_options::overwrite_existing);
  uno::Reference<script::provider::XScriptProvider> xProvider(
      script::provider::theMasterScriptProviderFactory::get(xContext)->createScriptProvider(
          uno::Any(rtl::OUString())),
      uno::UNO_QUERY_THROW);
  return xProvider->getScript(
      "vnd.sun.star.script:office_speed_walk.py$walk?language=Python&location=user");
}

int measure(const std::string& rReport, int nRuns, const std::string& aWork);

int run(const std::string& rReport, int nRuns) {
  const std::string aWork =
      (std::filesystem::temp_directory_path() / ("chengbao_speed_" + std::to_string(::getpid())))
          .string();
  std::filesystem::create_directories(aWork);
  try {
    const int nResult = measure(rReport, nRuns, aWork);
    std::filesystem::remove_all(aWork);
    return nResult;
  } catch (...) {
    std::filesystem::remove_all(aWork);
    throw;
  }
}

int measure(const std::string& rReport, int nRuns, const std::string& aWork) {
  const std::string aProfile = std::string(CHENGBAO_TEMPLATE_DIR) + "/profiles/example.xml";

  // Install, then start again on the same profile: an extension installed into a running
  // office runs in a separate process (uno.bin, every UNO call a round trip through a pipe)
  // until the office restarts, and users restart when the Extension Manager asks them to.
  chengbao::office::LaunchOptions aOptions;
  aOptions.profileDir = aWork + "/profile";
  Office(("speed"), aOptions).installExtension(CHENGBAO_OXT);
  Office aOffice("speed", aOptions);
  const auto tLoad = Clock::now();
  uno::Reference<lang::XComponent> xReport = aOffice.load(rReport);
  const double fLoadMs = std::chrono::duration<double, std::milli>(Clock::now() - tLoad).count();
  sal_Int32 nPages = 0;
  uno::Reference<frame::XModel> xModel(xReport, uno::UNO_QUERY_THROW);
  uno::Reference<beans::XPropertySet>(xModel->getCurrentController(), uno::UNO_QUERY_THROW)
      ->getPropertyValue("PageCount") >>= nPages;

  // Everything is timed on the office's main thread, where a menu click runs it; Check also
  // from a bridge thread, where a script connected to the office from outside runs it.
  const uno::Reference<uno::XComponentContext>& xContext = aOffice.context();
  uno::Reference<script::provider::XScript> xWalk = walkMacro(xContext);
  std::vector<double> aWalkTimes;
  long nParagraphs = 0;
  for (int i = 0; i < nRuns; ++i) {
    onMainThread(xContext, [&] {
      uno::Sequence<uno::Any> aParams(1);
      aParams.getArray()[0] <<= xReport;
      uno::Sequence<sal_Int16> aOutIndex;
      uno::Sequence<uno::Any> aOut;
      rtl::OUString aText;
      xWalk->invoke(aParams, aOutIndex, aOut) >>= aText;
      std::istringstream aIn(toUtf8(aText));
      double fSeconds = 0;
      aIn >> nParagraphs >> fSeconds;  // timed inside the macro: no bridge in the number
      aWalkTimes.push_back(fSeconds * 1000);
    });
  }

  Command aCheck(xContext, xReport, "vnd.chengbao:Check");
  const std::vector<std::pair<std::string, std::string>> aCheckArgs = {
      {"Template", "work-report"},
      {"Profile", aProfile},
      {"Output", toUtf8(toFileUrl(aWork + "/check.json"))}};
  std::vector<double> aCheckTimes;
  for (int i = 0; i < nRuns; ++i)
    onMainThread(xContext, [&] { aCheckTimes.push_back(aCheck.run(aCheckArgs)); });
  const std::string aCheckSummary = aCheck.lastMessage();
  std::vector<double> aRemoteCheckTimes;
  for (int i = 0; i < std::min(nRuns, 3); ++i) aRemoteCheckTimes.push_back(aCheck.run(aCheckArgs));
  chengbao::office::closeDocument(xReport);

  // InsertReport into a new document: what the wizard's Finish does.
  std::vector<double> aInsertTimes;
  std::string aInserted;
  for (int i = 0; i < nRuns; ++i) {
    uno::Reference<lang::XComponent> xDoc = aOffice.newWriterDocument();
    Command aInsert(xContext, xDoc, "vnd.chengbao:InsertReport");
    onMainThread(xContext, [&] {
      aInsertTimes.push_back(aInsert.run(
          {{"Template", "work-report"}, {"Profile", aProfile}, {"Date", "2026-11-28"}}));
    });
    aInserted = aInsert.lastMessage();
    chengbao::office::closeDocument(xDoc);
  }

  const Stats aCheckStats = stats(aCheckTimes);
  const Stats aRemoteStats = stats(aRemoteCheckTimes);
  const Stats aInsertStats = stats(aInsertTimes);
  const Stats aWalkStats = stats(aWalkTimes);
  std::cout << "report: " << rReport << "\n  " << nPages << " pages, " << nParagraphs
            << " paragraphs, loaded in " << fixed(fLoadMs, 0) << " ms; " << nRuns
            << " runs each on the office's main thread (as from the menu); ms, best / median\n";
  std::cout << "  vnd.chengbao:Check (Template, Profile, Output)   " << fixed(aCheckStats.best)
            << " / " << fixed(aCheckStats.median) << "   target < 300   [" << aCheckSummary
            << "]\n";
  std::cout << "  vnd.chengbao:InsertReport (new document)        " << fixed(aInsertStats.best)
            << " / " << fixed(aInsertStats.median) << "   target < 200   [" << aInserted << "]\n";
  std::cout << "  Python macro walking the paragraphs (in office)  " << fixed(aWalkStats.best)
            << " / " << fixed(aWalkStats.median)
            << "   (text, ParaStyleName, OutlineLevel, ListLabelString)\n";
  std::cout << "  Python walk / Check (best)                       "
            << fixed(aWalkStats.best / aCheckStats.best, 2) << "x\n";
  std::cout << "  Check from a bridge thread (a client script)     " << fixed(aRemoteStats.best)
            << " / " << fixed(aRemoteStats.median) << "   (" << aRemoteCheckTimes.size()
            << " runs)\n";
  std::cout << "Check and InsertReport are timed around the dispatch call with the dispatch "
               "object fetched beforehand; the macro times itself.\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: chengbao_office_speed REPORT.fodt [RUNS]\n";
    return 2;
  }
  try {
    return run(std::filesystem::absolute(argv[1]).string(), argc > 2 ? std::atoi(argv[2]) : 7);
  } catch (const uno::Exception& rException) {
    std::cerr << "chengbao_office_speed: " << toUtf8(rException.Message) << "\n";
  } catch (const std::exception& rException) {
    std::cerr << "chengbao_office_speed: " << rException.what() << "\n";
  }
  return 1;
}
