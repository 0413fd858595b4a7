#include "exporters/output.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <streambuf>
#include <utility>

#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <atomic>

namespace nexus {
namespace {

std::string Folder(const std::string& path) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

// An output stream buffer over a file descriptor: exports are written as
// they are made, never held whole in memory. Records the first error.
class FdBuf : public std::streambuf {
 public:
  explicit FdBuf(int fd) : fd_(fd) { setp(buf_, buf_ + sizeof buf_); }
  ~FdBuf() override { sync(); }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (Drain() != 0) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return Drain(); }
  // A piece that does not fit in what is left of the buffer empties it; a
  // piece as large as the buffer then goes to the file without a copy.
  std::streamsize xsputn(const char* s, std::streamsize count) override {
    const auto n = static_cast<std::size_t>(count);
    if (n <= static_cast<std::size_t>(epptr() - pptr())) {
      std::memcpy(pptr(), s, n);
      pbump(static_cast<int>(count));
      return count;
    }
    if (Drain() != 0) return 0;
    if (n < sizeof buf_) return xsputn(s, count);
    return WriteAll(s, n) == 0 ? count : 0;
  }

 private:
  int Drain() {
    WriteAll(pbase(), static_cast<std::size_t>(pptr() - pbase()));
    setp(buf_, buf_ + sizeof buf_);
    return error_ ? -1 : 0;
  }
  int WriteAll(const char* p, std::size_t size) {
    const char* const end = p + size;
    while (p < end && !error_) {
      ssize_t n = ::write(fd_, p, static_cast<std::size_t>(end - p));
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) error_ = errno;
      else p += n;
      if (n > 0) Written(static_cast<std::size_t>(n));
    }
    return error_ ? -1 : 0;
  }
  // Every few megabytes written, the kernel is asked to start writing them
  // to disk (without waiting), so that the fsync before the rename finds
  // little left to do, however large the export.
  void Written(std::size_t n) {
    written_ += n;
#ifdef __linux__
    constexpr std::size_t kStep = std::size_t{8} << 20;
    if (written_ - synced_ >= kStep) {
      ::sync_file_range(fd_, static_cast<off_t>(synced_), static_cast<off_t>(written_ - synced_),
                        SYNC_FILE_RANGE_WRITE);
      synced_ = written_;
    }
#endif
  }
  int fd_;
  int error_ = 0;
  std::size_t written_ = 0, synced_ = 0;  // bytes written; bytes handed to writeback
  char buf_[1 << 16];
};

// The registered temporaries: fixed slots, so that a signal handler can
// read them without allocating.
struct TempSlot {
  std::atomic<bool> used{false};
  bool folder = false;
  char path[4096] = {};
};
constexpr int kTempSlots = 64;
std::array<TempSlot, kTempSlots> temps;

void Say(const char* text) {
  ssize_t ignored = ::write(2, text, std::strlen(text));
  (void)ignored;
}

pthread_t main_thread;  // the thread that installed the handler, and writes the outputs

extern "C" void OnInterrupt(int sig) {
  // A signal a worker thread took goes to the main thread, which writes the
  // outputs: the cleanup then runs between two of its steps, never beside them.
  if (!::pthread_equal(::pthread_self(), main_thread)) {
    ::pthread_kill(main_thread, sig);
    return;
  }
  for (TempSlot& t : temps) {
    if (!t.used.load()) continue;
    if (!t.folder) {
      ::unlink(t.path);
      continue;
    }
    // A folder: rm -rf in a child. _Fork (glibc 2.34), execve and waitpid
    // are async-signal-safe; fork is not (its atfork handlers take locks).
    const pid_t child = ::_Fork();
    if (child == 0) {
      char rm[] = "/bin/rm", rf[] = "-rf", dashes[] = "--";
      char* argv[] = {rm, rf, dashes, t.path, nullptr};
      char* envp[] = {nullptr};
      ::execve("/bin/rm", argv, envp);
      ::_exit(127);
    }
    if (child > 0) ::waitpid(child, nullptr, 0);
  }
  Say("nexus: interrupted: no output written, the earlier outputs are kept\n");
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

std::string TempPrefix() { return ".nexus-tmp-" + std::to_string(::getpid()) + "-"; }

// SIGINT, SIGTERM and SIGHUP held back while alive: a temporary is made and
// registered in one step, so that no signal finds it made but unknown.
class SignalsHeld {
 public:
  SignalsHeld() {
    sigset_t held;
    sigemptyset(&held);
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&held, sig);
    ::pthread_sigmask(SIG_BLOCK, &held, &before_);
  }
  ~SignalsHeld() { ::pthread_sigmask(SIG_SETMASK, &before_, nullptr); }

 private:
  sigset_t before_;
};

}  // namespace

std::string FolderOf(const std::string& path) { return Folder(path); }

void InstallInterruptCleanup() {
  main_thread = ::pthread_self();
  struct sigaction action {};
  action.sa_handler = OnInterrupt;
  sigemptyset(&action.sa_mask);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
    sigaddset(&action.sa_mask, sig);
  }
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) ::sigaction(sig, &action, nullptr);
}

