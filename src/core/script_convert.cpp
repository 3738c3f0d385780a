#include "script_convert.hpp"

#include <dlfcn.h>

#include <cstddef>
#include <map>
#include <memory>
#include <mutex>

namespace chengbao {

namespace {

// The C API of OpenCC 1.1 (opencc.h), looked up in the library at run time.
struct OpenccApi {
  using Open = void* (*)(const char*);
  using Close = int (*)(void*);
  using Convert = char* (*)(void*, const char*, std::size_t);
  using Free = void (*)(char*);
  Open open = nullptr;
  Close close = nullptr;
  Convert convert = nullptr;
  Free free = nullptr;
  std::string error;  ///< why the library could not be used; empty when it can
};

const OpenccApi& opencc_api() {
  static const OpenccApi api = [] {
    OpenccApi loaded;
    void* library = nullptr;
    for (const char* name : {"libopencc.so.1.1", "libopencc.so.1", "libopencc.so"}) {
      library = ::dlopen(name, RTLD_NOW | RTLD_LOCAL);
      if (library != nullptr) break;
    }
    if (library == nullptr) {
      loaded.error = "OpenCC is not installed (libopencc.so.1.1; Debian package libopencc1.1)";
      return loaded;
    }
    loaded.open = reinterpret_cast<OpenccApi::Open>(::dlsym(library, "opencc_open"));
    loaded.close = reinterpret_cast<OpenccApi::Close>(::dlsym(library, "opencc_close"));
    loaded.convert = reinterpret_cast<OpenccApi::Convert>(::dlsym(library, "opencc_convert_utf8"));
    loaded.free = reinterpret_cast<OpenccApi::Free>(::dlsym(library, "opencc_convert_utf8_free"));
    if (!loaded.open || !loaded.close || !loaded.convert || !loaded.free)
      loaded.error = "the installed OpenCC library lacks its C API";
    return loaded;
  }();
  return api;
}

const char* config_of(Region region) {
  return region == Region::HongKong ? "s2hk.json" : "s2tw.json";
}

// opencc_open returns (opencc_t)-1 on failure.
bool opened(void* handle) { return handle != nullptr && handle != reinterpret_cast<void*>(-1); }

}  // namespace

Region parse_region(std::string_view name) {
  std::string upper;
  for (char c : name) upper += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  return upper == "HK" || upper == "ZH-HK" ? Region::HongKong : Region::Taiwan;
}

const char* region_code(Region region) { return region == Region::HongKong ? "HK" : "TW"; }

std::string opencc_unavailable_reason(Region region) {
  const OpenccApi& api = opencc_api();
  if (!api.error.empty()) return api.error;
  if (!opencc_traditional(region)) return std::string("OpenCC cannot open ") + config_of(region);
  return std::string();
}

namespace {

// Opens the converter of `region`: an empty function when OpenCC or its data is missing.
TextConverter open_converter(Region region) {
  const OpenccApi& api = opencc_api();
  if (!api.error.empty()) return TextConverter();
  void* opened_handle = api.open(config_of(region));
  if (!opened(opened_handle)) return TextConverter();
  // OpenCC does not promise that one converter may be used by two threads at once, so calls
  // take turns.
  struct Shared {
    std::shared_ptr<void> handle;
    std::mutex mutex;
  };
  auto shared = std::make_shared<Shared>();
  shared->handle = std::shared_ptr<void>(opened_handle, api.close);
  return [shared](std::string_view text) -> std::string {
    if (text.empty()) return std::string();
    const OpenccApi& api = opencc_api();
    const std::lock_guard<std::mutex> lock(shared->mutex);
    char* converted = api.convert(shared->handle.get(), text.data(), text.size());
    if (converted == nullptr || converted == reinterpret_cast<char*>(-1)) return std::string(text);
    std::string result(converted);
    api.free(converted);
    return result;
  };
}

}  // namespace

TextConverter opencc_traditional(Region region) {
  // Each region's converter is opened once per process (its dictionaries take a while to load)
  // and shared by every caller: a check of each report, each preview the wizard draws.
  static std::mutex mutex;
  static std::map<Region, TextConverter> converters;
  const std::lock_guard<std::mutex> lock(mutex);
  auto [it, added] = converters.try_emplace(region);
  if (added) it->second = open_converter(region);
  return it->second;
}

}  // namespace chengbao
