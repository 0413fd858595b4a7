#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "app/input.h"

namespace {

namespace fs = std::filesystem;

// A fresh folder under the system temporary folder, removed at the end.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "nexus_input_XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
  }
  std::string Write(const std::string& name, const std::string& bytes) const {
    fs::path p = fs::path(path_) / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::string Path(const std::string& name) const { return (fs::path(path_) / name).string(); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

nexus::Status Read(const std::string& path, std::string* text, std::uint64_t max = 1 << 20) {
  nexus::InputOptions options;
  options.max_bytes = max;
  return nexus::ReadInput(path, options, text);
}

}  // namespace

TEST_CASE("input expands folders recursively, sorted, documents of known formats only", "[input]") {
  TempDir dir;
  dir.Write("b.md", "b");
  dir.Write("a.txt", "a");
  dir.Write("c.PDF", "c");
  dir.Write("sub/d.txt", "d");
  dir.Write("sub/deeper/e.md", "e");
  dir.Write("sub/deeper/f.json", "f");
  dir.Write("sub/deeper/g.html", "g");
  dir.Write("sub/deeper/h.htm", "h");
  dir.Write("sub/deeper/i.docx", "i");
  dir.Write("sub/deeper/j.doc", "j");  // the old binary Word format: not read
  std::string single = dir.Write("other/k.json", "k");
  std::vector<std::string> errors;
  std::vector<std::string> files =
      nexus::ExpandInputs({dir.Path("sub"), "-", single, dir.path()}, &errors);
  CHECK(errors.empty());
  CHECK(files == std::vector<std::string>{
                     dir.Path("sub/d.txt"), dir.Path("sub/deeper/e.md"), dir.Path("sub/deeper/g.html"),
                     dir.Path("sub/deeper/h.htm"), dir.Path("sub/deeper/i.docx"), "-", single,
                     dir.Path("a.txt"), dir.Path("b.md"), dir.Path("c.PDF"), dir.Path("sub/d.txt"),
                     dir.Path("sub/deeper/e.md"), dir.Path("sub/deeper/g.html"),
                     dir.Path("sub/deeper/h.htm"), dir.Path("sub/deeper/i.docx")});
}

TEST_CASE("input reports a folder without documents", "[input]") {
  TempDir dir;
  dir.Write("empty/notes.json", "x");
  dir.Write("empty/old.doc", "x");
  std::vector<std::string> errors;
  CHECK(nexus::ExpandInputs({dir.Path("empty")}, &errors).empty());
  CHECK(errors ==
        std::vector<std::string>{dir.Path("empty") +
                                 ": no document (*.txt, *.md, *.pdf, *.html, *.htm, *.docx) in this folder"});
}

TEST_CASE("input reports missing paths and keeps the rest", "[input]") {
  TempDir dir;
  std::string a = dir.Write("a.txt", "a");
  std::vector<std::string> errors;
  std::string missing = dir.Path("nope.txt");
  std::vector<std::string> files = nexus::ExpandInputs({missing, a}, &errors);
  CHECK(files == std::vector<std::string>{a});
  CHECK(errors == std::vector<std::string>{missing + ": No such file or directory"});
}

TEST_CASE("input detects symbolic link loops", "[input]") {
  TempDir dir;
  dir.Write("top/a.txt", "a");
  fs::create_directory_symlink(dir.Path("top"), dir.Path("top/loop"));
  std::vector<std::string> errors;
  std::vector<std::string> files = nexus::ExpandInputs({dir.Path("top")}, &errors);
  CHECK(files == std::vector<std::string>{dir.Path("top/a.txt")});
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].rfind(dir.Path("top/loop") + ": ", 0) == 0);
  CHECK(errors[0].find("loop") != std::string::npos);
}

