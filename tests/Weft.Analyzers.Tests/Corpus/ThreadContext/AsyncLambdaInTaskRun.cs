// An async lambda given to Task.Run starts on the thread pool; its Current read after an await is no better.
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
        return Task.Run(async () =>
        {
            await Task.Delay(100);
            foreach (var peer in Peers.Current.Addresses) // expect: WEFT0005
            {
                System.Console.WriteLine(peer);
            }
        });
    }
}
