// libFuzzer target: the HTML converter (HtmlToText) on any bytes.
#define CONVERT nexus::HtmlToText
#include "tests/fuzz/converters_fuzzer.inc"
