// Batching writer per worker that packages a flush as a job record and runs it in the background. Defect: the
// record carries the worker's live pending list (a member of the record), and the job's Run executes on the
// thread pool (WEFT0004: an object made from worker state carries it; #escape: reported where the job is
// built or where its method group is handed to Task.Run).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus6b.FlushJobRecord;

public sealed record FlushJob(string Target, List<string> Lines)
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
        var job = new FlushJob(target, pending.Lines); // expect: WEFT0004 #escape
        _ = Task.Run(job.RunAsync); // expect: WEFT0004 #escape
    }
}
