using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft.Stats;

namespace Weft.Tests.Stats;

/// <summary>
/// "The Prometheus export names each series once": two stat names that would export under one series name are refused
/// when the second is created, naming both; one name keeps one kind whatever its tags; the text export keeps one line
/// per stat.
/// </summary>
public sealed class ExportedNameTests
{
    [Theory]
    [InlineData("counter:doc.dup", "counter:doc_dup", "doc_dup_total")]
    [InlineData("counter:doc.g", "counter:doc.g_total", "doc_g_total")]
    [InlineData("counter:doc.g", "gauge:doc.g_total", "doc_g_total")]
    [InlineData("histogram:doc.h", "gauge:doc.h_count", "doc_h_count")]
    [InlineData("gauge:doc.h_sum", "histogram:doc.h", "doc_h_sum")]
    [InlineData("gauge:doc-x", "histogram:doc.x", "doc_x")]
    public async Task A_second_name_sharing_a_Prometheus_series_with_the_first_is_refused_naming_both(string first, string second, string series)
    {
        await using var pool = WorkerPool.Start(Options());
        Create(pool.Stats, first);

        ArgumentException refused = Assert.Throws<ArgumentException>(() => Create(pool.Stats, second));

        string secondName = second[(second.IndexOf(':', StringComparison.Ordinal) + 1)..];
        string firstName = first[(first.IndexOf(':', StringComparison.Ordinal) + 1)..];
        Assert.StartsWith($"The {second[..second.IndexOf(':', StringComparison.Ordinal)]} '{secondName}' would be exported to Prometheus as '{series}', which the stat '{firstName}' already is", refused.Message, StringComparison.Ordinal);
        Assert.Equal("name", refused.ParamName);
    }

    [Fact]
    public async Task Names_that_export_apart_are_all_accepted_and_each_series_appears_once()
    {
        await using var pool = WorkerPool.Start(Options());
        pool.Stats.Counter("doc.requests").Increment();
        pool.Stats.Counter("doc.requests", new KeyValuePair<string, string>("route", "a")).Increment();
        pool.Stats.Gauge("doc.requests_in_flight").Set(3);
        pool.Stats.Histogram("doc.latency").Record(5);
        pool.Stats.Counter("doc.latency_errors").Increment();

        string text = (await pool.Stats.FlushAsync().WaitAsync(TestWait.Timeout)).ToPrometheus();
        string[] samples = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).Select(l => l[..l.LastIndexOf(' ')]).ToArray();
        string[] families = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("# TYPE ", StringComparison.Ordinal)).Select(l => l.Split(' ')[2]).ToArray();

        Assert.Equal(samples.Length, samples.Distinct().Count());
        Assert.Equal(families.Length, families.Distinct().Count());
        Assert.Contains("doc_requests_total{route=\"a\"}", samples);
        Assert.Contains("doc_requests_total", samples);
    }

    [Fact]
    public async Task A_users_stat_cannot_take_a_series_of_the_runtimes_own_stats()
    {
        await using var pool = WorkerPool.Start(Options());

        ArgumentException sameSeries = Assert.Throws<ArgumentException>(() => pool.Stats.Counter("weft_dispatcher_iterations"));
        InvalidOperationException otherKind = Assert.Throws<InvalidOperationException>(() => pool.Stats.Gauge("weft.dispatcher.iterations"));

        Assert.Contains("'weft_dispatcher_iterations_total', which the stat 'weft.dispatcher.iterations' already is", sameSeries.Message, StringComparison.Ordinal);
        Assert.Equal("The stat 'weft.dispatcher.iterations' cannot be a Gauge: the name 'weft.dispatcher.iterations' is already a Counter.", otherKind.Message);
    }

    [Fact]
    public async Task One_name_keeps_one_kind_whatever_the_tags()
    {
        await using var pool = WorkerPool.Start(Options());
        pool.Stats.Counter("doc.mixed", new KeyValuePair<string, string>("t", "1"));

        InvalidOperationException refused = Assert.Throws<InvalidOperationException>(() => pool.Stats.Gauge("doc.mixed", GaugeCombine.Sum, new KeyValuePair<string, string>("t", "2")));

        Assert.Equal("The stat 'doc.mixed{t=2}' cannot be a Gauge: the name 'doc.mixed' is already a Counter.", refused.Message);
    }

    [Fact]
    public async Task ToText_keeps_one_line_per_stat_when_a_tag_value_holds_a_line_break()
    {
        await using var pool = WorkerPool.Start(Options());
        pool.Stats.Counter("doc.text.requests", new KeyValuePair<string, string>("path", "/a\n/b\\c\r")).Increment();

        string text = (await pool.Stats.FlushAsync().WaitAsync(TestWait.Timeout)).ToText();

        Assert.Contains("doc.text.requests{path=/a\\n/b\\\\c\\r}: 1\n", text, StringComparison.Ordinal);
    }

    private static void Create(StatsStore stats, string stat)
    {
        string kind = stat[..stat.IndexOf(':', StringComparison.Ordinal)];
        string name = stat[(kind.Length + 1)..];
        _ = kind switch
        {
            "counter" => (object)stats.Counter(name),
            "gauge" => stats.Gauge(name),
            _ => stats.Histogram(name),
        };
    }

    private static WorkerPoolOptions Options() => new() { WorkerCount = 1, StatsFlushInterval = TimeSpan.Zero, GuardDog = null, ThreadNamePrefix = "names" };
}
