// WEFT0004: a tuple holding the worker's list (page: "A struct that can hold an object (a tuple ...) carries the objects
// it holds") captured by Task.Run. Reported inside the lambda at its first use.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.WorkerState.TupleCarriesList;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Outbox
{
    public List<string> Pending { get; } = new();
}

public static class Draining
{
    public static Task DrainLater(int limit)
    {
        var job = (Items: Outbox.Current.Pending, Limit: limit);
        return Task.Run(() =>
        {
            if (job.Items.Count > job.Limit) // expect: WEFT0004
                job.Items.RemoveRange(0, job.Limit);
        });
    }
}
