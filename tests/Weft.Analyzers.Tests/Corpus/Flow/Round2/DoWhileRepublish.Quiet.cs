// Round 2. Each pass of the do/while builds its own list from the running total, then publishes it.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.Round2.DoWhile;

public sealed class BatchFeeder(Slot<List<int>> slot)
{
    public async Task FeedAsync(Queue<int> incoming)
    {
        var seen = new List<int>();
        do
        {
            seen.Add(incoming.Dequeue());
            var batch = new List<int>(seen);
            await slot.PublishAsync(batch);
        }
        while (incoming.Count > 0);
    }
}
