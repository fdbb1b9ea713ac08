// Round 2. A do/while that grows one list and republishes it each pass: from the second pass on the Add runs on a
// list the workers already read.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.Round2.DoWhile;

public sealed class BatchFeeder(Slot<List<int>> slot)
{
    public async Task FeedAsync(Queue<int> incoming)
    {
        var batch = new List<int>();
        do
        {
            batch.Add(incoming.Dequeue()); // expect: WEFT0002
            await slot.PublishAsync(batch);
        }
        while (incoming.Count > 0);
    }
}
