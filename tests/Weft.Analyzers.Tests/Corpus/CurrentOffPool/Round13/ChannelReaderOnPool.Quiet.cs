// The quiet twin: the reader loop runs on the worker as an async method (plain awaits resume on its loop).
using System;
using System.Threading.Channels;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.ChannelReaderOnPoolQuiet;

[ThreadLocalSlot]
public sealed partial class Routing
{
    public string Fallback { get; init; } = "";
}

public static class Consumer
{
    private static void Handle(string message)
    {
        var fallback = Routing.Current.Fallback;
        Console.WriteLine($"{message} -> {fallback}");
    }

    public static async Task Start(ChannelReader<string> reader)
    {
        await foreach (var message in reader.ReadAllAsync())
        {
            Handle(message);
        }
    }
}
