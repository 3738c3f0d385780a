// Benchmark (not a test): how long a headless office takes to check a long report in the
// background, as it does after opening it, without and with the extension installed.
// Without it the office only spell-checks Chinese text (Debian's office has no grammar checker
// for Chinese); with it, org.chengbao.Proofreader also checks every paragraph. The time is from
// giving the text its language (which makes every paragraph due for checking; setting it on
// the whole report is most of the time without the extension) until the office has no
// paragraph left to check, watched through Writer's own iterator of paragraphs due for
// checking (the one its proofreading iterator uses). Prints numbers; asserts nothing.
// Usage: chengbao_background_check REPORT.fodt [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/linguistic2/LinguServiceManager.hpp>
#include <com/sun/star/linguistic2/XLinguServiceManager2.hpp>
#include <com/sun/star/text/TextMarkupType.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include "document.hxx"
#include "office.hxx"
#include "ustring.hxx"

using namespace css;
using chengbao::office::Office;
using Clock = std::chrono::steady_clock;

namespace {

/// Seconds from marking the report Chinese (Simplified) until nothing is due; negative when the
/// office was not done within `limit`.
double backgroundCheck(Office& office, const std::string& report, bool grammar,
                       std::chrono::seconds limit) {
  const uno::Reference<lang::XComponent> xDoc = office.load(report);
  const uno::Reference<text::XText> xText =
      uno::Reference<text::XTextDocument>(xDoc, uno::UNO_QUERY_THROW)->getText();
  const uno::Reference<text::XTextCursor> xCursor = xText->createTextCursor();
  xCursor->gotoStart(false);
  xCursor->gotoEnd(true);
  const Clock::time_point start = Clock::now();
  uno::Reference<beans::XPropertySet>(xCursor, uno::UNO_QUERY_THROW)
      ->setPropertyValue("CharLocaleAsian", uno::Any(lang::Locale("zh", "CN", "")));
  double seconds = -1;
  // Polled, not waited on: the office announces no end of its background check.
  while (Clock::now() - start < limit) {
    if (!chengbao::office::checkingDue(xDoc, text::TextMarkupType::SPELLCHECK) &&
        (!grammar || !chengbao::office::checkingDue(xDoc, text::TextMarkupType::PROOFREADING))) {
      seconds = std::chrono::duration<double>(Clock::now() - start).count();
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  chengbao::office::closeDocument(xDoc);
  return seconds;
}

bool grammarCheckerFor(Office& office, const char* checker) {
  const uno::Sequence<rtl::OUString> aConfigured =
      linguistic2::LinguServiceManager::create(office.context())
          ->getConfiguredServices("com.sun.star.linguistic2.Proofreader",
                                  lang::Locale("zh", "CN", ""));
  for (const rtl::OUString& aName : aConfigured)
    if (checker == nullptr || aName.equalsAscii(checker)) return true;
  return false;
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

std::string describe(const std::vector<double>& times) {
  std::string text;
  for (double t : times)
    text += (t < 0 ? std::string("timeout") : std::to_string(t).substr(0, 5)) + " ";
  return text;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: chengbao_background_check REPORT.fodt [RUNS]\n");
    return 2;
  }
  const std::string report = std::filesystem::absolute(argv[1]).string();
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
  const auto limit = std::chrono::seconds(600);
  try {
    std::vector<double> without;
    bool grammarWithout = false;
    {
      Office office("bgcheck-without");
      grammarWithout = grammarCheckerFor(office, nullptr);
      for (int run = 0; run < runs; ++run)
        without.push_back(backgroundCheck(office, report, grammarWithout, limit));
    }
    std::vector<double> with;
    bool ours = false;
    int againPasses = 0;
    {
      const std::filesystem::path profile =
          std::filesystem::temp_directory_path() /
          ("chengbao_bgcheck_profile_" + std::to_string(::getpid()));
      chengbao::office::LaunchOptions options;
      options.profileDir = profile.string();
      Office("bgcheck-install", options).installExtension(CHENGBAO_OXT);
      {
        Office office("bgcheck-with", options);
        ours = grammarCheckerFor(office, "org.chengbao.Proofreader");
        // The passes the live check asked for (PROOFREAD_AGAIN): each one makes the office
        // check the whole report again.
        const chengbao::office::ProofreadingPasses passes(office.context());
        for (int run = 0; run < runs; ++run)
          with.push_back(backgroundCheck(office, report, true, limit));
        againPasses = passes.count();
      }
      std::filesystem::remove_all(profile);
    }
    std::printf("without the extension: %s s (spelling%s)\n", describe(without).c_str(),
                grammarWithout ? " and grammar" : " only: no grammar checker for zh-CN");
    std::printf("with the extension   : %s s (spelling and grammar%s)\n", describe(with).c_str(),
                ours ? ", org.chengbao.Proofreader" : "; org.chengbao.Proofreader NOT in use");
    std::printf("passes the live check asked for: %d in %d runs\n", againPasses, runs);
    if (median(without) > 0 && median(with) > 0)
      std::printf("median with / without: %.2fx  (goal: within 2x)\n",
                  median(with) / median(without));
    return 0;
  } catch (const uno::Exception& e) {
    std::fprintf(stderr, "%s\n", chengbao::ext::toUtf8(e.Message).c_str());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s\n", e.what());
  }
  return 1;
}
