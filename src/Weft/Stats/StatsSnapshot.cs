using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Weft.Stats;

/// <summary>A merged histogram: bucket counts, count and sum of everything recorded up to a flush.</summary>
public sealed class HistogramSnapshot
{
    internal static readonly HistogramSnapshot Empty = new(ImmutableArray.Create(new long[HistogramBuckets.Count]), 0, 0);

    internal HistogramSnapshot(ImmutableArray<long> buckets, long count, long sum)
    {
        Buckets = buckets;
        Count = count;
        Sum = sum;
    }

    /// <summary>Counts per bucket (see <see cref="HistogramBuckets"/>).</summary>
    public ImmutableArray<long> Buckets { get; }

    /// <summary>Values recorded.</summary>
    public long Count { get; }

    /// <summary>Their exact sum.</summary>
    public long Sum { get; }

    /// <summary>
    /// The value below which a fraction <paramref name="quantile"/> of recorded values fall, reported as its bucket's
    /// midpoint: within <see cref="HistogramBuckets.MaxRelativeError"/> of a recorded value. NaN when empty.
    /// </summary>
    public double Quantile(double quantile)
    {
        if (quantile is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(quantile), quantile, "Must be within [0, 1].");
        }

        if (Count == 0)
        {
            return double.NaN;
        }

        long rank = Math.Max(1, (long)Math.Ceiling(quantile * Count));
        long seen = 0;
        for (int i = 0; i < Buckets.Length; i++)
        {
            seen += Buckets[i];
            if (seen >= rank)
            {
                return HistogramBuckets.Midpoint(i);
            }
        }

        return HistogramBuckets.Midpoint(Buckets.Length - 1);
    }
}

/// <summary>
/// Every stat merged across the pool's threads at one flush: immutable, published by reference. Counters are
/// cumulative totals; gauges are combined per-thread values; histograms are cumulative distributions.
/// </summary>
public sealed class StatsSnapshot
{
    internal static readonly StatsSnapshot Empty = new(
        0, DateTimeOffset.MinValue, ImmutableArray<(StatName, long)>.Empty, ImmutableArray<(StatName, long)>.Empty, ImmutableArray<(StatName, HistogramSnapshot)>.Empty);

    internal StatsSnapshot(
        long sequence,
        DateTimeOffset takenAt,
        ImmutableArray<(StatName Name, long Value)> counters,
        ImmutableArray<(StatName Name, long Value)> gauges,
        ImmutableArray<(StatName Name, HistogramSnapshot Value)> histograms)
    {
        Sequence = sequence;
        TakenAt = takenAt;
        Counters = counters;
        Gauges = gauges;
        Histograms = histograms;
    }

    /// <summary>The flush number (0 before the first flush).</summary>
    public long Sequence { get; }

    /// <summary>When the flush completed.</summary>
    public DateTimeOffset TakenAt { get; }

    /// <summary>Counters, user-defined first (by id), then the runtime's own.</summary>
    public ImmutableArray<(StatName Name, long Value)> Counters { get; }

    /// <summary>Gauges, user-defined first (by id), then the runtime's own.</summary>
    public ImmutableArray<(StatName Name, long Value)> Gauges { get; }

    /// <summary>Histograms, by id.</summary>
    public ImmutableArray<(StatName Name, HistogramSnapshot Value)> Histograms { get; }

    /// <summary>A counter's total by name and optional tags, or null.</summary>
    public long? Counter(string name, params KeyValuePair<string, string>[] tags) => Find(Counters, new StatName(name, tags));

    /// <summary>A gauge's value by name and optional tags, or null.</summary>
    public long? Gauge(string name, params KeyValuePair<string, string>[] tags) => Find(Gauges, new StatName(name, tags));

    internal long CounterValue(int id) => id < Counters.Length ? Counters[id].Value : 0;

    internal long GaugeValue(int id) => id < Gauges.Length ? Gauges[id].Value : 0;

    internal HistogramSnapshot HistogramValue(int id) => id < Histograms.Length ? Histograms[id].Value : HistogramSnapshot.Empty;

