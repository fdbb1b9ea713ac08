// A metrics exporter, fully correct: the export settings are a snapshot read on the worker before anything leaves the
// loop; the scrape runs on a loop timer; the page is rendered off the loop from copies (a string, an immutable array of
// numbers, the snapshot itself, which may be read on any thread); the upload awaits with ConfigureAwait(false) and
// after it only uses locals; a second phase resumes on the loop with a plain await and reads Current again there; the
// totals are kept with Interlocked. Quiet.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.MetricsExporterProgramQuiet;

[ThreadLocalSlot]
public sealed partial class ExportSettings
{
    public string Endpoint { get; init; } = "http://collector.local/v1";
    public ImmutableArray<string> Labels { get; init; } = ImmutableArray<string>.Empty;
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(15);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class WorkerMetrics
{
    public long Requests;
    public long Errors;
    public readonly List<double> LatenciesMs = new();

    public ImmutableArray<double> DrainLatencies()
    {
        var copy = LatenciesMs.ToImmutableArray();
        LatenciesMs.Clear();
        return copy;
    }
}

public static class Exporter
{
    private static long s_uploads;
    private static long s_bytes;

    public static long Uploads => Interlocked.Read(ref s_uploads);

    public static void Arm()
    {
        var settings = ExportSettings.Current;
        var timer = Dispatcher.Current!.CreateTimer(() => _ = ScrapeAsync());
        timer.Enable(settings.Interval);
    }

    private static async Task ScrapeAsync()
    {
        var settings = ExportSettings.Current;
        var metrics = WorkerMetrics.Current;
        var requests = metrics.Requests;
        var errors = metrics.Errors;
        var latencies = metrics.DrainLatencies();
        var worker = Dispatcher.Current!.Name;

        var page = await Task.Run(() => Render(settings, worker, requests, errors, latencies));
        var sent = await UploadAsync(settings.Endpoint, page).ConfigureAwait(false);
        Interlocked.Increment(ref s_uploads);
        Interlocked.Add(ref s_bytes, sent);
        Console.WriteLine($"{worker}: {sent} bytes to {settings.Endpoint}");
    }

    public static async Task ResyncAsync()
    {
        await Task.Delay(10);
        var settings = ExportSettings.Current;
        WorkerMetrics.Current.Requests = 0;
        Console.WriteLine(settings.Labels.Length);
    }

    private static string Render(ExportSettings settings, string worker, long requests, long errors, ImmutableArray<double> latencies)
    {
        var sb = new StringBuilder();
        var labels = string.Join(",", settings.Labels.Add($"worker=\"{worker}\""));
        sb.Append("requests{").Append(labels).Append("} ").Append(requests).Append('\n');
        sb.Append("errors{").Append(labels).Append("} ").Append(errors).Append('\n');
        if (!latencies.IsEmpty) sb.Append("latency_ms_max ").Append(latencies.Max()).Append('\n');
        return sb.ToString();
    }

    private static Task<int> UploadAsync(string endpoint, string page) =>
        Task.Run(() => endpoint.Length + page.Length);
}
