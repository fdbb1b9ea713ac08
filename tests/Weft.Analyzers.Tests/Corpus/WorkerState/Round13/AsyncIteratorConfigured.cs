// An async iterator of the user's, consumed with ConfigureAwait(false): each MoveNextAsync may resume off the loop,
// so the body's use of the worker's list runs on the pool (the page: await foreach over a .ConfigureAwait(false)
// source). Reported once, at the first use off the loop.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.AsyncIteratorConfigured;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Inbox
{
    public List<string> Messages { get; } = new();
}

public static class Pump
{
    private static async IAsyncEnumerable<string> ReceiveAsync(int count)
    {
        for (int i = 0; i < count; i++)
        {
            await Task.Delay(1);
            yield return $"message {i}";
        }
    }

    public static async Task DrainAsync(int count)
    {
        var inbox = Inbox.Current;
        await foreach (var message in ReceiveAsync(count).ConfigureAwait(false))
        {
            inbox.Messages.Add(message); // expect: WEFT0004
        }
    }
}
