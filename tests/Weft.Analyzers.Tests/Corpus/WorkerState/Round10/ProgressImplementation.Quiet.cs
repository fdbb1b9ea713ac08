// A user IProgress<string> that appends to the list it was given, handed to work on the pool; the pool reports into Progress<T>, which posts each report to the loop's SynchronizationContext.
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

namespace Corpus.WorkerState.Round10.ProgressImplementationQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DownloadLog
{
    public List<string> Lines { get; } = new();
}

public sealed class ListProgress : IProgress<string>
{
    private readonly List<string> _sink;

    public ListProgress(List<string> sink) => _sink = sink;

    public void Report(string value) => _sink.Add(value);
}

public static class Downloads
{
    private static void Fetch(IProgress<string> progress) => progress.Report("done");

    public static Task Start()
    {
        var lines = DownloadLog.Current.Lines;
        IProgress<string> progress = new Progress<string>(line => lines.Add(line));
        return Task.Run(() => Fetch(progress));
    }
}
