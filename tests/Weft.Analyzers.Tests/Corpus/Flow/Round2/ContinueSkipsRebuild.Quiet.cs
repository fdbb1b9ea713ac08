// Round 2. After a `continue` the next pass replaces the list with a fresh one before filling it.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.Round2.ContinueSkips;

public static class Poller
{
    public static async Task PollAsync(Slot<List<string>> slot, IAsyncEnumerable<string[]> rounds)
    {
        var current = new List<string>();
        await foreach (string[] round in rounds)
        {
            if (round.Length == 0)
            {
                await slot.PublishAsync(current);
                continue;
            }

            current = new List<string>();
            current.AddRange(round);
        }
    }
}
