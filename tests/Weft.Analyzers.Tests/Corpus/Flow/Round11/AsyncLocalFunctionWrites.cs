// An async local function, awaited after the publish, appends to the captured list after its own await.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.R11.AsyncLocalFunctionWrites;

public static class Refresher
{
    public static async Task RunAsync(Slot<List<string>> slot)
    {
        var items = new List<string> { "a" };
        await slot.PublishAsync(items);
        await RefreshAsync(); // expect: WEFT0002 #escape

        async Task RefreshAsync()
        {
            await Task.Yield();
            items.Add("refreshed"); // expect: WEFT0002 #escape
        }
    }
}
