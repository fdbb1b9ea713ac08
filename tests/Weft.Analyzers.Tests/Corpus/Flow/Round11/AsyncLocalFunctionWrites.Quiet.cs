// Quiet twin: the async local function returns a new list (a spread), which is published in turn.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.R11.AsyncLocalFunctionWritesQuiet;

public static class Refresher
{
    public static async Task RunAsync(Slot<List<string>> slot)
    {
        var items = new List<string> { "a" };
        await slot.PublishAsync(items);
        await slot.PublishAsync(await RefreshAsync());

        async Task<List<string>> RefreshAsync()
        {
            await Task.Yield();
            return [.. items, "refreshed"];
        }
    }
}
