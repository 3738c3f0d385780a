// Fuzzes the whole check pipeline: a flat ODF document read as the command line reads it, checked
// against the shipped work-report template and the example profile in every language, its safe
// fixes planned and applied, and the fixed text checked again. The input's size picks the language
// of the messages, so every language is fuzzed at the cost of one check a run, not three.
#include <cstddef>
#include <cstdint>

#include "document_reader.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace chengbao;
  ReadLimits limits;
  limits.max_entry_size = 4u << 20;
  auto read = read_document(fuzz::memory_file(data, size), limits);
  if (const auto* document = std::get_if<Document>(&read)) {
    constexpr Language languages[] = {Language::ZhCN, Language::ZhTW, Language::En};
    fuzz::check_and_fix(*document, languages[size % 3]);
  }
  return 0;
}
