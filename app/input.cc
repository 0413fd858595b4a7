// Input: expands folders into documents and reads documents into UTF-8.
#include "app/input.h"

#include <openssl/evp.h>

#include "extractors/reader/converted_text.h"

#include "graph/utf8.h"

#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <iostream>
#include <set>
#include <system_error>
#include <utility>

namespace nexus {
namespace {

namespace fs = std::filesystem;

std::string ErrorText(int err) { return std::generic_category().message(err); }

const char* Kind(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  return "not a file";
}

// A file a folder gives: one of a known input format (extractors/reader/converted_text.h).
bool HasTextExtension(const fs::path& p) { return FolderFormatOfPath(p.string()) != nullptr; }

// "*.txt, *.md, *.pdf, ...": the extensions a folder is searched for.
std::string KnownExtensions() {
  std::string out;
  for (const InputFormat& f : InputFormats())
    if (f.in_folders)
      for (const std::string& e : f.extensions) out += (out.empty() ? "*" : ", *") + e;
  return out;
}

// Walks a folder recursively, following symbolic links to folders but
// refusing to enter a folder that is already open above (a loop).
class FolderWalker {
 public:
  FolderWalker(std::vector<std::string>* files, std::vector<std::string>* errors)
      : files_(files), errors_(errors) {}

  void Walk(const std::string& dir) {
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0) {
      errors_->push_back(dir + ": " + ErrorText(errno));
      return;
    }
    std::pair<dev_t, ino_t> key{st.st_dev, st.st_ino};
    if (open_.count(key) > 0) {
      errors_->push_back(dir + ": symbolic link loop (folder already being read)");
      return;
    }
    if (!seen_.insert(key).second) return;  // reached again through a link
    open_.insert(key);
    for (const fs::path& entry : List(dir)) Visit(entry.string());
    open_.erase(key);
  }

 private:
  std::vector<fs::path> List(const std::string& dir) {
    std::vector<fs::path> entries;
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
      errors_->push_back(dir + ": " + ec.message());
      return entries;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      entries.push_back(it->path());
    }
    if (ec) errors_->push_back(dir + ": " + ec.message());
    std::sort(entries.begin(), entries.end());
    return entries;
  }

  void Visit(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
      int err = errno;
      // A dangling link is not a document; a link loop is worth a word.
      if (err == ELOOP || HasTextExtension(path)) errors_->push_back(path + ": " + ErrorText(err));
      return;
    }
    if (S_ISDIR(st.st_mode)) {
      Walk(path);
    } else if (S_ISREG(st.st_mode) && HasTextExtension(path)) {
      files_->push_back(path);
    } else if (HasTextExtension(path)) {
      // Reading a FIFO or a device could block or never end: name it instead.
      errors_->push_back(path + ": not a regular file (" + Kind(st.st_mode) + "), not read");
    }
  }

  std::vector<std::string>* files_;
  std::vector<std::string>* errors_;
  std::set<std::pair<dev_t, ino_t>> open_;
  std::set<std::pair<dev_t, ino_t>> seen_;
};

// 1-based line and byte column of `offset`; lines end at LF, CRLF or CR.
std::string Place(const std::string& path, const std::string& bytes, std::size_t offset) {
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < bytes.size(); ++i) {
    bool cr = bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n');
    if (bytes[i] == '\n' || cr) {
      ++line;
      line_start = i + 1;
    }
  }
  return path + ":" + std::to_string(line) + ":" + std::to_string(offset - line_start + 1);
}

// Decodes UTF-16 after its byte order mark.
Status DecodeUtf16(const std::string& path, const std::string& bytes, bool little,
                   std::string* out) {
  if (bytes.size() % 2 != 0) return Status::Error(path + ": invalid UTF-16 (odd number of bytes)");
  auto unit = [&](std::size_t i) {
    auto a = static_cast<unsigned char>(bytes[i]);
    auto b = static_cast<unsigned char>(bytes[i + 1]);
    return static_cast<std::uint32_t>(little ? (b << 8 | a) : (a << 8 | b));
  };
  out->clear();
  for (std::size_t i = 2; i < bytes.size(); i += 2) {
    std::uint32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size() && unit(i + 2) >= 0xDC00 &&
        unit(i + 2) <= 0xDFFF) {
      u = 0x10000 + ((u - 0xD800) << 10) + (unit(i + 2) - 0xDC00);
      i += 2;
    } else if (u >= 0xD800 && u <= 0xDFFF) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%04X", static_cast<unsigned>(u));
      return Status::Error(Place(path, *out, out->size()) + ": invalid UTF-16 (unpaired surrogate " +
                           hex + ")");
    }
    AppendUtf8(u, out);
  }
  return Status::Ok();
}


