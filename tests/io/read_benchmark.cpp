// Measures read_document on real fixtures (speed is measured here, never asserted in a test).
#include <benchmark/benchmark.h>

#include <string>

#include "document_reader.hpp"

namespace {

void read_fixture(benchmark::State& state, const char* name) {
  const std::string path = std::string(CHENGBAO_IO_TEST_DATA_DIR) + "/" + name;
  std::size_t paragraphs = 0;
  for (auto _ : state) {
    auto result = chengbao::read_document(path);
    if (const auto* error = std::get_if<chengbao::LoadError>(&result)) {
      state.SkipWithError(error->to_string().c_str());
      break;
    }
    paragraphs = std::get<chengbao::Document>(result).paragraphs.size();
    benchmark::DoNotOptimize(paragraphs);
  }
  state.counters["paragraphs"] = static_cast<double>(paragraphs);
}

BENCHMARK_CAPTURE(read_fixture, long_docx_30_pages, "long.docx")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(read_fixture, report_docx, "report.docx")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(read_fixture, report_odt, "report.odt")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(read_fixture, report_fodt, "report.fodt")->Unit(benchmark::kMillisecond);

}  // namespace
