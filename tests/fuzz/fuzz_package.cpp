// Fuzzes the .docx and .odt readers (built twice, as fuzz_docx and fuzz_odt, each with its own
// seeds and dictionary): the input is the package's entries (see split_entries), stored in a zip
// in memory and read by read_document as the command line reads a file.
#include <cstddef>
#include <cstdint>

#include "document_reader.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace chengbao;
  const std::string zip = fuzz::build_zip(fuzz::split_entries(data, size));
  if (zip.empty()) return -1;  // names libzip refuses: not an input worth keeping
  ReadLimits limits;
  limits.max_entry_size = 4u << 20;
  (void)read_document(fuzz::memory_file(zip.data(), zip.size()), limits);
  return 0;
}
