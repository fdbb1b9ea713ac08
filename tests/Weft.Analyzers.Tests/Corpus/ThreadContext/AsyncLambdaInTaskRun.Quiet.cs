// The peers are read on the worker; the background loop reads the captured snapshot.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.AsyncLambda;

[ThreadLocalSlot]
public sealed partial class Peers
{
    public ImmutableArray<string> Addresses { get; init; }
}

public static class Gossip
{
    public static Task StartAsync()
    {
        var peers = Peers.Current;
        return Task.Run(async () =>
        {
            await Task.Delay(100);
            foreach (var peer in peers.Addresses)
            {
                System.Console.WriteLine(peer);
            }
        });
    }
}