    /// <summary>
    /// One line per stat: <c>name{tag=value}: value</c>; histograms as count, sum and quantiles. A backslash, line feed or
    /// carriage return in a name or tag is written <c>\\</c>, <c>\n</c>, <c>\r</c>, so no stat spans two lines.
    /// </summary>
    public string ToText()
    {
        var text = new StringBuilder();
        foreach (var (name, value) in Counters)
        {
            text.Append(OneLine(name)).Append(": ").Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        foreach (var (name, value) in Gauges)
        {
            text.Append(OneLine(name)).Append(": ").Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        foreach (var (name, histogram) in Histograms)
        {
            text.Append(OneLine(name)).Append(": count=").Append(histogram.Count.ToString(CultureInfo.InvariantCulture))
                .Append(" sum=").Append(histogram.Sum.ToString(CultureInfo.InvariantCulture));
            foreach (double q in Quantiles)
            {
                text.Append(" p").Append((q * 100).ToString("0.#", CultureInfo.InvariantCulture)).Append('=')
                    .Append(histogram.Quantile(q).ToString("0.##", CultureInfo.InvariantCulture));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The Prometheus text exposition format (counters, gauges, histograms as summaries).</summary>
    public string ToPrometheus()
    {
        var text = new StringBuilder();
        foreach (var group in Counters.GroupBy(c => Sanitize(c.Name.Name)))
        {
            string metric = CounterFamily(group.Key);
            text.Append("# TYPE ").Append(metric).Append(" counter\n");
            foreach (var (name, value) in group)
            {
                text.Append(metric).Append(Labels(name, null)).Append(' ').Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        foreach (var group in Gauges.GroupBy(g => Sanitize(g.Name.Name)))
        {
            text.Append("# TYPE ").Append(group.Key).Append(" gauge\n");
            foreach (var (name, value) in group)
            {
                text.Append(group.Key).Append(Labels(name, null)).Append(' ').Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        foreach (var group in Histograms.GroupBy(h => Sanitize(h.Name.Name)))
        {
            text.Append("# TYPE ").Append(group.Key).Append(" summary\n");
            foreach (var (name, histogram) in group)
            {
                foreach (double q in Quantiles)
                {
                    double value = histogram.Quantile(q);
                    text.Append(group.Key).Append(Labels(name, q.ToString(CultureInfo.InvariantCulture))).Append(' ')
                        .Append(double.IsNaN(value) ? "NaN" : value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
                }

                text.Append(group.Key).Append("_sum").Append(Labels(name, null)).Append(' ').Append(histogram.Sum.ToString(CultureInfo.InvariantCulture)).Append('\n');
                text.Append(group.Key).Append("_count").Append(Labels(name, null)).Append(' ').Append(histogram.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Every series name the Prometheus export writes for a stat named <paramref name="name"/> of the given kind
    /// (<see cref="Weft.Stats.Counter"/>, <see cref="Weft.Stats.Gauge"/> or <see cref="Weft.Stats.Histogram"/>): the
    /// registry refuses a new name that would share one with another name, so each series is named once.
    /// </summary>
    internal static string[] PrometheusSeries(string name, Type kind)
    {
        string family = Sanitize(name);
        return kind == typeof(Counter) ? [CounterFamily(family)]
            : kind == typeof(Histogram) ? [family, family + "_sum", family + "_count"]
            : [family];
    }

    private static string CounterFamily(string family) => family.EndsWith("_total", StringComparison.Ordinal) ? family : family + "_total";

    private static readonly double[] Quantiles = [0.5, 0.9, 0.99];

    private static long? Find(ImmutableArray<(StatName Name, long Value)> stats, StatName name)
    {
        foreach (var (candidate, value) in stats)
        {
            if (candidate.Equals(name))
            {
                return value;
            }
        }

        return null;
    }

    private static string Labels(StatName name, string? quantile)
    {
        var labels = name.Tags.Select(t => $"{Sanitize(t.Key)}=\"{Escape(t.Value)}\"").ToList();
        if (quantile is not null)
        {
            labels.Add($"quantile=\"{quantile}\"");
        }

        return labels.Count == 0 ? string.Empty : "{" + string.Join(",", labels) + "}";
    }

    private static string Sanitize(string name)
    {
        var result = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            result.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or ':' ? c : '_');
        }

        if (result.Length == 0 || char.IsAsciiDigit(result[0]))
        {
            result.Insert(0, '_');
        }

        return result.ToString();
    }

    /// <summary>A stat's name for <see cref="ToText"/>: line breaks (and the backslash that escapes them) escaped, so a tag value cannot split its line.</summary>
    private static string OneLine(StatName name)
    {
        string text = name.ToString();
        return text.AsSpan().IndexOfAny('\\', '\n', '\r') < 0
            ? text
            : text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
    }

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