int RegisterTemporary(const std::string& path, bool folder) {
  if (path.size() >= sizeof(TempSlot::path)) return -1;
  for (int i = 0; i < kTempSlots; ++i) {
    TempSlot& t = temps[static_cast<std::size_t>(i)];
    if (t.used.load()) continue;
    std::memcpy(t.path, path.c_str(), path.size() + 1);
    t.folder = folder;
    t.used.store(true);
    return i;
  }
  return -1;
}

void ReleaseTemporary(int slot) {
  if (slot >= 0 && slot < kTempSlots) temps[static_cast<std::size_t>(slot)].used.store(false);
}

Status MakeTemporaryFolder(const std::string& dir, std::string* path, int* slot) {
  SignalsHeld held;
  *path = dir + "/" + TempPrefix() + "XXXXXX";
  if (!::mkdtemp(path->data())) return Status::Error(dir + ": " + std::strerror(errno));
  *slot = RegisterTemporary(*path, true);
  return Status::Ok();
}

void RemoveStaleTemporaries(const std::string& dir) {
  DIR* d = ::opendir(dir.c_str());
  if (!d) return;
  std::vector<std::string> stale;
  while (const dirent* e = ::readdir(d)) {
    const std::string name = e->d_name;
    if (name.rfind(".nexus-tmp-", 0) != 0) continue;
    const long pid = std::strtol(name.c_str() + 11, nullptr, 10);
    if (pid <= 0 || pid == ::getpid()) continue;
    if (::kill(static_cast<pid_t>(pid), 0) == -1 && errno == ESRCH) stale.push_back(dir + "/" + name);
  }
  ::closedir(d);
  std::error_code ignored;
  for (const std::string& p : stale) std::filesystem::remove_all(p, ignored);
}

namespace {
int lock_fd = -1, lock_slot = -1;
std::string lock_path;
}  // namespace

void ReleaseOutputLock() {
  if (lock_fd < 0) return;
  ::unlink(lock_path.c_str());  // before the lock goes: a waiting run then makes a new one
  ::close(lock_fd);
  lock_fd = -1;
  ReleaseTemporary(lock_slot);
  lock_slot = -1;
}

Status LockOutput(const std::string& lock, const std::string& output, bool wait) {
  ReleaseOutputLock();
  bool said = false;
  for (;;) {
    const int fd = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) return Status::Error(output + ": cannot make its lock " + lock + ": " + std::strerror(errno));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
      if (errno != EWOULDBLOCK) {
        ::close(fd);
        return Status::Error(output + ": cannot lock: " + std::strerror(errno));
      }
      if (!wait) {
        ::close(fd);
        return Status::Error(output + ": another nexus run is writing it; wait for that run to end, "
                             "or give --wait");
      }
      if (!said) Say("nexus: another nexus run is writing the same output; waiting for it (--wait)\n");
      said = true;
      while (::flock(fd, LOCK_EX) != 0)
        if (errno != EINTR) {
          ::close(fd);
          return Status::Error(output + ": cannot lock: " + std::strerror(errno));
        }
    }
    // The file locked must still be the one at `lock` (the run before may
    // have removed it as it ended): else lock the new one.
    struct stat held, now;
    if (::fstat(fd, &held) == 0 && ::stat(lock.c_str(), &now) == 0 && held.st_dev == now.st_dev &&
        held.st_ino == now.st_ino) {
      lock_fd = fd;
      lock_path = lock;
      lock_slot = RegisterTemporary(lock, false);  // an interrupted run removes it too
      static const bool registered = [] { return std::atexit(ReleaseOutputLock) == 0; }();
      (void)registered;
      return Status::Ok();
    }
    ::close(fd);
  }
}

Status CheckWritableFolder(const std::string& dir) {
  // A temporary like the others (registered, named by the process), so that
  // a run killed right here leaves nothing the next one does not remove.
  std::string probe = dir + "/" + TempPrefix() + "XXXXXX";
  int fd = -1, slot = -1;
  {
    SignalsHeld held;
    fd = ::mkstemp(probe.data());
    if (fd < 0) return Status::Error(dir + ": cannot write here: " + std::strerror(errno));
    slot = RegisterTemporary(probe, false);
  }
  ::close(fd);
  ::unlink(probe.c_str());
  ReleaseTemporary(slot);
  return Status::Ok();
}

