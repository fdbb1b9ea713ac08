// Quiet twin: the handler publishes a trimmed copy (GetRange) and leaves the published list alone.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.R11.CatchWhenRetryWriteQuiet;

public static class Pusher
{
    public static async Task PushAsync(Slot<List<string>> slot, List<string> routes)
    {
        try
        {
            await slot.PublishAsync(routes).WaitAsync(TimeSpan.FromSeconds(1));
        }
        catch (TimeoutException) when (routes.Count > 1)
        {
            var trimmed = routes.GetRange(0, routes.Count - 1);
            await slot.PublishAsync(trimmed);
        }
    }
}