TEST_CASE("input reports unreadable folders", "[input]") {
  if (geteuid() == 0) return;  // root reads everything
  TempDir dir;
  dir.Write("locked/a.txt", "a");
  fs::permissions(dir.Path("locked"), fs::perms::none);
  std::vector<std::string> errors;
  CHECK(nexus::ExpandInputs({dir.Path("locked")}, &errors).empty());
  CHECK(errors == std::vector<std::string>{dir.Path("locked") + ": Permission denied"});
  fs::permissions(dir.Path("locked"), fs::perms::owner_all);
}

TEST_CASE("input names a FIFO in a folder instead of blocking on it", "[input]") {
  TempDir dir;
  dir.Write("docs/a.txt", "a");
  REQUIRE(mkfifo(dir.Path("docs/pipe.txt").c_str(), 0644) == 0);
  REQUIRE(mkfifo(dir.Path("docs/other").c_str(), 0644) == 0);  // not *.txt: not a document
  std::vector<std::string> errors;
  std::vector<std::string> files = nexus::ExpandInputs({dir.Path("docs")}, &errors);
  CHECK(files == std::vector<std::string>{dir.Path("docs/a.txt")});
  CHECK(errors == std::vector<std::string>{dir.Path("docs/pipe.txt") +
                                           ": not a regular file (a FIFO), not read"});
}

TEST_CASE("input blanks a UTF-8 byte order mark and keeps the offsets of the file", "[input]") {
  TempDir dir;
  std::string text;
  REQUIRE(Read(dir.Write("bom.txt", "\xEF\xBB\xBFHello\r\nWorld\rEnd\n"), &text).ok());
  CHECK(text == "   Hello\r\nWorld\nEnd\n");
  std::string path = dir.Write("bom_nul.txt", std::string("\xEF\xBB\xBF" "ab\0", 6));
  CHECK(Read(path, &text).message() == path + ":1:6: binary data (NUL byte)");
}

TEST_CASE("input decodes UTF-16 with a byte order mark", "[input]") {
  TempDir dir;
  std::string text;
  // "Hé\r\n" then U+1F600 as a surrogate pair.
  std::string le("\xFF\xFEH\0\xE9\0\r\0\n\0\x3D\xD8\x00\xDE", 14);
  REQUIRE(Read(dir.Write("le.txt", le), &text).ok());
  CHECK(text == "H\xC3\xA9\r\n\xF0\x9F\x98\x80");
  std::string be("\xFE\xFF\0H\0\xE9\0\r\0\n\xD8\x3D\xDE\x00", 14);
  REQUIRE(Read(dir.Write("be.txt", be), &text).ok());
  CHECK(text == "H\xC3\xA9\r\n\xF0\x9F\x98\x80");
  nexus::Status s = Read(dir.Write("bad.txt", std::string("\xFF\xFEH\0\x3D\xD8", 6)), &text);
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("unpaired surrogate") != std::string::npos);
}

TEST_CASE("input refuses binary data with the place of the NUL byte", "[input]") {
  TempDir dir;
  std::string text;
  std::string path = dir.Write("nul.txt", std::string("abc\r\nde\0f", 9));
  nexus::Status s = Read(path, &text);
  CHECK(s.message() == path + ":2:3: binary data (NUL byte)");
}

TEST_CASE("input refuses invalid UTF-8 with the place of the bad byte", "[input]") {
  TempDir dir;
  std::string text;
  std::string path = dir.Write("latin1.txt", "abc\nYaound\xE9 x\n");
  nexus::Status s = Read(path, &text);
  CHECK(s.message() == path + ":2:7: invalid UTF-8 (byte 0xE9)");
  path = dir.Write("surrogate.txt", "ok \xED\xA0\x80");
  CHECK(Read(path, &text).message() == path + ":1:4: invalid UTF-8 (byte 0xED)");
  path = dir.Write("overlong.txt", "\xC0\xAF");
  CHECK(Read(path, &text).message() == path + ":1:1: invalid UTF-8 (byte 0xC0)");
  path = dir.Write("cut.txt", "abc \xE2\x80");
  CHECK(Read(path, &text).message() == path + ":1:5: invalid UTF-8 (byte 0xE2)");
}

