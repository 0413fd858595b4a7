// libFuzzer target: the PDF converter (PdfToText) on any bytes.
#define CONVERT nexus::PdfToText
#include "tests/fuzz/converters_fuzzer.inc"
