// Fuzzes the profile loader on profile XML.
#include <cstddef>
#include <cstdint>
#include <string>

#include "profile.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string xml(reinterpret_cast<const char*>(data), size);
  (void)chengbao::parse_profile(xml, "fuzz-profile.xml");
  return 0;
}
