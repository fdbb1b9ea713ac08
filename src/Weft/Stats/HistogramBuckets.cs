using System;
using System.Numerics;

namespace Weft.Stats;

/// <summary>
/// Log-linear bucketing of non-negative values: values below <see cref="SubBuckets"/> get a bucket each; above,
/// every power of two is split into <see cref="SubBuckets"/> equal sub-buckets. A value reported as its bucket's
/// midpoint is within <see cref="MaxRelativeError"/> of the recorded value.
/// </summary>
public static class HistogramBuckets
{
    /// <summary>Sub-buckets per power of two.</summary>
    public const int SubBuckets = 32;

    private const int SubBucketBits = 5;

    /// <summary>Number of buckets covering every non-negative <see cref="long"/>.</summary>
    public const int Count = SubBuckets + ((63 - SubBucketBits) * SubBuckets);

    /// <summary>Worst-case relative error of a reported value (bucket half-width over bucket low edge): 1/64.</summary>
    public const double MaxRelativeError = 1.0 / (2 * SubBuckets);

    /// <summary>The bucket of <paramref name="value"/> (negative values count as 0).</summary>
    public static int IndexOf(long value)
    {
        if (value < SubBuckets)
        {
            return value < 0 ? 0 : (int)value;
        }

        int exponent = 63 - BitOperations.LeadingZeroCount((ulong)value);
        int shift = exponent - SubBucketBits;
        int sub = (int)(value >> shift) - SubBuckets;
        return SubBuckets + ((shift * SubBuckets) + sub);
    }

    /// <summary>The lowest value that lands in bucket <paramref name="index"/>.</summary>
    public static long LowerBound(int index)
    {
        if (index < SubBuckets)
        {
            return index;
        }

        int shift = (index - SubBuckets) / SubBuckets;
        int sub = (index - SubBuckets) % SubBuckets;
        return (long)(SubBuckets + sub) << shift;
    }

    /// <summary>The value reported for bucket <paramref name="index"/>: its midpoint.</summary>
    public static double Midpoint(int index)
    {
        if (index < SubBuckets)
        {
            return index;
        }

        int shift = (index - SubBuckets) / SubBuckets;
        double width = Math.Pow(2, shift);
        return LowerBound(index) + ((width - 1) / 2.0);
    }
}
