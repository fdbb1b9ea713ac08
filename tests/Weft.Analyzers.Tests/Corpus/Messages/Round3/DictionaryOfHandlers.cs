// Round 3. Lambdas over the worker's cache are stored in a dictionary of commands; one of them is then run with Task.Run. The docs do not say whether the report lands where the lambda is built or where it is handed over, so either.
using System.Collections.Generic;
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Messages.Round3.DictionaryOfHandlers;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Commands
{
    public static Task RunAsync(string name, string host)
    {
        var cache = ConnectionCache.Current;
        var handlers = new Dictionary<string, Action>
        {
            ["evict"] = () => cache.Evict(host), // expect: WEFT0004 #escape
            ["trim"] = cache.Trim, // expect: WEFT0004 #escape
        };
        return Task.Run(handlers[name]); // expect: WEFT0004 #escape
    }
}
