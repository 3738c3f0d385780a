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

ReadError too_large(const std::string& name, unsigned long long limit) {
  return {"zip entry " + name + " is larger than the limit of " + std::to_string(limit) +
              " bytes uncompressed",
          LoadProblem::EntryTooLarge,
          {name, std::to_string(limit)}};
}

ReadError too_compressed(const std::string& name, unsigned ratio) {
  return {"zip entry " + name + " is compressed more than " + std::to_string(ratio) +
              " times (a zip bomb?)",
          LoadProblem::EntryOverCompressed,
          {name, std::to_string(ratio)}};
}

// The entry's data is damaged; `reason` is libzip's (or ours), in English.
ReadError corrupt(const std::string& name, const std::string& reason) {
  return {"corrupt zip entry " + name + ": " + reason, LoadProblem::DamagedEntry, {name}};
}

}  // namespace

std::variant<ZipArchive, ReadError> ZipArchive::open(const std::string& path) {
  int code = 0;
  // No ZIP_CHECKCONS: it rejects files that real producers write and LibreOffice opens; damage
  // inside an entry is still caught when the entry is read.
  struct zip* archive = zip_open(path.c_str(), ZIP_RDONLY, &code);
  if (archive == nullptr) {
    return ReadError{
        "not a readable zip archive: " + libzip_message(code), LoadProblem::DamagedZip, {}};
  }
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

std::variant<std::vector<ZipEntryInfo>, ReadError> ZipArchive::entries() const {
  std::vector<ZipEntryInfo> list;
  const zip_int64_t count = zip_get_num_entries(archive_, 0);
  if (count < 0) return corrupt("(directory)", zip_strerror(archive_));
  for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(count); ++i) {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive_, i, 0, &stat) != 0 || (stat.valid & ZIP_STAT_NAME) == 0) {
      return corrupt("#" + std::to_string(i), zip_strerror(archive_));
    }
    ZipEntryInfo info;
    info.name = stat.name;
    info.size = (stat.valid & ZIP_STAT_SIZE) != 0 ? stat.size : 0;
    info.compressed_size = (stat.valid & ZIP_STAT_COMP_SIZE) != 0 ? stat.comp_size : 0;
    zip_uint8_t system = 0;
    zip_uint32_t attributes = 0;
    if (zip_file_get_external_attributes(archive_, i, 0, &system, &attributes) == 0 &&
        system == ZIP_OPSYS_UNIX) {
      const zip_uint32_t mode = attributes >> 16;
      // 0: a Unix zip that recorded no mode; S_IFREG is 0100000 on every Unix.
      if (mode != 0 && (mode & 0170000) != 0100000) info.regular = false;
    }
    if (!info.name.empty() && info.name.back() == '/') info.regular = false;
    list.push_back(std::move(info));
  }
  return list;
}

std::optional<ReadError> ZipArchive::read(const std::string& name, const ReadLimits& limits,
                                          std::string& data) const {
  auto error = read_entry(name, limits, data);
  if (error) data.clear();
  return error;
}

std::optional<ReadError> ZipArchive::read_entry(const std::string& name, const ReadLimits& limits,
                                                std::string& data) const {
  const zip_int64_t index = zip_name_locate(archive_, name.c_str(), 0);
  if (index < 0) return ReadError{"missing " + name, LoadProblem::MissingEntry, {name}};
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
    return corrupt(name, zip_strerror(archive_));
  }
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE) {
    return ReadError{"zip entry " + name + " is encrypted: save the document without a password",
                     LoadProblem::Encrypted,
                     {}};
  }
  const bool known_sizes =
      (stat.valid & ZIP_STAT_SIZE) != 0 && (stat.valid & ZIP_STAT_COMP_SIZE) != 0;
  if (!known_sizes) return corrupt(name, "its sizes are unknown");
  if (stat.size > limits.max_entry_size) return too_large(name, limits.max_entry_size);
  if (stat.size > kRatioFloor &&
      static_cast<long double>(stat.size) >
          static_cast<long double>(stat.comp_size) * limits.max_compression_ratio) {
    return too_compressed(name, limits.max_compression_ratio);
  }

  const std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(
      zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0), zip_fclose);
  if (!file) {
    return ReadError{"cannot read zip entry " + name + ": " + zip_strerror(archive_),
                     LoadProblem::EntryUnreadable,
                     {name}};
  }
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
      return corrupt(name, zip_file_strerror(file.get()));
    }
    if (got == 0) break;
    total += static_cast<zip_uint64_t>(got);
    if (total > allowed) {
      if (total > limits.max_entry_size) return too_large(name, limits.max_entry_size);
      return corrupt(name, "more data than its declared size");
    }
  }
  data.resize(static_cast<std::size_t>(total));
  if (total != stat.size) {
    return corrupt(name, "less data than its declared size");
  }
  return std::nullopt;
}

}  // namespace chengbao
