// A report whose Lazy<string> summary sorts the list it was given when first read; built over a copy of the worker's list, so the pool sorts only the copy.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.WorkerState.Round10.LazySummaryForcedOnPoolQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Journal
{
    public List<string> Entries { get; } = new();
}

public sealed class Report
{
    private readonly Lazy<string> _summary;

    public Report(List<string> entries) => _summary = new Lazy<string>(() =>
    {
        entries.Sort(StringComparer.Ordinal);
        return string.Join(",", entries);
    });

    public string Summary => _summary.Value;
}

public static class Reports
{
    public static Task<string> Summarize()
    {
        var report = new Report(Journal.Current.Entries.ToList());
        return Task.Run(() => report.Summary);
    }
}
