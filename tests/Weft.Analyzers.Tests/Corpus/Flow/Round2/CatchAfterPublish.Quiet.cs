// Round 2. The catch guards the building, not the publish: on every path the list is complete before it is published.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.Round2.CatchAfter;

public static class Rollout
{
    public static async Task<bool> TryRolloutAsync(Slot<List<string>> slot, IEnumerable<string> routes)
    {
        var table = new List<string>();
        try
        {
            foreach (string route in routes)
            {
                table.Add(Uri.UnescapeDataString(route));
            }
        }
        catch (UriFormatException)
        {
            table.Clear();
            table.Add("/");
        }

        await slot.PublishAsync(table).WaitAsync(TimeSpan.FromSeconds(5));
        return true;
    }
}