// A lone CR (old Mac line end) becomes LF; CRLF stays, as the reader takes
// CR for a blank. Either way every byte keeps its offset in the file.
std::string NormalizeNewlines(std::string s) {
  for (std::size_t i = s.find('\r'); i != std::string::npos; i = s.find('\r', i + 1))
    if (i + 1 >= s.size() || s[i + 1] != '\n') s[i] = '\n';
  return s;
}

Status Decode(const std::string& path, std::string bytes, std::string* text) {
  if (bytes.empty()) return Status::Error(path + ": empty document");
  auto at = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  if (bytes.size() >= 2 && ((at(0) == 0xFF && at(1) == 0xFE) || (at(0) == 0xFE && at(1) == 0xFF))) {
    std::string utf8;
    Status s = DecodeUtf16(path, bytes, at(0) == 0xFF, &utf8);
    if (!s.ok()) return s;
    bytes = std::move(utf8);
  } else if (bytes.size() >= 3 && at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF) {
    if (bytes.size() == 3) return Status::Error(path + ": empty document");
    bytes.replace(0, 3, "   ");  // blanks, so that offsets stay those of the file
  }
  if (bytes.empty()) return Status::Error(path + ": empty document");
  std::size_t nul = bytes.find('\0');
  if (nul != std::string::npos) {
    return Status::Error(Place(path, bytes, nul) + ": binary data (NUL byte)");
  }
  std::size_t bad = FirstInvalidUtf8(bytes);
  if (bad != std::string::npos) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(at(bad)));
    return Status::Error(Place(path, bytes, bad) + ": invalid UTF-8 (byte " + hex + ")");
  }
  *text = NormalizeNewlines(std::move(bytes));
  if (text->find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
    text->clear();
    return Status::Error(path + ": no text");
  }
  return Status::Ok();
}

std::string OverLimit(const std::string& path, std::uint64_t size, std::uint64_t max) {
  return path + ": " + std::to_string(size) + " bytes is over the limit of " + std::to_string(max) +
         " (--max-bytes)";
}

// Reads at most max + 1 bytes, so that an over-long stream is noticed.
Status ReadStream(const std::string& path, std::FILE* f, std::uint64_t max, std::string* bytes) {
  char buffer[1 << 16];
  while (true) {
    std::size_t n = std::fread(buffer, 1, sizeof buffer, f);
    bytes->append(buffer, n);
    if (bytes->size() > max) {
      return Status::Error(path + ": more than " + std::to_string(max) +
                           " bytes, over the limit (--max-bytes)");
    }
    if (n < sizeof buffer) break;
  }
  if (std::ferror(f)) return Status::Error(path + ": " + ErrorText(errno));
  return Status::Ok();
}

Status ReadBytes(const std::string& path, std::uint64_t max, std::string* bytes) {
  if (path == "-") {
    std::cin.clear();
    char buffer[1 << 16];
    while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
      bytes->append(buffer, static_cast<std::size_t>(std::cin.gcount()));
      if (bytes->size() > max) {
        return Status::Error("-: more than " + std::to_string(max) +
                             " bytes, over the limit (--max-bytes)");
      }
    }
    return Status::Ok();
  }
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return Status::Error(path + ": " + ErrorText(errno));
  if (S_ISDIR(st.st_mode)) return Status::Error(path + ": " + ErrorText(EISDIR));
  if (S_ISREG(st.st_mode) && static_cast<std::uint64_t>(st.st_size) > max) {
    return Status::Error(OverLimit(path, static_cast<std::uint64_t>(st.st_size), max));
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Status::Error(path + ": " + ErrorText(errno));
  if (S_ISREG(st.st_mode)) bytes->reserve(static_cast<std::size_t>(st.st_size));
  Status s = ReadStream(path, f, max, bytes);
  std::fclose(f);
  return s;
}

}  // namespace

