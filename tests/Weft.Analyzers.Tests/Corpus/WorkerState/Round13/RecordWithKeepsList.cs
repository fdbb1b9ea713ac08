// A job record made over the worker's list is copied with `with` (only the name changes, so the copy keeps the same
// list) and the copy's list is cleared on the pool. The page: a `with` copy "that keeps a list member is that list's
// worker state".
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.RecordWithKeepsList;

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
        var renamed = job with { Name = "retry-now" };
        return Task.Run(() => renamed.Items.Clear()); // expect: WEFT0004
    }
}
