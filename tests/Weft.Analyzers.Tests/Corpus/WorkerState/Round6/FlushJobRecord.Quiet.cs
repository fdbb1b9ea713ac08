// Quiet twin of FlushJobRecord: the record carries an array copy of the pending strings, and the list is cleared.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus6b.FlushJobRecord;

public sealed record FlushJob(string Target, string[] Lines)
{
    public async Task RunAsync()
    {
        foreach (string line in Lines) await Console.Out.WriteLineAsync($"{Target}: {line}");
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PendingLines
{
    public List<string> Lines { get; } = new();
}

public static class BackgroundFlush
{
    public static void Flush(string target)
    {
        PendingLines pending = PendingLines.Current;
        var job = new FlushJob(target, pending.Lines.ToArray());
        pending.Lines.Clear();
        _ = Task.Run(job.RunAsync);
    }
}
