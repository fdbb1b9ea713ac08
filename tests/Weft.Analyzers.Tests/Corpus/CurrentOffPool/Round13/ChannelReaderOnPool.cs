// A channel's reader loop is started with Task.Run; each message is handled by a static helper of this file that
// reads a snapshot's Current. #escape: at the read in the helper or at the call in the pool lambda.
using System;
using System.Threading.Channels;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.ChannelReaderOnPool;

[ThreadLocalSlot]
public sealed partial class Routing
{
    public string Fallback { get; init; } = "";
}

public static class Consumer
{
    private static void Handle(string message)
    {
        var fallback = Routing.Current.Fallback; // expect: WEFT0005 #escape
        Console.WriteLine($"{message} -> {fallback}");
    }

    public static Task Start(ChannelReader<string> reader) => Task.Run(async () =>
    {
        await foreach (var message in reader.ReadAllAsync())
        {
            Handle(message); // expect: WEFT0005 #escape
        }
    });
}
