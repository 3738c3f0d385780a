// Benchmark of the live check: how long check_paragraph (what org.chengbao.Proofreader's
// doProofreading runs for each paragraph the office hands it) takes per paragraph of a long
// report, against the whole check of the same report per paragraph in the same run; and what the
// proofreader adds with the document around the paragraph (a LiveContext made once per change,
// a lookup per paragraph).
// Prints numbers; asserts nothing. Usage: chengbao_live_benchmark REPORT [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <variant>
#include <vector>

#include "check.hpp"
#include "document_reader.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double milliseconds(Clock::duration duration) {
  return std::chrono::duration<double, std::milli>(duration).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: chengbao_live_benchmark REPORT [RUNS]\n");
    return 2;
  }
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  auto read = chengbao::read_document(argv[1]);
  if (const auto* error = std::get_if<chengbao::LoadError>(&read)) {
    std::fprintf(stderr, "%s\n", error->to_string().c_str());
    return 2;
  }
  const chengbao::Document& document = std::get<chengbao::Document>(read);
  chengbao::CheckOptions options;
  options.language = chengbao::Language::ZhCN;

  // Each paragraph's best time over the runs (the office checks a paragraph once per edit; the
  // best of a few takes out the machine's noise, not the work).
  std::vector<double> best(document.paragraphs.size(), 1e9);
  std::size_t findings = 0;
  for (int run = 0; run < runs; ++run) {
    findings = 0;
    for (std::size_t i = 0; i < document.paragraphs.size(); ++i) {
      const Clock::time_point start = Clock::now();
      findings += chengbao::check_paragraph(document.paragraphs[i].text, options).size();
      best[i] = std::min(best[i], milliseconds(Clock::now() - start));
    }
  }
  double whole = 1e9;
  for (int run = 0; run < runs; ++run) {
    const Clock::time_point start = Clock::now();
    (void)chengbao::check_document(document, options);
    whole = std::min(whole, milliseconds(Clock::now() - start));
  }
  // With the document around it: the LiveContext the proofreader makes when it reads the
  // document (once per change), and the lookup per paragraph after.
  double context_build = 1e9;
  chengbao::LiveContext context;
  for (int run = 0; run < runs; ++run) {
    const Clock::time_point start = Clock::now();
    context = chengbao::LiveContext(document, options);
    context_build = std::min(context_build, milliseconds(Clock::now() - start));
  }
  std::vector<double> in_context(document.paragraphs.size(), 1e9);
  for (int run = 0; run < runs; ++run) {
    for (std::size_t i = 0; i < document.paragraphs.size(); ++i) {
      const Clock::time_point start = Clock::now();
      (void)chengbao::live_findings(document.paragraphs[i].text, options, &context);
      in_context[i] = std::min(in_context[i], milliseconds(Clock::now() - start));
    }
  }
  std::sort(in_context.begin(), in_context.end());
  std::vector<double> sorted = best;
  std::sort(sorted.begin(), sorted.end());
  const auto at = [&sorted](double quantile) {
    return sorted[std::min(sorted.size() - 1, static_cast<std::size_t>(quantile * sorted.size()))];
  };
  const double per_paragraph = whole / static_cast<double>(document.paragraphs.size());
  std::printf("paragraphs            : %zu (%zu live findings)\n", document.paragraphs.size(),
              findings);
  std::printf("check_paragraph median: %.4f ms  (goal < 0.1 ms)\n", at(0.5));
  std::printf("check_paragraph p99   : %.4f ms  (goal < 1 ms)\n", at(0.99));
  std::printf("check_paragraph max   : %.4f ms\n", sorted.back());
  std::printf("whole check           : %.1f ms, %.4f ms per paragraph (baseline)\n", whole,
              per_paragraph);
  std::printf("median / baseline     : %.2fx\n", at(0.5) / per_paragraph);
  std::printf("LiveContext made in   : %.1f ms (%zu distinct texts), %.2fx the whole check\n",
              context_build, context.size(), context_build / whole);
  std::printf("in context median     : %.4f ms, p99 %.4f ms\n",
              in_context[in_context.size() / 2],
              in_context[std::min(in_context.size() - 1,
                                  static_cast<std::size_t>(0.99 * in_context.size()))]);
  return 0;
}
