// A plugin table of request handlers, a static Dictionary<string, Func<...>> filled at run time: every worker
// registers its plugins in a [WorkerUpdate], so the workers write the one static dictionary at once (WEFT0006).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.R16.PluginHandlerTable;

public static class PluginTable
{
    public static readonly Dictionary<string, Func<string, string>> Handlers = new(StringComparer.Ordinal);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PluginHost
{
    private readonly List<string> _loaded = new();

    [WorkerUpdate]
    private void Load(string name)
    {
        _loaded.Add(name);
        PluginTable.Handlers[name] = body => $"{name}:{body}"; // expect: WEFT0006
    }

    public string Run(string name, string body) =>
        PluginTable.Handlers.TryGetValue(name, out var handler) ? handler(body) : body;
}
