// The quiet twin: the copy replaces the list by a copy of its items, so it shares nothing with the worker.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.RecordWithKeepsListQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Retries
{
    public List<string> Due { get; } = new();
}

public sealed record RetryJob(string Name, List<string> Items);

public static class Retrying
{
    public static Task Schedule()
    {
        var job = new RetryJob("retry", Retries.Current.Due);
        var renamed = job with { Name = "retry-now", Items = [.. job.Items] };
        return Task.Run(() => renamed.Items.Clear());
    }
}
