// The writes below the first publish are on the path that skipped it: that branch publishes and returns.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.EarlyReturn;

public static class WeightsLoader
{
    public static async Task LoadAsync(Slot<Dictionary<string, int>> slot, string[] names)
    {
        var weights = new Dictionary<string, int>();
        if (names.Length == 0)
        {
            await slot.PublishAsync(weights);
            return;
        }

        foreach (string name in names)
        {
            weights[name] = 1;
        }

        await slot.PublishAsync(weights);
    }
}
