# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries every compile setting; targets link it instead of
# relying on global add_definitions/include_directories.
add_library(sts_compile_settings INTERFACE)
target_compile_features(sts_compile_settings INTERFACE cxx_std_20)
target_compile_definitions(sts_compile_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    STS_VERSION="${PROJECT_VERSION}"
    STS_APP_ID="${STS_APP_ID}")
target_compile_options(sts_compile_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wformat=2 -Wimplicit-fallthrough
    $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-D_FORTIFY_SOURCE=2>
    -fstack-protector-strong)
target_link_options(sts_compile_settings INTERFACE -Wl,-z,relro,-z,now)
if(STS_WERROR)
    target_compile_options(sts_compile_settings INTERFACE -Werror)
endif()
if(STS_SANITIZE)
    target_compile_options(sts_compile_settings INTERFACE
        -fsanitize=address,undefined -fno-sanitize=vptr -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(sts_compile_settings INTERFACE -fsanitize=address,undefined -fno-sanitize=vptr)
endif()
if(STS_BUILD_FUZZERS)
    # Coverage instrumentation for the library; the fuzz executables add -fsanitize=fuzzer.
    target_compile_options(sts_compile_settings INTERFACE -fsanitize=fuzzer-no-link)
endif()