namespace {

// The file that marks a folder as a folder format's export, so that a later
// run may replace it (and never a folder of the user's).
constexpr const char* kMarker = ".nexus-export";

// Files written into a temporary folder, each flushed and synced when the
// next is opened or the sink closes.
class FolderSink : public FileSink {
 public:
  explicit FolderSink(std::string dir) : dir_(std::move(dir)) {}
  ~FolderSink() override { Close(); }
  // A format's files have plain names; those starting with '.' are the
  // output's own (the marker).
  std::ostream& Open(const std::string& name) override {
    if (name.empty() || name.find('/') != std::string::npos || name[0] == '.')
      throw std::runtime_error("bad file name \"" + name + "\"");
    return OpenAny(name);
  }
  std::ostream& OpenAny(const std::string& name) {
    Close();
    const std::string path = dir_ + "/" + name;
    fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd_ < 0) throw std::runtime_error(path + ": " + std::strerror(errno));
    buf_ = std::make_unique<FdBuf>(fd_);
    out_ = std::make_unique<std::ostream>(buf_.get());
    return *out_;
  }
  // The first error, or "".
  std::string Close() {
    if (fd_ < 0) return error_;
    out_->flush();
    if (buf_->error() && error_.empty()) error_ = std::strerror(buf_->error());
    if (!*out_ && error_.empty()) error_ = "write failed";
    out_.reset();
    buf_.reset();
    if (::fsync(fd_) != 0 && error_.empty()) error_ = std::strerror(errno);
    if (::close(fd_) != 0 && error_.empty()) error_ = std::strerror(errno);
    fd_ = -1;
    return error_;
  }

 private:
  std::string dir_;
  int fd_ = -1;
  std::unique_ptr<FdBuf> buf_;
  std::unique_ptr<std::ostream> out_;
  std::string error_;
};

bool IsExportFolder(const std::string& path) {
  struct stat st;
  return ::stat((path + "/" + kMarker).c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

// The folder format's files into a temporary folder beside `path`, which
// then takes the place of `path` in one step (renameat2's exchange when
// `path` holds an earlier export, which is removed after).
Status WriteFolderExport(const Exporter& exporter, const KnowledgeGraph& graph,
                         const ExportOptions& options, const std::string& path) {
  struct stat st;
  const bool exists = ::lstat(path.c_str(), &st) == 0;
  if (exists && !(S_ISDIR(st.st_mode) && IsExportFolder(path)))
    return Status::Error(path + ": exists and is not a folder nexus exported; not replaced");
  std::string tmp;
  int slot = -1;
  if (Status made = MakeTemporaryFolder(Folder(path), &tmp, &slot); !made.ok())
    return Status::Error(path + ": " + made.message());
  Status s;
  {
    FolderSink sink(tmp);
    s = exporter.WriteFiles(graph, options, sink);
    std::string error = sink.Close();
    if (!error.empty()) s = Status::Error(error);
    if (s.ok()) {
      try {
        sink.OpenAny(kMarker) << exporter.Name() << "\n";
        error = sink.Close();
      } catch (const std::exception& e) {
        error = e.what();
      }
      if (!error.empty()) s = Status::Error(error);
    }
  }
  if (s.ok() && ::chmod(tmp.c_str(), 0755) != 0) s = Status::Error(std::strerror(errno));
  if (s.ok()) {
    const int rc = exists ? ::renameat2(AT_FDCWD, tmp.c_str(), AT_FDCWD, path.c_str(), RENAME_EXCHANGE)
                          : ::rename(tmp.c_str(), path.c_str());
    if (rc != 0) s = Status::Error(std::strerror(errno));
  }
  // What is left at `tmp`: the new files after a failure, the old ones after
  // the exchange.
  std::error_code ignored;
  if (!s.ok() || exists) std::filesystem::remove_all(tmp, ignored);
  ReleaseTemporary(slot);
  return s.ok() ? s : Status::Error(path + ": " + s.message());
}

}  // namespace

Status WriteExport(const Exporter& exporter, const KnowledgeGraph& graph,
                   const ExportOptions& options, const std::string& path) {
  if (exporter.WritesFolder() && path != "-") return WriteFolderExport(exporter, graph, options, path);
  if (path == "-") {
    Status s = exporter.Write(graph, options, std::cout);
    std::cout.flush();
    if (!s.ok()) return Status::Error(path + ": " + s.message());
    return std::cout ? Status::Ok() : Status::Error("standard output: write failed");
  }
  std::string tmp = Folder(path) + "/" + TempPrefix() + "XXXXXX";
  int fd = -1, slot = -1;
  {
    SignalsHeld held;
    fd = ::mkstemp(tmp.data());
    if (fd < 0) return Status::Error(path + ": " + std::strerror(errno));
    slot = RegisterTemporary(tmp, false);
  }
  Status s;
  {
    FdBuf buf(fd);
    std::ostream out(&buf);
    s = exporter.Write(graph, options, out);
    out.flush();
    // A failed write (full disk) is the cause whatever the exporter made of it.
    if (buf.error()) s = Status::Error(path + ": " + std::strerror(buf.error()));
    else if (!s.ok()) s = Status::Error(path + ": " + s.message());
    else if (!out) s = Status::Error(path + ": write failed");
  }
  if (s.ok() && ::fsync(fd) != 0) s = Status::Error(path + ": " + std::strerror(errno));
  if (::close(fd) != 0 && s.ok()) s = Status::Error(path + ": " + std::strerror(errno));
  if (s.ok() && ::chmod(tmp.c_str(), 0644) != 0) s = Status::Error(path + ": " + std::strerror(errno));
  if (s.ok() && std::rename(tmp.c_str(), path.c_str()) != 0)
    s = Status::Error(path + ": " + std::strerror(errno));
  if (!s.ok()) ::unlink(tmp.c_str());
  ReleaseTemporary(slot);
  return s;
}

}  // namespace nexus
