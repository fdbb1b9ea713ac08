// `await foreach` over a channel's ReadAllAsync configured with ConfigureAwait(false): the body runs after
// MoveNextAsync resumed off the loop, and appends to the worker's list there.
using System.Collections.Generic;
using System.Threading.Channels;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.AwaitForeachChannelConfigured;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Inbox
{
    public List<string> Messages { get; } = new();
}

public static class Pump
{
    public static async Task RunAsync(ChannelReader<string> reader)
    {
        var inbox = Inbox.Current;
        await foreach (var message in reader.ReadAllAsync().ConfigureAwait(false))
        {
            inbox.Messages.Add(message); // expect: WEFT0004
        }
    }
}
