#pragma once

#include <QString>
#include <QtGlobal>

#include <cstddef>

namespace Passdesk::Sim {

// splitmix64 with fixed integer-only derivations: the same seed yields the same
// sequence on every compiler and standard library (unlike <random>
// distributions, whose algorithms are implementation-defined).
class SimRandom
{
public:
    explicit SimRandom(quint64 seed)
        : m_state(seed)
    { }

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, bound) via the multiply-shift reduction; bound > 0.
    quint32 bounded(quint32 bound) { return quint32((quint64(quint32(next() >> 32)) * bound) >> 32); }

    // Uniform in [lo, hi] (inclusive).
    qint64 range(qint64 lo, qint64 hi)
    {
        const quint64 span = quint64(hi - lo) + 1;
        return lo + qint64(next() % span);
    }

    // True with probability percent / 100.
    bool chance(int percent) { return int(bounded(100)) < percent; }

    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[bounded(quint32(N))];
    }

    QString digits(int count)
    {
        QString s(count, QLatin1Char('0'));
        for (int i = 0; i < count; ++i)
            s[i] = QLatin1Char(char('0' + bounded(10)));
        return s;
    }

    // Uppercase letters and digits.
    QString alnum(int count)
    {
        static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        QString s(count, QLatin1Char('0'));
        for (int i = 0; i < count; ++i)
            s[i] = QLatin1Char(alphabet[bounded(36)]);
        return s;
    }

    // Lowercase RFC 4122 version-4 style GUID built from the stream.
    QString guid()
    {
        const quint64 hi = (next() & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;
        const quint64 lo = (next() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
        static const char hex[] = "0123456789abcdef";
        char out[36];
        int p = 0;
        auto put = [&](quint64 v, int nibbles) {
            for (int i = nibbles - 1; i >= 0; --i)
                out[p++] = hex[(v >> (i * 4)) & 0xf];
        };
        put(hi >> 32, 8);
        out[p++] = '-';
        put((hi >> 16) & 0xffff, 4);
        out[p++] = '-';
        put(hi & 0xffff, 4);
        out[p++] = '-';
        put(lo >> 48, 4);
        out[p++] = '-';
        put(lo & 0xffffffffffffULL, 12);
        return QString::fromLatin1(out, 36);
    }

private:
    quint64 m_state;
};

} // namespace Passdesk::Sim
