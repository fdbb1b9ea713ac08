// Round 2. A `continue` after the publish skips to the next pass, which clears and refills the same list.
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

            current.Clear(); // expect: WEFT0002
            current.AddRange(round); // expect: WEFT0002
        }
    }
}