std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths,
                                      std::vector<std::string>* errors) {
  return ExpandInputs(paths, InputOptions{}, errors);
}

namespace {

bool MatchesAny(const std::vector<std::string>& globs, const std::string& relative) {
  const std::string name = relative.substr(relative.find_last_of('/') + 1);
  for (const std::string& g : globs)
    if (::fnmatch(g.c_str(), relative.c_str(), 0) == 0 || ::fnmatch(g.c_str(), name.c_str(), 0) == 0)
      return true;
  return false;
}

}  // namespace

std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths, const InputOptions& options,
                                      std::vector<std::string>* errors) {
  std::vector<std::string> out;
  try {
    for (const std::string& path : paths) {
      if (path == "-") {
        out.push_back(path);
        continue;
      }
      struct stat st {};
      if (::stat(path.c_str(), &st) != 0) {
        errors->push_back(path + ": " + ErrorText(errno));
        continue;
      }
      if (!S_ISDIR(st.st_mode)) {
        out.push_back(path);
        continue;
      }
      std::vector<std::string> files;
      std::size_t reported = errors->size();
      FolderWalker(&files, errors).Walk(path);
      const bool found = !files.empty();
      if (!options.include.empty() || !options.exclude.empty()) {
        const std::size_t prefix = path.size() + (path.empty() || path.back() == '/' ? 0 : 1);
        std::erase_if(files, [&](const std::string& f) {
          const std::string relative = f.size() > prefix ? f.substr(prefix) : f;
          return (!options.include.empty() && !MatchesAny(options.include, relative)) ||
                 MatchesAny(options.exclude, relative);
        });
      }
      if (!found && errors->size() == reported)
        errors->push_back(path + ": no document (" + KnownExtensions() + ") in this folder");
      else if (files.empty() && errors->size() == reported)
        errors->push_back(path + ": no document in this folder matches --include and --exclude-files");
      std::sort(files.begin(), files.end());
      out.insert(out.end(), files.begin(), files.end());
    }
  } catch (const std::exception& e) {
    errors->push_back(std::string("expanding inputs: ") + e.what());
  }
  return out;
}

std::string DocumentName(const std::string& path) {
  if (IsValidUtf8(path)) return path;
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (std::size_t pos = 0; pos < path.size();) {
    const std::size_t bad = FirstInvalidUtf8(std::string_view(path).substr(pos));
    if (bad == std::string::npos) {
      out.append(path, pos, std::string::npos);
      break;
    }
    out.append(path, pos, bad);
    const auto c = static_cast<unsigned char>(path[pos + bad]);
    out += "\\x";
    out += kHex[c >> 4];
    out += kHex[c & 15];
    pos += bad + 1;
  }
  return out;
}

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &size, EVP_sha256(), nullptr) != 1)
    throw std::runtime_error("SHA-256 failed");
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < size; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 15];
  }
  return out;
}

Status ReadInput(const std::string& path, const InputOptions& options, ConvertedText* out) {
  *out = ConvertedText();
  try {
    std::string bytes;
    Status s = ReadBytes(path, options.max_bytes, &bytes);
    if (!s.ok()) return s;
    out->sha256 = Sha256Hex(bytes);
    const InputFormat* format = path == "-" ? nullptr : FormatOfPath(path);
    if (format && format->convert) {
      if (bytes.empty()) return Status::Error(path + ": empty document");
      s = format->convert(path, bytes, out);
      if (s.ok() && out->text.size() > options.max_bytes)
        return Status::Error(path + ": its text is over the limit of " + std::to_string(options.max_bytes) +
                             " bytes (--max-bytes)");
      return s;
    }
    return Decode(path, std::move(bytes), &out->text);
  } catch (const std::exception& e) {
    return Status::Error(path + ": " + e.what());
  }
}

Status ReadInput(const std::string& path, const InputOptions& options, std::string* text) {
  ConvertedText converted;
  Status s = ReadInput(path, options, &converted);
  *text = std::move(converted.text);
  return s;
}

}  // namespace nexus
