// Fuzzes read_document on a whole file's bytes: flat ODF (.fodt), and whatever the content
// sniffing meets first (a zip header, an OLE2 header, a BOM, text that is not XML).
#include <cstddef>
#include <cstdint>

#include "document_reader.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace chengbao;
  ReadLimits limits;
  limits.max_entry_size = 4u << 20;
  (void)read_document(fuzz::memory_file(data, size), limits);
  return 0;
}
