// Read-only access to the entries of a zip package, with limits against zip bombs.
#include "zip_archive.hpp"

#include <zip.h>

#include <algorithm>
#include <memory>
#include <utility>

namespace chengbao {

namespace {

// Small entries are never refused for their ratio: inflating them costs nothing, and a part made
// of one repeated run (an empty settings block, a long table of blank cells) can exceed any ratio.
constexpr zip_uint64_t kRatioFloor = 1u << 20;
constexpr std::size_t kChunk = 64 * 1024;
// What is reserved before the first byte is read: a declared size is only a claim.
constexpr std::size_t kMaxReserve = 16u << 20;

std::string libzip_message(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string message = zip_error_strerror(&error);
  zip_error_fini(&error);
  return message;
}

std::string too_large(const std::string& name, unsigned long long limit) {
  return "zip entry " + name + " is larger than the limit of " + std::to_string(limit) +
         " bytes uncompressed";
}

std::string too_compressed(const std::string& name, unsigned ratio) {
  return "zip entry " + name + " is compressed more than " + std::to_string(ratio) +
         " times (a zip bomb?)";
}

}  // namespace

std::variant<ZipArchive, std::string> ZipArchive::open(const std::string& path) {
  int code = 0;
  // No ZIP_CHECKCONS: it rejects files that real producers write and LibreOffice opens; damage
  // inside an entry is still caught when the entry is read.
  struct zip* archive = zip_open(path.c_str(), ZIP_RDONLY, &code);
  if (archive == nullptr) return "not a readable zip archive: " + libzip_message(code);
  return ZipArchive(archive);
}

ZipArchive::ZipArchive(ZipArchive&& other) noexcept
    : archive_(std::exchange(other.archive_, nullptr)) {}

ZipArchive& ZipArchive::operator=(ZipArchive&& other) noexcept {
  if (this != &other) {
    if (archive_ != nullptr) zip_discard(archive_);
    archive_ = std::exchange(other.archive_, nullptr);
  }
  return *this;
}

ZipArchive::~ZipArchive() {
  if (archive_ != nullptr) zip_discard(archive_);
}

bool ZipArchive::contains(const std::string& name) const {
  return zip_name_locate(archive_, name.c_str(), 0) >= 0;
}

std::optional<std::string> ZipArchive::read(const std::string& name, const ReadLimits& limits,
                                            std::string& data) const {
  auto error = read_entry(name, limits, data);
  if (error) data.clear();
  return error;
}

std::optional<std::string> ZipArchive::read_entry(const std::string& name, const ReadLimits& limits,
                                                  std::string& data) const {
  const zip_int64_t index = zip_name_locate(archive_, name.c_str(), 0);
  if (index < 0) return "missing " + name;
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
    return "corrupt zip entry " + name + ": " + zip_strerror(archive_);
  }
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE) {
    return "zip entry " + name + " is encrypted: save the document without a password";
  }
  const bool known_sizes =
      (stat.valid & ZIP_STAT_SIZE) != 0 && (stat.valid & ZIP_STAT_COMP_SIZE) != 0;
  if (!known_sizes) return "corrupt zip entry " + name + ": its sizes are unknown";
  if (stat.size > limits.max_entry_size) return too_large(name, limits.max_entry_size);
  if (stat.size > kRatioFloor &&
      static_cast<long double>(stat.size) >
          static_cast<long double>(stat.comp_size) * limits.max_compression_ratio) {
    return too_compressed(name, limits.max_compression_ratio);
  }

  const std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(
      zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0), zip_fclose);
  if (!file) return "cannot read zip entry " + name + ": " + zip_strerror(archive_);
  // The actual bytes may exceed what the directory declares; stop as soon as they do. `data` is
  // not cleared first: growing a string fills it with zeros, so a buffer that already held a part
  // as large (the same part read again, or the last file's) is read into as it is. The buffer
  // has one byte more than declared, so a truthful entry (up to kMaxReserve) is read into it
  // without growing it (each growth filled and copied the whole text) and one byte too many is seen
  // at once. Within a chunk of the size limit the read goes on a chunk at a time, so that an entry
  // whose bytes pass the limit is still reported as too large.
  const zip_uint64_t allowed = std::min<zip_uint64_t>(stat.size, limits.max_entry_size);
  const bool near_limit = (allowed / kChunk + 1) * kChunk > limits.max_entry_size;
  data.resize(
      near_limit ? 0 : static_cast<std::size_t>(std::min<zip_uint64_t>(allowed, kMaxReserve)) + 1);
  zip_uint64_t total = 0;
  for (;;) {
    if (near_limit) {
      data.resize(static_cast<std::size_t>(total) + kChunk);
    } else if (total == data.size()) {
      data.resize(static_cast<std::size_t>(
          std::min<zip_uint64_t>(allowed + 1, std::max<zip_uint64_t>(total * 2, kChunk))));
    }
    const zip_int64_t got = zip_fread(file.get(), &data[total], data.size() - total);
    if (got < 0) {
      const std::string reason = zip_file_strerror(file.get());
      return "corrupt zip entry " + name + ": " + reason;
    }
    if (got == 0) break;
    total += static_cast<zip_uint64_t>(got);
    if (total > allowed) {
      if (total > limits.max_entry_size) return too_large(name, limits.max_entry_size);
      return "corrupt zip entry " + name + ": more data than its declared size";
    }
  }
  data.resize(static_cast<std::size_t>(total));
  if (total != stat.size) {
    return "corrupt zip entry " + name + ": less data than its declared size";
  }
  return std::nullopt;
}

}  // namespace chengbao