TEST_CASE("input finds a bad byte and a lone CR wherever they stand", "[input]") {
  // ASCII is skipped eight bytes at a time: every position in and around
  // such a block must still be checked.
  TempDir dir;
  std::string text;
  for (std::size_t at = 0; at < 24; ++at) {
    std::string bytes(24, 'x');
    bytes[at] = '\xE9';
    std::string path = dir.Write("bad" + std::to_string(at) + ".txt", bytes);
    CHECK(Read(path, &text).message() ==
          path + ":1:" + std::to_string(at + 1) + ": invalid UTF-8 (byte 0xE9)");
    bytes = std::string(24, 'x') + "\xC3\xA9";  // valid after a block
    bytes[at] = '\r';
    path = dir.Write("cr" + std::to_string(at) + ".txt", bytes);
    REQUIRE(Read(path, &text).ok());
    std::string expected = bytes;
    expected[at] = '\n';
    CHECK(text == expected);
  }
}

TEST_CASE("input refuses empty and blank documents", "[input]") {
  TempDir dir;
  std::string text;
  std::string empty = dir.Write("empty.txt", "");
  CHECK(Read(empty, &text).message() == empty + ": empty document");
  std::string bom = dir.Write("bom.txt", "\xEF\xBB\xBF");
  CHECK(Read(bom, &text).message() == bom + ": empty document");
  std::string blank = dir.Write("blank.txt", " \n\t\r\n\f ");
  CHECK(Read(blank, &text).message() == blank + ": no text");
}

TEST_CASE("input refuses files over the size limit before reading them", "[input]") {
  TempDir dir;
  std::string text;
  std::string path = dir.Write("big.txt", std::string(20, 'x'));
  CHECK(Read(path, &text, 10).message() ==
        path + ": 20 bytes is over the limit of 10 (--max-bytes)");
  CHECK(Read(path, &text, 20).ok());
  CHECK(text == std::string(20, 'x'));
}

TEST_CASE("input reports missing files and folders given as documents", "[input]") {
  TempDir dir;
  std::string text;
  std::string missing = dir.Path("missing.txt");
  CHECK(Read(missing, &text).message() == missing + ": No such file or directory");
  CHECK(Read(dir.path(), &text).message() == dir.path() + ": Is a directory");
}

TEST_CASE("input filters a folder's files by --include and --exclude-files globs", "[input]") {
  TempDir dir;
  dir.Write("2024/S_2024_1.pdf", "a");
  dir.Write("2025/S_2025_7.pdf", "b");
  dir.Write("2025/notes.txt", "c");
  dir.Write("2025/draft/S_2025_8.pdf", "d");
  std::string named = dir.Write("other/named.txt", "e");
  nexus::InputOptions options;
  options.include = {"*.pdf"};
  options.exclude = {"*/draft/*"};
  std::vector<std::string> errors;
  std::vector<std::string> files = nexus::ExpandInputs({dir.path(), named}, options, &errors);
  CHECK(errors.empty());
  // A named file is always read; the folder gives its PDFs outside draft/.
  CHECK(files == std::vector<std::string>{dir.Path("2024/S_2024_1.pdf"), dir.Path("2025/S_2025_7.pdf"), named});
  options.include = {"2025/*"};  // a path below the folder
  options.exclude = {"notes.txt"};  // a name
  files = nexus::ExpandInputs({dir.path()}, options, &errors);
  CHECK(files == std::vector<std::string>{dir.Path("2025/S_2025_7.pdf"), dir.Path("2025/draft/S_2025_8.pdf")});
  options.include = {"*.docx"};
  files = nexus::ExpandInputs({dir.path()}, options, &errors);
  CHECK(files.empty());
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == dir.path() + ": no document in this folder matches --include and --exclude-files");
}
