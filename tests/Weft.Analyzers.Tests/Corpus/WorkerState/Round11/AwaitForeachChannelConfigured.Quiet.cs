// Quiet twin: the `await foreach` keeps the loop's context (no ConfigureAwait(false)).
using System.Collections.Generic;
using System.Threading.Channels;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.AwaitForeachChannelConfiguredQuiet;

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
        await foreach (var message in reader.ReadAllAsync())
        {
            inbox.Messages.Add(message);
        }
    }
}
