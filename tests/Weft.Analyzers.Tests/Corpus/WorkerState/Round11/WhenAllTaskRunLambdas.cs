// Task.WhenAll over Task.Run lambdas made by Select: each lambda writes the worker's dictionary on the pool.
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.WhenAllTaskRunLambdas;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Health
{
    public Dictionary<string, bool> Up { get; } = new();
}

public static class Checker
{
    public static Task CheckAsync(IReadOnlyList<string> hosts)
    {
        var up = Health.Current.Up;
        return Task.WhenAll(hosts.Select(h => Task.Run(() => up[h] = Ping(h)))); // expect: WEFT0004
    }

    private static bool Ping(string host) => host.Length > 0;
}
