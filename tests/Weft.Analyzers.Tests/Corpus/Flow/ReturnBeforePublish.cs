// Same shape as the quiet twin, but the early branch forgets to return: the published dictionary is then filled.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
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
        }

        foreach (string name in names)
        {
            weights[name] = 1; // expect: WEFT0002
        }

        if (names.Length > 0)
        {
            await slot.PublishAsync(weights);
        }
    }
}
