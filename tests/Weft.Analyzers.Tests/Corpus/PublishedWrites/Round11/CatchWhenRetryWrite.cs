// The publish may have happened when PublishAsync throws (the timeout is the caller's); the exception filter's
// handler trims the list it tried to publish.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.R11.CatchWhenRetryWrite;

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
            routes.RemoveAt(routes.Count - 1); // expect: WEFT0002
            await slot.PublishAsync(routes);
        }
    }
}
