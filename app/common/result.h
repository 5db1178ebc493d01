// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"

#include <utility>
#include <variant>

namespace Sts {

//! A value or the finding that explains why there is none. Errors are values so that they
//! cross threads, futures and queued signals like any result; nothing here throws.
template <typename T>
class Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    static Result failure(Finding error) { return Result(std::in_place_index<1>, std::move(error)); }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const Finding &error() const { return std::get<1>(m_state); }
    //! The value, or \a fallback when there is none (where the failure needs no telling).
    T valueOr(T fallback) const & { return ok() ? value() : std::move(fallback); }

private:
    template <std::size_t Index, typename U>
    Result(std::in_place_index_t<Index> index, U &&content)
        : m_state(index, std::forward<U>(content))
    {}
    std::variant<T, Finding> m_state;
};

//! Success without a value, or the finding that explains the failure.
template <>
class Result<void>
{
public:
    Result() = default;
    static Result failure(Finding error)
    {
        Result result;
        result.m_failed = true;
        result.m_error = std::move(error);
        return result;
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Finding &error() const { return m_error; }

private:
    bool m_failed = false;
    Finding m_error;
};

} // namespace Sts
