// Round 2. The publish timed out, but the list was already handed to the workers (some may have switched): clearing
// it in the catch races them.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.Round2.CatchAfter;

public static class Rollout
{
    public static async Task<bool> TryRolloutAsync(Slot<List<string>> slot, IEnumerable<string> routes)
    {
        var table = new List<string>(routes);
        try
        {
            await slot.PublishAsync(table).WaitAsync(TimeSpan.FromSeconds(5));
            return true;
        }
        catch (TimeoutException)
        {
            table.Clear(); // expect: WEFT0002
            return false;
        }
    }
}
