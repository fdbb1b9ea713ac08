// The quiet twin: a plain await foreach resumes on the worker's loop.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.AsyncIteratorConfiguredQuiet;

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
        await foreach (var message in ReceiveAsync(count))
        {
            inbox.Messages.Add(message);
        }
    }
}
