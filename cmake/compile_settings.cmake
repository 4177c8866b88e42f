# One INTERFACE target carries every compile setting, so each library and test gets the same rules.
add_library(podium_compile_settings INTERFACE)
target_compile_features(podium_compile_settings INTERFACE cxx_std_20)
target_compile_definitions(podium_compile_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    PODIUM_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(podium_compile_settings INTERFACE -Wall -Wextra -Wpedantic)
    if(PODIUM_WERROR)
        target_compile_options(podium_compile_settings INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(podium_compile_settings INTERFACE /W4 /permissive-)
    if(PODIUM_WERROR)
        target_compile_options(podium_compile_settings INTERFACE /WX)
    endif()
endif()

if(PODIUM_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "PODIUM_FUZZ needs clang: configure with CXX=clang++-14")
    endif()
    # Everything the fuzzers reach is instrumented for coverage and checked by the sanitizers.
    target_compile_options(podium_compile_settings INTERFACE -fsanitize=fuzzer-no-link,address,undefined -g)
    target_link_options(podium_compile_settings INTERFACE -fsanitize=address,undefined)
endif()
