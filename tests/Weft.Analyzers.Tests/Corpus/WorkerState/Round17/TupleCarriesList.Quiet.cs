// Quiet twin of TupleCarriesList: the tuple holds a count and a string array copy (numbers and a new array: a copy).
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
        var job = (Count: Outbox.Current.Pending.Count, Items: Outbox.Current.Pending.ToArray(), Limit: limit);
        return Task.Run(() =>
        {
            if (job.Count > job.Limit)
                System.Console.WriteLine(string.Join(",", job.Items, 0, job.Limit));
        });
    }
}
